/**
 * The document's text as a file holds it: what Save and the backups write. The pipeline makes it off the UI
 * thread; until its answer for the current revision arrives (a few milliseconds after an edit) this makes it here.
 */
import { serializeMission } from '@mission-studio/core/format';
import type { CheckStore } from './check-store';
import type { EditorStore } from './editor-store';

/** The text of the document as it is now: typed text that does not load as typed, else the mission's text. */
export function documentText(store: EditorStore, checks: CheckStore): string {
  const document = store.getState();
  if (document.draft !== null) return document.draft.text;
  const checked = checks.getState();
  if (document.doc === null) return checked.text;
  return checked.revision === document.revision ? checked.text : serializeMission(document.doc.mission);
}

/** Resolves once source text sent to the pipeline has been answered (it may change the mission or give a draft). */
export function whenSettled(store: EditorStore): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().typing === null) return resolve();
    const unsubscribe = store.subscribe((state) => {
      if (state.typing !== null) return;
      unsubscribe();
      resolve();
    });
  });
}
