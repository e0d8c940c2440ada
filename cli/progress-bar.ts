/** Progress on stderr: a redrawn bar on a terminal, a few plain lines otherwise (logs stay readable). */

/** Receives progress and draws it. */
export interface Progress {
  update(done: number, total: number): void;
  /** Clears the bar (terminal) or prints nothing more (plain). */
  finish(): void;
}

/** Options of `createProgress`. */
export interface ProgressOptions {
  label: string;
  /** Redraw a bar in place (true on a terminal) or print a line at each quarter. */
  tty: boolean;
  /** Milliseconds between redraws of the bar, default 100. */
  every?: number;
  now?: () => number;
  width?: number;
}

/** A progress reporter writing through `write` (e.g. `io.err`). */
export function createProgress(write: (text: string) => void, options: ProgressOptions): Progress {
  const { label, tty } = options;
  const every = options.every ?? 100;
  const now = options.now ?? Date.now;
  const width = options.width ?? 30;
  let lastDraw = -Infinity;
  let quarter = 0;
  let drawn = false;
  return {
    update(done, total) {
      const share = total <= 0 ? 1 : Math.min(1, done / total);
      if (tty) {
        const t = now();
        if (t - lastDraw < every && share < 1) return;
        lastDraw = t;
        const filled = Math.round(share * width);
        write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${done}/${total}`);
        drawn = true;
        return;
      }
      // Plain: one line per quarter reached, however the updates are spaced.
      while (quarter < 4 && share >= (quarter + 1) / 4) {
        quarter++;
        write(`${label}: ${quarter * 25}%\n`);
      }
    },
    finish() {
      if (tty && drawn) write('\r\x1b[K');
    },
  };
}
