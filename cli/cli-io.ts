/** What a command may touch of the outside world; tests pass fakes. */
export interface CliIo {
  /** Text for people (or `--json`) on stdout; the real one prints control characters visibly (visible-text.ts). */
  out(text: string): void;
  /** As `out`, on stderr. */
  err(text: string): void;
  /** The progress bar's own terminal codes (carriage return, erase line) on stderr, as they are. */
  errControl(text: string): void;
  /** Reads a file as UTF-8, or says in one line why it cannot. */
  readText(file: string): Promise<{ ok: true; text: string } | { ok: false; message: string }>;
  writeText(file: string, text: string): Promise<void>;
  writeBytes(file: string, bytes: Uint8Array): Promise<void>;
  /** A file's bytes on stdout (a PNG, or an export's text piped elsewhere), as they are. */
  outBytes(bytes: Uint8Array): void;
  isTty: boolean;
}

/**
 * Exit codes of every command: a public contract. `incomplete`: a search was cut short (its time budget or
 * state cap) and found no problem in what it covered, so nothing is proven either way.
 */
export const EXIT = { ok: 0, problems: 1, unusable: 2, incomplete: 3 } as const;

const SEVERITY = [EXIT.ok, EXIT.incomplete, EXIT.problems, EXIT.unusable] as const;

/** The exit code that says more of two: unusable, then problems, then incomplete, then ok. */
export function worseExit(a: number, b: number): number {
  return SEVERITY.indexOf(a as never) >= SEVERITY.indexOf(b as never) ? a : b;
}
