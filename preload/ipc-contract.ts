import * as v from 'valibot';

/**
 * The IPC contract between main and renderer: every channel name, payload type and payload check, in one place.
 * Main, preload and the renderer's Electron host all import it, so a rename cannot drift between them.
 * Pure TypeScript: a sandboxed preload can only bundle code that needs no Node module (valibot needs none).
 */

/** A mission file's text with where it came from. */
/** A file read for File > Import…: its name and text only (the document made of it has no path until saved). */
export interface ImportedFile {
  name: string;
  text: string;
}

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
  /** Write even though the file changed on disk since it was read (the user said so). */
  overwriteChanged?: boolean;
  /** Export: a copy under a new name; it does not become the open file nor a recent one. */
  copy?: boolean;
}

/** How a save ended. `changed-on-disk`: someone else changed the file since it was read; nothing was written. */
export type SaveResult =
  { status: 'saved'; path: string; name: string } | { status: 'cancelled' } | { status: 'changed-on-disk'; path: string; name: string };

/** An exported file (a runtime, a page, a picture, a script) to write where the user picks in a save dialog. */
export interface ExportRequest {
  /** The file name the save dialog proposes. */
  suggestedName: string;
  /** Text, or bytes (a PNG). */
  data: string | Uint8Array;
  /** The dialog's file type filter: the name's ending, e.g. `png` or `json`. */
  extension: string;
}

/** How an export ended; nothing is ever written without the user's choice in the dialog. */
export type ExportResult = { status: 'saved'; path: string; name: string } | { status: 'cancelled' };

/** What the window shows, so main can title it, guard its closing and watch its file. */
export interface DocumentState {
  /** The file's name (or the new mission's), shown in the title. */
  name: string;
  /** Unsaved changes: the title gets a mark and closing asks first. */
  dirty: boolean;
  /** The open file; main watches it for changes by others (only when it is a path main handed out). */
  path?: string;
}

/** One command as the native menu shows it: the renderer's registry is the source of labels and state. */
export interface MenuCommandState {
  id: string;
  label: string;
  enabled: boolean;
  /** The registry's shortcut (`Mod+Shift+Z`); the renderer routes that key itself. */
  shortcut?: string;
}

/**
 * Which document session a backup belongs to. `id` names one document opened in one window (or tab) and is the
 * backup's key, so two windows on files of the same name never share a slot; main derives the file name from it.
 */
export interface BackupRef {
  id: string;
  name: string;
  path?: string;
}

/** A backup as listed at launch. `savedAt` is milliseconds since the epoch. */
export interface BackupSummary extends BackupRef {
  savedAt: number;
}

/** A backup with its text, to restore. */
export interface BackupContent extends BackupSummary {
  text: string;
}

/** Unsaved text to back up for a document. */
export interface BackupWrite extends BackupRef {
  text: string;
}

/** The open file changed on disk, and not by this app. */
export interface FileChange {
  path: string;
  name: string;
}

/** Text-editing actions the page asks main to perform natively on it (a menu click while a text field has focus). */
export const NATIVE_EDIT_ACTIONS = ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'] as const;
export type NativeEditAction = (typeof NATIVE_EDIT_ACTIONS)[number];

/** The renderer's answer to main's "save before closing": whether the document was saved. */
export interface SaveBeforeCloseAnswer {
  requestId: number;
  saved: boolean;
}

/** Channel names. The `mission-studio:` prefix keeps them apart from anything a library registers. */
export const IpcChannel = {
  /** invoke, no payload -> OpenedFile | null: the file named on the command line at launch. */
  readLaunchFile: 'mission-studio:read-launch-file',
  /** invoke, no payload -> OpenedFile | null: an open dialog; null when cancelled. */
  openFile: 'mission-studio:open-file',
  /** invoke, no payload -> ImportedFile | null: an open dialog for a Twine story; the file is read, not opened as the document. */
  importFile: 'mission-studio:import-file',
  /** invoke, SaveRequest -> SaveResult. */
  saveFile: 'mission-studio:save-file',
  /** invoke, ExportRequest -> ExportResult: a save dialog, then the file written where the user chose. */
  exportFile: 'mission-studio:export-file',
  /** invoke, path -> OpenedFile: reads again a file main handed out (reload after a change on disk). */
  readFile: 'mission-studio:read-file',
  /** invoke, path -> TranslationTableFile[]: the string tables (NAME.LANG.strings.csv) beside a file main handed out. */
  readTranslationTables: 'mission-studio:read-translation-tables',
  /** invoke, DocumentState -> void. */
  setDocumentState: 'mission-studio:set-document-state',
  /** invoke, MenuCommandState[] -> void: labels and enabled state for the native menu. */
  setMenuState: 'mission-studio:set-menu-state',
  /** invoke, no payload -> BackupSummary[], newest first. */
  listBackups: 'mission-studio:list-backups',
  /** invoke, BackupRef -> BackupContent | null: another session's backup only right after a user gesture. */
  readBackup: 'mission-studio:read-backup',
  /** invoke, BackupWrite -> void. */
  writeBackup: 'mission-studio:write-backup',
  /** invoke, BackupRef -> void: the window's own backups, or another session's right after a user gesture. */
  removeBackup: 'mission-studio:remove-backup',
  /** invoke, url -> boolean: opens an http(s) link the user clicked in their browser (one per user gesture). */
  openExternal: 'mission-studio:open-external',
  /** invoke, no payload -> void: closes the window (asking first when there are unsaved changes). */
  closeWindow: 'mission-studio:close-window',
  /** invoke, NativeEditAction -> void. */
  nativeEdit: 'mission-studio:native-edit',
  /** invoke, SaveBeforeCloseAnswer -> void. */
  answerSaveBeforeClose: 'mission-studio:answer-save-before-close',
  /** main -> renderer, OpenedFile: a second launch or Open Recent named a file, and this window should open it. */
  fileOpened: 'mission-studio:file-opened',
  /** main -> renderer, command id: a native menu item was chosen. */
  menuCommand: 'mission-studio:menu-command',
  /** main -> renderer, FileChange. */
  fileChanged: 'mission-studio:file-changed',
  /** main -> renderer, request id: the user chose Save when closing; answer with answerSaveBeforeClose. */
  saveBeforeClose: 'mission-studio:save-before-close',
} as const;

/** A string table read beside a mission file: its name (`second-wave.de.strings.csv`) and text. */
export interface TranslationTableFile {
  name: string;
  text: string;
}

/** The one object preload exposes to the page as `window.missionStudio`. */
export interface MissionStudioBridge {
  readLaunchFile(): Promise<OpenedFile | null>;
  openFile(): Promise<OpenedFile | null>;
  importFile(): Promise<ImportedFile | null>;
  saveFile(request: SaveRequest): Promise<SaveResult>;
  exportFile(request: ExportRequest): Promise<ExportResult>;
  readFile(path: string): Promise<OpenedFile>;
  readTranslationTables(path: string): Promise<TranslationTableFile[]>;
  setDocumentState(state: DocumentState): Promise<void>;
  setMenuState(commands: MenuCommandState[]): Promise<void>;
  listBackups(): Promise<BackupSummary[]>;
  readBackup(ref: BackupRef): Promise<BackupContent | null>;
  writeBackup(backup: BackupWrite): Promise<void>;
  removeBackup(ref: BackupRef): Promise<void>;
  openExternal(url: string): Promise<boolean>;
  closeWindow(): Promise<void>;
  nativeEdit(action: NativeEditAction): Promise<void>;
  answerSaveBeforeClose(answer: SaveBeforeCloseAnswer): Promise<void>;
  /** Each `on*` calls `listener` per message and returns the unsubscribe function. */
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  onMenuCommand(listener: (commandId: string) => void): () => void;
  onFileChanged(listener: (change: FileChange) => void): () => void;
  onSaveBeforeClose(listener: (requestId: number) => void): () => void;
}

/** The name of the global the bridge lives under. */
export const BRIDGE_KEY = 'missionStudio';

/**
 * Largest mission main reads or writes: bytes on disk, UTF-16 units in a payload. Bigger is refused rather
 * than freezing the window; real missions are far below it.
 */
export const MAX_MISSION_SIZE = 32 * 1024 * 1024;

/** Largest export main writes: a self-contained page or a picture of a big mission stays far below it. */
export const MAX_EXPORT_SIZE = 64 * 1024 * 1024;

/** Most commands a menu state may list; the registry holds a few dozen. */
const MAX_MENU_COMMANDS = 500;

// The payload checks are valibot schemas: each payload's shape reads as data (exact keys, sizes, patterns) instead
// of hand-written tests. valibot rather than zod/mini because it is much the smaller (electron-vite build): the
// preload bundle stays as it was (4.2 KB; the bridge runs no check and valibot tree-shakes away) and main's grows by
// 3.7 KB gzipped, where zod/mini put 27 KB into the preload (it does not tree-shake away) and 10 KB into main's.

/** A plain object (not an array, not null) with exactly `entries`' keys, optional ones possibly missing. */
function exactRecord<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  // Keys sent as undefined are dropped, so a check returns only the fields that carry a value.
  const dropUndefined = (record: v.InferOutput<v.StrictObjectSchema<TEntries, undefined>>) =>
    Object.fromEntries(Object.entries(record).filter(([, field]) => field !== undefined)) as typeof record;
  const isPlainObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
  return v.pipe(v.custom<object>(isPlainObject), v.strictObject(entries), v.transform(dropUndefined));
}

const missionText = v.pipe(v.string(), v.maxLength(MAX_MISSION_SIZE));
const path = v.pipe(v.string(), v.minLength(1), v.maxLength(4096), v.excludes('\0'));
const displayName = v.pipe(v.string(), v.minLength(1), v.maxLength(255), v.excludes('\0'));
// A suggested name only seeds the dialog, but a separator in it could point the dialog at another folder.
const plainFileName = v.pipe(path, v.maxLength(255), v.regex(/^[^/\\]*$/), v.notValues(['.', '..']));
const commandId = v.pipe(v.string(), v.regex(/^[A-Za-z][\w.-]{0,79}$/));
// A document session's id: letters, digits, dots, dashes (a UUID and a counter); never a path.
const backupId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9.-]{7,79}$/));

const saveRequest: v.GenericSchema<unknown, SaveRequest> = exactRecord({
  text: missionText,
  path: v.optional(path),
  suggestedName: v.optional(plainFileName),
  overwriteChanged: v.optional(v.boolean()),
  copy: v.optional(v.boolean()),
});

const exportRequest: v.GenericSchema<unknown, ExportRequest> = exactRecord({
  suggestedName: plainFileName,
  data: v.union([
    v.pipe(v.string(), v.maxLength(MAX_EXPORT_SIZE)),
    v.pipe(
      v.instance(Uint8Array),
      v.check((bytes) => bytes.byteLength <= MAX_EXPORT_SIZE),
    ),
  ]),
  extension: v.pipe(v.string(), v.regex(/^[a-z0-9]{1,10}$/)),
});

const documentState: v.GenericSchema<unknown, DocumentState> = exactRecord({
  name: displayName,
  dirty: v.boolean(),
  path: v.optional(path),
});

const menuCommand: v.GenericSchema<unknown, MenuCommandState> = exactRecord({
  id: commandId,
  label: v.pipe(v.string(), v.maxLength(100)),
  enabled: v.boolean(),
  shortcut: v.optional(v.pipe(v.string(), v.regex(/^[\w+=\-[\];',./`]{1,40}$/))),
});

// The length is checked before any item, so a huge list costs nothing to refuse.
const menuState = v.pipe(v.array(v.unknown()), v.maxLength(MAX_MENU_COMMANDS), v.array(menuCommand));

const backupRef: v.GenericSchema<unknown, BackupRef> = exactRecord({ id: backupId, name: displayName, path: v.optional(path) });

const backupWrite: v.GenericSchema<unknown, BackupWrite> = exactRecord({
  id: backupId,
  name: displayName,
  text: missionText,
  path: v.optional(path),
});

const saveBeforeCloseAnswer: v.GenericSchema<unknown, SaveBeforeCloseAnswer> = exactRecord({
  requestId: v.pipe(v.number(), v.safeInteger()),
  saved: v.boolean(),
});

/** `value` as `schema` reads it, or null; stops at the first problem (an untrusted payload gets no report). */
function check<TOutput>(schema: v.GenericSchema<unknown, TOutput>, value: unknown): TOutput | null {
  const result = v.safeParse(schema, value, { abortEarly: true });
  return result.success ? result.output : null;
}

/** Checks an untrusted `saveFile` payload; returns it typed, or null when it is malformed. */
export function parseSaveRequest(value: unknown): SaveRequest | null {
  return check(saveRequest, value);
}

/** Checks an untrusted `exportFile` payload; returns it typed, or null when it is malformed. */
export function parseExportRequest(value: unknown): ExportRequest | null {
  return check(exportRequest, value);
}

/** Checks an untrusted path payload (readFile): a non-empty string without NUL, of a sane length. */
export function parsePath(value: unknown): string | null {
  return check(path, value);
}

/** Checks an untrusted `setDocumentState` payload. */
export function parseDocumentState(value: unknown): DocumentState | null {
  return check(documentState, value);
}

/** Checks an untrusted `setMenuState` payload: a bounded list of well-formed command states. */
export function parseMenuState(value: unknown): MenuCommandState[] | null {
  return check(menuState, value);
}

/** Checks an untrusted backup reference. */
export function parseBackupRef(value: unknown): BackupRef | null {
  return check(backupRef, value);
}

/** Checks an untrusted backup to write. */
export function parseBackupWrite(value: unknown): BackupWrite | null {
  return check(backupWrite, value);
}

/**
 * The URL to hand the system browser, or null: only absolute http(s) URLs without credentials, of a sane
 * length. Anything else (file:, javascript:, custom schemes that launch programs) is refused. The platform's
 * URL parser decides, not a schema's URL pattern: it is the parser the browser will open the link with.
 */
export function parseExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

/** Checks an untrusted native edit action. */
export function parseNativeEditAction(value: unknown): NativeEditAction | null {
  return check(v.picklist(NATIVE_EDIT_ACTIONS), value);
}

/** Checks an untrusted answer to "save before closing". */
export function parseSaveBeforeCloseAnswer(value: unknown): SaveBeforeCloseAnswer | null {
  return check(saveBeforeCloseAnswer, value);
}

/** A command id as the registry spells them (`file.save`, `view.toggleInspector`); checks menu messages too. */
export function isCommandId(value: unknown): value is string {
  return v.is(commandId, value);
}

/** Checks that an invoke with no payload really came without one. */
export function isEmptyPayload(args: readonly unknown[]): boolean {
  return args.length === 0 || (args.length === 1 && args[0] === undefined);
}
