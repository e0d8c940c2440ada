/**
 * What the renderer needs from the world outside the page. The Electron host reaches it through the
 * preload bridge; the browser host uses what a plain web page may do. Views only ever see this interface.
 */
import type { BackupContent, BackupRef, BackupSummary, BackupWrite, MenuCommandState, NativeEditAction } from '../../preload/ipc-contract';

export type { BackupContent, BackupRef, BackupSummary, BackupWrite, MenuCommandState, NativeEditAction };

/**
 * A mission file's text and name. `path` says where the host can write it back without asking: a real path
 * (Electron), or in a browser the key of a file the user picked with the File System Access API this tab.
 */
export interface MissionDocument {
  name: string;
  text: string;
  path?: string;
}

/** Where a save went. */
export interface SavedDocument {
  name: string;
  path?: string;
  /**
   * The bytes are known to be on disk (written by main, or through a file handle). False for a browser download:
   * the page cannot tell whether it finished, so only the user can say the work is saved.
   */
  onDisk: boolean;
}

/** A file an export made, for the user to put somewhere. */
export interface ExportFile {
  /** The name proposed (the user may change it where the host lets them). */
  name: string;
  mimeType: string;
  /** Text, or bytes (a PNG). */
  data: string | Uint8Array;
}

/** How a save should treat the file on disk. */
export interface SaveOptions {
  /** Write even though the file changed on disk since it was read (the user chose to overwrite). */
  overwriteChanged?: boolean;
  /** Export: write a copy under a new name; the open document stays what it was. */
  copy?: boolean;
}

/** What the window shows, for its title, its close guard and watching its file. */
export interface DocumentStatus {
  name: string;
  dirty: boolean;
  path?: string;
}

/** Unsaved work kept outside the page, one entry per document, offered back after a crash. */
export interface BackupStorage {
  /** Newest first. */
  list(): Promise<BackupSummary[]>;
  read(ref: BackupRef): Promise<BackupContent | null>;
  write(backup: BackupWrite): Promise<void>;
  remove(ref: BackupRef): Promise<void>;
}

/** The capabilities a host offers the app. */
export interface Host {
  /** Which host this is, for wording such as "Save" versus "Download". */
  readonly kind: 'electron' | 'browser';
  /**
   * This window's (or tab's) document session: backups are keyed by it, so two windows on files of the same name
   * never share one. Fresh for every page load.
   */
  readonly sessionId: string;
  /** Whether saving lets the user choose the file's name and place itself (a native dialog, the browser's save picker). */
  readonly choosesFileNames: boolean;
  /** The bundled reference mission (Second Wave), shown when nothing else was opened. */
  readDefaultMission(): Promise<MissionDocument>;
  /** The file the app was launched with (a path on the command line), or null. */
  readLaunchFile(): Promise<MissionDocument | null>;
  /** Asks the user for a mission file; null when they cancel. */
  openFile(): Promise<MissionDocument | null>;
  /** Asks the user for a file to import (a Twine story: .twee, .html); its name and text, never a path. Null when cancelled. */
  openImport(): Promise<{ name: string; text: string } | null>;
  /**
   * Writes a mission: back to `document.path` when it has one, else wherever the user picks. Null when cancelled.
   * Rejects with FileChangedOnDiskError when the file changed on disk since it was read (nothing is written).
   */
  saveFile(document: MissionDocument, options?: SaveOptions): Promise<SavedDocument | null>;
  /**
   * Writes an export where the user picks: a native save dialog (Electron), the browser's save picker where it
   * has one, else a download. Null when the user cancelled.
   */
  saveExport(file: ExportFile): Promise<SavedDocument | null>;
  /** Asks the user for a string table (`NAME.LANG.strings.csv`) to import; null when they cancel. */
  openTranslationFile(): Promise<{ name: string; text: string } | null>;
  /**
   * The string tables beside a mission file (`NAME.LANG.strings.csv` in its folder), read as it opens. Only
   * where the host can read a file's folder (Electron); absent in a browser, which offers Import Translation….
   */
  readTranslationTables?(missionPath: string): Promise<Array<{ name: string; text: string }>>;
  /** Reads an opened file again (after it changed on disk). */
  reloadFile(path: string): Promise<MissionDocument>;
  /** Calls `listener` when a file arrives from outside the page (a second launch, Open Recent); returns the unsubscribe. */
  onFileOpened(listener: (document: MissionDocument) => void): () => void;
  /** Calls `listener` with the command id of each native menu item chosen; returns the unsubscribe. */
  onMenuCommand(listener: (commandId: string) => void): () => void;
  /** Calls `listener` when the open file changed on disk, not by this app; returns the unsubscribe. */
  onFileChanged(listener: (change: { path: string; name: string }) => void): () => void;
  /** Main asks the page to save before the window closes: `save` resolves whether it did. Returns the unsubscribe. */
  onSaveBeforeClose(save: () => Promise<boolean>): () => void;
  /** Tells the host what the window shows (title, dirty mark, which file to watch, whether closing must ask). */
  setDocumentState(status: DocumentStatus): void;
  /** Tells the host which commands exist and are enabled, for a native menu. */
  setMenuState(commands: MenuCommandState[]): void;
  readonly backups: BackupStorage;
  /** Opens an http(s) link in the user's browser; only ever called for a link the user clicked. */
  openExternal(url: string): Promise<void>;
  /** Closes the window (Electron: through main's unsaved-changes guard). False where the page cannot close itself. */
  closeWindow(): boolean;
  /** Performs a text-editing action natively on the focused field; false where the host cannot. */
  nativeEdit(action: NativeEditAction): boolean;
}
