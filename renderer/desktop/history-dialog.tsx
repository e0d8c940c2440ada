import { useEffect, useId, useRef } from 'react';
import { historySteps } from '@mission-studio/core/edit';
import { useEditor, useServices } from '../app-context';

/**
 * Edit > History: every step of the undo history, oldest first, the current one marked; choosing a step undoes
 * or redoes up to it (the same steps the Undo and Redo buttons take, one at a time).
 */
export function HistoryDialog({ onClose }: { onClose(): void }) {
  const { store } = useServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const doc = useEditor((s) => s.doc);
  useEffect(() => dialog.current?.showModal(), []);
  const steps = doc ? historySteps(doc) : [];
  const goTo = (index: number) => {
    const at = steps.findIndex((s) => s.current);
    const editor = store.getState();
    for (let i = at; i > index; i--) editor.undo();
    for (let i = at; i < index; i++) editor.redo();
  };
  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="desktop-dialog history-dialog" onClose={onClose}>
      <h2 id={titleId}>History</h2>
      <p className="muted">
        Choose a step to go back (or forward) to it: later steps stay, so nothing is lost until you make a new change.
      </p>
      <ol className="history-steps" aria-label="History steps">
        {steps.map((step, index) => (
          <li key={index} aria-current={step.current ? 'step' : undefined} className={step.done ? 'done' : 'undone'}>
            <button type="button" onClick={() => goTo(index)} disabled={step.current}>
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
