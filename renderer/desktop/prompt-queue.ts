/** A question the page asks in its own dialog: title, message and the answers offered. */
export interface Prompt {
  title: string;
  message: string;
  /** In display order; the first is the default. */
  buttons: ReadonlyArray<{ id: string; label: string }>;
  /** The answer Escape gives. */
  cancelId: string;
}

/** Questions shown one at a time, each answered through a promise. */
export interface PromptQueue {
  ask(prompt: Prompt): Promise<string>;
  /** The question on screen, or null. */
  current(): Prompt | null;
  /** Answers the question on screen (an id it does not offer counts as its cancel answer). */
  answer(id: string): void;
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
    answer(id) {
      const head = waiting.shift();
      if (!head) return;
      head.resolve(head.prompt.buttons.some((button) => button.id === id) ? id : head.prompt.cancelId);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
