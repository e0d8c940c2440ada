// Deciding whether unsaved work may be left (closing the window, opening another file from the menu), as pure
// logic over injected "ask" and "save" steps, plus the bookkeeping of save requests sent to the renderer.
import type { MessageBoxOptions } from 'electron';

/** The user's answer to "save your changes?". */
export type SaveChoice = 'save' | 'discard' | 'cancel';

/** How leaving ended: go on (after a save, after discarding, or nothing to lose) or stay. */
export type LeaveOutcome = 'saved' | 'discarded' | 'clean' | 'stay';

/** The steps of leaving a document. */
export interface LeaveSteps {
  dirty: boolean;
  ask(): Promise<SaveChoice>;
  /** Saves the document; false when that did not happen (save dialog cancelled, write failed). */
  save(): Promise<boolean>;
}

/** Asks before dropping unsaved changes; Save goes on only once the save really happened. */
export async function decideLeave(steps: LeaveSteps): Promise<LeaveOutcome> {
  if (!steps.dirty) return 'clean';
  const choice = await steps.ask();
  if (choice === 'cancel') return 'stay';
  if (choice === 'discard') return 'discarded';
  return (await steps.save()) ? 'saved' : 'stay';
}

const BUTTONS: Array<{ label: string; choice: SaveChoice }> = [
  { label: 'Save', choice: 'save' },
  { label: "Don't Save", choice: 'discard' },
  { label: 'Cancel', choice: 'cancel' },
];

/** The native "save changes?" box for a document named `name`; `reason` says what is about to happen. */
export function unsavedChangesDialog(name: string, reason: 'close' | 'open'): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: BUTTONS.map((button) => button.label),
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to ${name}?`,
    detail:
      reason === 'close'
        ? "Your changes will be lost if you don't save them."
        : "Opening another file replaces this one. Your changes will be lost if you don't save them.",
  };
}

/** The choice behind a button index of that box (an unknown index counts as Cancel, the safe answer). */
export function choiceOfResponse(response: number): SaveChoice {
  return BUTTONS[response]?.choice ?? 'cancel';
}

/** Save requests sent to the renderer and waiting for its answer. */
export interface SaveRequests {
  /** Sends a request through `send` and resolves with whether the renderer saved. */
  request(send: (requestId: number) => void): Promise<boolean>;
  /** Settles a request; false when there is no such request (a stale or forged answer). */
  answer(requestId: number, saved: boolean): boolean;
  /** Settles every waiting request as not saved (the page is gone). */
  cancelAll(): void;
}

/** Creates an empty set of save requests. */
export function createSaveRequests(): SaveRequests {
  let next = 1;
  const waiting = new Map<number, (saved: boolean) => void>();
  return {
    request(send) {
      const id = next++;
      return new Promise<boolean>((resolve) => {
        waiting.set(id, resolve);
        try {
          send(id);
        } catch {
          waiting.delete(id);
          resolve(false);
        }
      });
    },
    answer(requestId, saved) {
      const resolve = waiting.get(requestId);
      if (!resolve) return false;
      waiting.delete(requestId);
      resolve(saved);
      return true;
    },
    cancelAll() {
      for (const resolve of waiting.values()) resolve(false);
      waiting.clear();
    },
  };
}
