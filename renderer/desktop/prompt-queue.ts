/** A question the page asks in its own dialog: title, message and the answers offered. */
export interface Prompt {
  title: string;
  message: string;
  /** In display order; the first is the default. */
  buttons: ReadonlyArray<{ id: string; label: string }>;
  /** The answer Escape gives. */
  cancelId: string;
  /**
   * A text field (such as a file name), filled with `value`. The prompt then answers with the text typed, trimmed,
   * when its first button is pressed, and with `cancelId` for anything else or an empty text.
   */
  field?: { label: string; value: string };
  /**
   * One of a list to pick (radio buttons, the first picked at the start), such as a story of a Twine archive.
   * The prompt then answers with the picked option's id when its first button is pressed, `cancelId` otherwise.
   */
  choices?: { label: string; options: ReadonlyArray<{ id: string; label: string }> };
}

/** Questions shown one at a time, each answered through a promise. */
export interface PromptQueue {
  ask(prompt: Prompt): Promise<string>;
  /** The question on screen, or null. */
  current(): Prompt | null;
  /** Answers the question on screen (an id it does not offer counts as its cancel answer); `text` fills its field, or names the option picked. */
  answer(id: string, text?: string): void;
  subscribe(listener: () => void): () => void;
}

/** Creates an empty queue. */
export function createPromptQueue(): PromptQueue {
  const waiting: Array<{ prompt: Prompt; resolve: (id: string) => void }> = [];
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    ask(prompt) {
      return new Promise((resolve) => {
        waiting.push({ prompt, resolve });
        if (waiting.length === 1) changed();
      });
    },
    current: () => waiting[0]?.prompt ?? null,
    answer(id, text) {
      const head = waiting.shift();
      if (!head) return;
      head.resolve(answerOf(head.prompt, id, text));
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

function answerOf(prompt: Prompt, id: string, text: string | undefined): string {
  if (!prompt.buttons.some((button) => button.id === id)) return prompt.cancelId;
  if (prompt.choices)
    return id === prompt.buttons[0]?.id && prompt.choices.options.some((o) => o.id === text) ? (text as string) : prompt.cancelId;
  if (!prompt.field) return id;
  const typed = (text ?? '').trim();
  return id === prompt.buttons[0]?.id && typed !== '' ? typed : prompt.cancelId;
}
