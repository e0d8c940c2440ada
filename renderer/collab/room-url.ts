/** Whether `url` is a WebSocket address the app may open: null, or why not (nothing else is ever tried). */
export function roomUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The server URL is not a URL (for example ws://localhost:1234).';
  }
  return parsed.protocol === 'ws:' || parsed.protocol === 'wss:' ? null : 'The server URL must start with ws:// or wss://.';
}
