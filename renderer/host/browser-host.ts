import { DEFAULT_MISSION } from './default-mission';
import type { Host } from './host.types';

/** The few page-level file abilities the browser host is built on (real DOM ones in browser-files.ts). */
export interface BrowserFileAccess {
  /** Lets the user pick a file; null when they cancel. */
  pickFile(accept: string): Promise<{ name: string; text(): Promise<string> } | null>;
  /** Hands `text` to the browser as a download named `name`. */
  offerDownload(name: string, text: string): void;
}

/** Mission files are JSON; the picker still lets the user choose "All files". */
const MISSION_ACCEPT = '.json,application/json';

/**
 * A host for a plain browser tab: no file paths, no launch arguments. Opening uses the file picker and
 * saving becomes a download, which is all a web page may do.
 */
export function createBrowserHost(files: BrowserFileAccess): Host {
  return {
    kind: 'browser',
    readDefaultMission: () => Promise.resolve(DEFAULT_MISSION),
    readLaunchFile: () => Promise.resolve(null),
    async openFile() {
      const file = await files.pickFile(MISSION_ACCEPT);
      return file ? { name: file.name, text: await file.text() } : null;
    },
    async saveFile(document) {
      files.offerDownload(document.name, document.text);
      return { name: document.name };
    },
    // Nothing outside a browser tab can hand it a file.
    onFileOpened: () => () => undefined,
  };
}
