/**
 * What the renderer needs from the world outside the page. The Electron host reaches it through the
 * preload bridge; the browser host uses what a plain web page may do. Views only ever see this interface.
 */

/** A mission file's text and name; `path` only where the host has real file paths (Electron). */
export interface MissionDocument {
  name: string;
  text: string;
  path?: string;
}

/** Where a save went. */
export interface SavedDocument {
  name: string;
  path?: string;
}

/** The capabilities a host offers the app. */
export interface Host {
  /** Which host this is, for wording such as "Save" versus "Download". */
  readonly kind: 'electron' | 'browser';
  /** The bundled reference mission (Second Wave), shown when nothing else was opened. */
  readDefaultMission(): Promise<MissionDocument>;
  /** The file the app was launched with (a path on the command line), or null. */
  readLaunchFile(): Promise<MissionDocument | null>;
  /** Asks the user for a mission file; null when they cancel. */
  openFile(): Promise<MissionDocument | null>;
  /** Writes a mission: back to `document.path` when it has one, else wherever the user picks. Null when cancelled. */
  saveFile(document: MissionDocument): Promise<SavedDocument | null>;
  /** Calls `listener` when a file arrives from outside the page (a second launch); returns the unsubscribe. */
  onFileOpened(listener: (document: MissionDocument) => void): () => void;
}
