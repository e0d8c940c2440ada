import type { MissionStudioBridge } from '../../preload/ipc-contract';
import { domFileAccess } from './browser-files';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host.types';
import { createIndexedDbBackups } from './indexeddb-backups';
import { createMemoryBackups } from './memory-backups';
import { createTabSessions } from './tab-sessions';

/**
 * The Electron host when the preload bridge is present, else the browser host. Takes the global object as
 * a parameter so tests can hand it a plain object.
 */
export function pickHost(scope: { missionStudio?: MissionStudioBridge | undefined } = window): Host {
  if (scope.missionStudio) return createElectronHost(scope.missionStudio);
  const page = typeof window === 'undefined' ? undefined : window;
  return createBrowserHost(domFileAccess, {
    backups: typeof indexedDB === 'undefined' ? createMemoryBackups() : createIndexedDbBackups(indexedDB),
    window: page,
    openUrl: page && ((url) => void page.open(url, '_blank', 'noopener,noreferrer')),
    tabs: createTabSessions(typeof navigator === 'undefined' ? undefined : navigator.locks),
  });
}
