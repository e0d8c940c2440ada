import { useEffect } from 'react';
import { useServices } from '../app-context';
import { missionText } from '../state/editor-store';
import { createPlayCheckClient, makePlayCheckWorker } from './play-check-client';

/** Quiet time after the last validation before a play check starts: typing never starts a search per key. */
export const PLAY_CHECK_DELAY_MS = 400;

/**
 * Play-checks the mission in a Worker whenever a validation of a new version of it finds no error; the
 * findings join the validator's in the store (Problems panel, badges, markers), the progress goes to the status bar.
 */
export function usePlayCheck(): void {
  const { store } = useServices();
  useEffect(() => {
    const client = createPlayCheckClient((check, found) => store.getState().setPlayCheck(check, found), typeof Worker === 'undefined' ? undefined : makePlayCheckWorker);
    let checked: unknown = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.diagnostics === previous.diagnostics && state.doc === previous.doc) return;
      const mission = state.doc?.mission;
      if (!mission || state.readOnly || state.draftText !== null) return;
      if (state.diagnostics.some((d) => d.severity === 'error')) {
        clearTimeout(timer);
        client.cancel();
        checked = null;
        if (state.playCheck.status !== 'skipped') state.setPlayCheck({ status: 'skipped' });
        return;
      }
      // Validation answers each new mission; wait for it, so a mission with errors is never played.
      if (mission === checked || state.diagnostics === previous.diagnostics) return;
      checked = mission;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (store.getState().doc?.mission === mission) client.request({ mission, text: missionText(mission) });
      }, PLAY_CHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
      client.dispose();
    };
  }, [store]);
}
