import { locateDiagnostics } from '../../core/format/locate-diagnostics';
import type { Mission } from '../../core/format/mission.types';
import { missionText, type EditorState, type EditorStore } from '../state/editor-store';
import type { PlayCheckClient } from './play-check-client';
import { PLAY_CHECK_CODES } from './play-check.types';
import { samePlay } from './same-play';

/** Quiet time after the last validation before a play check starts: typing never starts a search per key. */
export const PLAY_CHECK_DELAY_MS = 400;

/** Whether the validator (not the play check itself: a soft-lock is an error too) found an error. */
const hasErrors = (state: EditorState): boolean => state.diagnostics.some((d) => d.severity === 'error' && !PLAY_CHECK_CODES.has(d.code));

/**
 * Starts a play check (through `client`) whenever a validation of a new version of the mission finds no error.
 * An edit that changes only the layout keeps the findings (placed again in the new text); any other edit marks
 * them as being re-checked at once. Returns the function that stops watching.
 */
export function watchPlayCheck(store: EditorStore, client: PlayCheckClient, delayMs = PLAY_CHECK_DELAY_MS): () => void {
  /** The mission the current findings (or the run in progress) are about. */
  let checked: Mission | null = null;
  /** The mission whose run is scheduled or under way: a second validation of it (the worker's answer after
   * the loader's own, on open) must not start the same search again. */
  let underWay: Mission | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((state, previous) => {
    const mission = state.doc?.mission;
    if (state.playCheck.status !== 'running') underWay = null;
    const stillHolds = (m: Mission): boolean => checked !== null && state.playCheck.status === 'done' && samePlay(checked, m);
    if (mission !== previous.doc?.mission && mission && mission !== checked && !stillHolds(mission) && (state.playCheck.status === 'done' || state.playCheck.status === 'running')) {
      state.setPlayCheck({ status: 'running', states: 0, phase: 'explore' });
    }
    if (state.diagnostics === previous.diagnostics || !mission || state.readOnly || state.draftText !== null) return;
    // Validation answers each new mission; a mission with errors is never played.
    if (hasErrors(state)) {
      clearTimeout(timer);
      client.cancel();
      checked = null;
      underWay = null;
      if (state.playCheck.status !== 'skipped') state.setPlayCheck({ status: 'skipped' });
      return;
    }
    // (Back at the checked mission while marked as re-checking, e.g. after an undo: check it again.)
    if (mission === checked && (state.playCheck.status !== 'running' || underWay === mission)) return;
    if (mission !== checked && stillHolds(mission)) {
      checked = mission;
      state.setPlayCheck(state.playCheck, locateDiagnostics(missionText(mission), state.playDiagnostics));
      return;
    }
    checked = mission;
    underWay = mission;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (store.getState().doc?.mission === mission) client.request({ mission, text: missionText(mission) });
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
