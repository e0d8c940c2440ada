import { useEffect, useId, useRef, useSyncExternalStore } from 'react';
import type { PromptQueue } from './prompt-queue';

/** Shows the queue's current question as a modal alert dialog (a dialog when it offers a list to pick from); Escape gives the question's cancel answer. */
export function PromptDialog({ queue }: { queue: PromptQueue }) {
  const prompt = useSyncExternalStore(queue.subscribe, queue.current);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();
  const fieldId = useId();
  // The field is the browser's own state (keyed per question, so each starts from its value); read when answered.
  const field = useRef<HTMLInputElement>(null);
  const choices = useRef<HTMLFieldSetElement>(null);
  // The text typed, or the id of the option picked (the radio buttons are the browser's state too).
  const typed = () => field.current?.value ?? choices.current?.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (prompt && !element.open) element.showModal();
    if (!prompt && element.open) element.close();
  }, [prompt]);
  return (
    <dialog
      ref={dialog}
      // A question is an alert; a list to pick from is an ordinary dialog.
      role={prompt?.choices ? 'dialog' : 'alertdialog'}
      aria-labelledby={titleId}
      aria-describedby={messageId}
      className="desktop-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (prompt) queue.answer(prompt.cancelId);
      }}
    >
      {prompt && (
        <>
          <h2 id={titleId}>{prompt.title}</h2>
          <p id={messageId}>{prompt.message}</p>
          {prompt.field && (
            <form
              className="desktop-dialog-field"
              onSubmit={(event) => {
                event.preventDefault();
                queue.answer(prompt.buttons[0]?.id ?? prompt.cancelId, typed());
              }}
            >
              <label htmlFor={fieldId}>{prompt.field.label}</label>
              {/* Keyed by question, so each new question's field mounts with its own text selected. */}
              <input
                key={prompt.message}
                ref={field}
                id={fieldId}
                type="text"
                defaultValue={prompt.field.value}
                autoFocus
                spellCheck={false}
                onFocus={(event) => event.currentTarget.select()}
              />
            </form>
          )}
          {prompt.choices && (
            <fieldset key={prompt.message} ref={choices} className="desktop-dialog-choices">
              <legend>{prompt.choices.label}</legend>
              {prompt.choices.options.map((option, index) => (
                <label key={option.id}>
                  <input type="radio" name="prompt-choice" value={option.id} defaultChecked={index === 0} autoFocus={index === 0} />
                  {option.label}
                </label>
              ))}
            </fieldset>
          )}
          <div className="desktop-dialog-buttons">
            {prompt.buttons.map((button, index) => (
              // Keyed by question too, so each new question's first button mounts and takes the focus.
              <button
                key={`${prompt.message}:${button.id}`}
                type="button"
                autoFocus={index === 0 && !prompt.field && !prompt.choices}
                className={index === 0 ? 'primary' : undefined}
                onClick={() => queue.answer(button.id, typed())}
              >
                {button.label}
              </button>
            ))}
          </div>
        </>
      )}
    </dialog>
  );
}
