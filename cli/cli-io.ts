/** What a command may touch of the outside world; tests pass fakes. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a file as UTF-8, or says in one line why it cannot. */
  readText(file: string): Promise<{ ok: true; text: string } | { ok: false; message: string }>;
  writeText(file: string, text: string): Promise<void>;
  writeBytes(file: string, bytes: Uint8Array): Promise<void>;
  /** Binary output on stdout (a PNG piped elsewhere). */
  outBytes(bytes: Uint8Array): void;
  isTty: boolean;
}

/** Exit codes of every command: a public contract. */
export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const;
