/**
 * How long after a real key press or mouse click the page may still act on it: long enough for an async step
 * (a prompt answered, a link clicked through React), far too short to hoard gestures.
 */
export const GESTURE_WINDOW_MS = 5000;

/** Real input events in a window, as main sees them (webContents' `input-event`), spent one action at a time. */
export interface GestureGate {
  /** A real key press or mouse click reached the page. */
  note(): void;
  /** Spends the newest unspent gesture if it is recent enough; false when the page acts on its own. */
  take(): boolean;
}

/**
 * Creates a gate. Each real input event pays for one privileged action (opening a link in the browser, removing
 * or restoring another session's backup), so a page running hostile code cannot do any of them in bulk, and
 * none without the user touching the window. Main counts the input itself; nothing the page says can forge it.
 */
export function createGestureGate(now: () => number = Date.now, windowMs = GESTURE_WINDOW_MS): GestureGate {
  let unspent: number[] = [];
  return {
    note() {
      unspent.push(now());
      // Only the recent ones can ever be spent: the list stays short however long the user types.
      if (unspent.length > 8) unspent = unspent.slice(-8);
    },
    take() {
      const limit = now() - windowMs;
      unspent = unspent.filter((time) => time >= limit);
      return unspent.pop() !== undefined;
    },
  };
}

/** Input event types that come from the user's own hands (not mouse moves or wheel scrolls). */
export function isGestureInput(type: string): boolean {
  return type === 'mouseDown' || type === 'keyDown' || type === 'rawKeyDown' || type === 'touchStart' || type === 'gestureTap';
}
