import { useEffect, useId, useRef } from 'react';
import { useEditor, useServices } from '../app-context';
import { historyList } from '../state/editor-store';

/**
 * Edit > History: every step of the undo history, oldest first, the current one marked; choosing a step undoes
 * or redoes up to it (the same steps the Undo and Redo buttons take, one at a time). While the mission is shared
 * in a room, the steps are my own there, since those are what Undo and Redo take.
 */
export function HistoryDialog({ onClose }: { onClose(): void }) {
  const { store } = useServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Either changes the list: the document's history, or the room's steps (which change without the mission changing).
  useEditor((s) => s.doc);
  const shared = useEditor((s) => s.shared);
  useEffect(() => dialog.current?.showModal(), []);
  const steps = historyList(store.getState());
  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="desktop-dialog history-dialog" onClose={onClose}>
      <h2 id={titleId}>History</h2>
      <p className="muted">
        Choose a step to go back (or forward) to it: later steps stay, so nothing is lost until you make a new change.
      </p>
      {shared && (
        <p className="muted">Shared in a room: these are your own edits there. Going back takes back only yours, never anyone else’s.</p>
      )}
      <ol className="history-steps" aria-label="History steps">
        {steps.map((step, index) => (
          <li key={index} aria-current={step.current ? 'step' : undefined} className={step.done ? 'done' : 'undone'}>
            <button type="button" onClick={() => store.getState().goToStep(index)} disabled={step.current}>
              {step.label}
              {step.current && <span className="muted"> (now)</span>}
            </button>
          </li>
        ))}
      </ol>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
