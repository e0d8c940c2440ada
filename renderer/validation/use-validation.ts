import { useEffect } from 'react';
import { useServices } from '../app-context';
import { cachedMissionText } from '../state/editor-store';
import { createValidationClient, makeValidationWorker } from './validation-client';

/** Re-validates in a Worker whenever the mission or the draft text changes; results land in the store. */
export function useValidation(): void {
  const { store } = useServices();
  useEffect(() => {
    const client = createValidationClient((diagnostics) => store.getState().setDiagnostics(diagnostics), typeof Worker === 'undefined' ? undefined : makeValidationWorker);
    let last: unknown = null;
    const unsubscribe = store.subscribe((state) => {
      const input = state.draftText ?? state.doc?.mission;
      if (input === last || input === undefined) return;
      last = input;
      const mission = state.doc?.mission;
      // Send the text when it is at hand (the file's own text keeps problem positions true to the file).
      const text = state.draftText ?? (mission ? cachedMissionText(mission) : undefined);
      client.request(text !== undefined ? { text } : { mission });
    });
    return () => {
      unsubscribe();
      client.dispose();
    };
  }, [store]);
}
