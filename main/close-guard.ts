// Deciding whether unsaved work may be left (closing the window, opening another file from the menu), as pure
// logic over injected "ask" and "save" steps, plus the bookkeeping of save requests sent to the renderer.
import type { MessageBoxOptions } from 'electron';

/** The user's answer to "save your changes?". */
export type SaveChoice = 'save' | 'discard' | 'cancel';

/** How leaving ended: go on (after a save, after discarding, or nothing to lose), stay, or go on keeping the backup. */
export type LeaveOutcome = 'saved' | 'discarded' | 'clean' | 'stay' | 'abandoned';

/** What the page answered to "save before closing": `no-answer` when it is gone, hung or silent too long. */
export type SaveAnswer = 'saved' | 'not-saved' | 'no-answer';

/** The steps of leaving a document. */
export interface LeaveSteps {
  dirty: boolean;
  /** The page crashed or stopped responding: it can neither save nor be trusted to say what it holds. */
  pageGone(): boolean;
  ask(): Promise<SaveChoice>;
  /** Asks the page to save the document. */
  save(): Promise<SaveAnswer>;
}

/**
 * Asks before dropping unsaved changes; Save goes on only once the save really happened. When the page cannot
 * answer (gone before the question, gone while it was up, or silent after Save), the outcome is `abandoned`: the
 * window may close, but its backup, the only copy of that work, is kept, whatever button was pressed.
 */
export async function decideLeave(steps: LeaveSteps): Promise<LeaveOutcome> {
  if (!steps.dirty) return 'clean';
  if (steps.pageGone()) return 'abandoned';
  const choice = await steps.ask();
  if (choice === 'cancel') return 'stay';
  if (steps.pageGone()) return 'abandoned';
  if (choice === 'discard') return 'discarded';
  const answer = await steps.save();
  return answer === 'saved' ? 'saved' : answer === 'no-answer' ? 'abandoned' : 'stay';
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

/**
 * How long main waits for the page's answer to "save before closing" without any sign of life from it (any
 * message restarts the wait; main's own save dialog pauses it). A hung page also trips Electron's `unresponsive`
 * event sooner; this is the backstop, so a close always finishes.
 */
const SAVE_ANSWER_TIMEOUT_MS = 20_000;

/** Timers, injectable so tests decide when time passes. */
export interface Timers {
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

const realTimers: Timers = { setTimer: (run, ms) => setTimeout(run, ms), clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout) };

/** Save requests sent to the renderer and waiting for its answer. */
export interface SaveRequests {
  /** Sends a request through `send` and resolves with the page's answer, or `no-answer` when it goes silent. */
  request(send: (requestId: number) => void): Promise<SaveAnswer>;
  /** Settles a request; false when there is no such request (a stale or forged answer). */
  answer(requestId: number, saved: boolean): boolean;
  /** The page showed it is alive (it sent a message): the wait starts again. */
  keepAlive(): void;
  /** Main shows its own dialog for the page (a save dialog): no waiting counts until `resume`. */
  pause(): void;
  resume(): void;
  /** Settles every waiting request as unanswered (the page is gone or hung). */
  cancelAll(): void;
}

/** Creates an empty set of save requests. */
export function createSaveRequests(timeoutMs = SAVE_ANSWER_TIMEOUT_MS, timers: Timers = realTimers): SaveRequests {
  let next = 1;
  let paused = 0;
  let timer: unknown = null;
  const waiting = new Map<number, (answer: SaveAnswer) => void>();
  const settleAll = (answer: SaveAnswer) => {
    stopTimer();
    for (const resolve of waiting.values()) resolve(answer);
    waiting.clear();
  };
  function stopTimer() {
    if (timer !== null) timers.clearTimer(timer);
    timer = null;
  }
  const restartTimer = () => {
    stopTimer();
    if (waiting.size > 0 && paused === 0) timer = timers.setTimer(() => settleAll('no-answer'), timeoutMs);
  };
  return {
    request(send) {
      const id = next++;
      return new Promise<SaveAnswer>((resolve) => {
        waiting.set(id, resolve);
        try {
          send(id);
          restartTimer();
        } catch {
          waiting.delete(id);
          resolve('no-answer');
        }
      });
    },
    answer(requestId, saved) {
      const resolve = waiting.get(requestId);
      if (!resolve) return false;
      waiting.delete(requestId);
      resolve(saved ? 'saved' : 'not-saved');
      restartTimer();
      return true;
    },
    keepAlive: () => void (timer !== null && restartTimer()),
    pause() {
      paused += 1;
      stopTimer();
    },
    resume() {
      paused = Math.max(0, paused - 1);
      restartTimer();
    },
    cancelAll: () => settleAll('no-answer'),
  };
}

/** The notice when the window closes without the page's answer: the work is not lost, and where it is. */
export function keptBackupDialog(name: string, backupTime: string | null): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: ['Close'],
    defaultId: 0,
    noLink: true,
    message: `The window stopped responding, so the changes to ${name} could not be saved.`,
    detail:
      backupTime === null
        ? 'No backup of them had been made yet.'
        : `Their backup from ${backupTime} is kept: Mission Studio offers to restore it the next time it starts.`,
  };
}
