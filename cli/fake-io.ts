import type { CliIo } from './cli-io';

/** An in-memory CliIo for tests: files in a map, output collected in strings. */
export function fakeIo(
  files: Record<string, string> = {},
): CliIo & { stdout: string; stderr: string; files: Record<string, string>; bytes: Record<string, Uint8Array>; stdoutBytes: Uint8Array[] } {
  const io = {
    stdout: '',
    stderr: '',
    files: { ...files },
    bytes: {} as Record<string, Uint8Array>,
    stdoutBytes: [] as Uint8Array[],
    isTty: false,
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
    errControl: (text: string) => {
      io.stderr += text;
    },
    readText: async (file: string) =>
      Object.hasOwn(io.files, file)
        ? { ok: true as const, text: io.files[file] as string }
        : { ok: false as const, message: `${file}: cannot read: no such file` },
    writeText: async (file: string, text: string) => {
      io.files[file] = text;
    },
    writeBytes: async (file: string, bytes: Uint8Array) => {
      io.bytes[file] = bytes;
    },
    outBytes: (bytes: Uint8Array) => {
      io.stdoutBytes.push(bytes);
    },
  };
  return io;
}
