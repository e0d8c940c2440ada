/**
 * The IPC contract between main and renderer: every channel name and payload type, in one place.
 * Main, preload and the renderer's Electron host all import it, so a rename cannot drift between them.
 * Pure TypeScript: a sandboxed preload can only bundle code that needs no Node module.
 */

/** A mission file's text with where it came from. */
export interface OpenedFile {
  /** The absolute path on disk; main accepts saves back to it. */
  path: string;
  /** The file's base name, for titles and lists. */
  name: string;
  text: string;
}

/** What the renderer asks main to write. Without `path`, main asks the user where (a save dialog). */
export interface SaveRequest {
  text: string;
  /** A path main handed out earlier (opened or saved); main refuses any other. */
  path?: string;
  /** The file name the save dialog proposes. */
  suggestedName?: string;
}

/** Where a save went. */
export interface SavedFile {
  path: string;
  name: string;
}

/** Channel names. The `mission-studio:` prefix keeps them apart from anything a library registers. */
export const IpcChannel = {
  /** invoke, no payload -> OpenedFile | null: the file named on the command line at launch. */
  readLaunchFile: 'mission-studio:read-launch-file',
  /** invoke, no payload -> OpenedFile | null: an open dialog; null when cancelled. */
  openFile: 'mission-studio:open-file',
  /** invoke, SaveRequest -> SavedFile | null: null when the save dialog is cancelled. */
  saveFile: 'mission-studio:save-file',
  /** main -> renderer, OpenedFile: a second launch named a file, and this window should open it. */
  fileOpened: 'mission-studio:file-opened',
} as const;

/** The one object preload exposes to the page as `window.missionStudio`. */
export interface MissionStudioBridge {
  readLaunchFile(): Promise<OpenedFile | null>;
  openFile(): Promise<OpenedFile | null>;
  saveFile(request: SaveRequest): Promise<SavedFile | null>;
  /** Calls `listener` for each file opened from outside the window; returns the unsubscribe function. */
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
}

/** The name of the global the bridge lives under. */
export const BRIDGE_KEY = 'missionStudio';

/**
 * Largest mission main reads or writes: bytes on disk, UTF-16 units in a payload. Bigger is refused rather
 * than freezing the window; real missions are far below it.
 */
export const MAX_MISSION_SIZE = 32 * 1024 * 1024;

/** Checks an untrusted `saveFile` payload; returns it typed, or null when it is malformed. */
export function parseSaveRequest(value: unknown): SaveRequest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const allowed = new Set(['text', 'path', 'suggestedName']);
  if (Object.keys(record).some((key) => !allowed.has(key))) return null;
  const { text, path, suggestedName } = record;
  if (typeof text !== 'string' || text.length > MAX_MISSION_SIZE) return null;
  if (path !== undefined && !isNonEmptyString(path)) return null;
  if (suggestedName !== undefined && !isPlainFileName(suggestedName)) return null;
  const request: SaveRequest = { text };
  if (path !== undefined) request.path = path;
  if (suggestedName !== undefined) request.suggestedName = suggestedName;
  return request;
}

/** Checks that an invoke with no payload really came without one. */
export function isEmptyPayload(args: readonly unknown[]): boolean {
  return args.length === 0 || (args.length === 1 && args[0] === undefined);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 4096 && !value.includes('\0');
}

// A suggested name only seeds the dialog, but a separator in it could point the dialog at another folder.
function isPlainFileName(value: unknown): value is string {
  return isNonEmptyString(value) && value.length <= 255 && !/[/\\]/.test(value) && value !== '.' && value !== '..';
}
