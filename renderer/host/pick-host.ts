import type { MissionStudioBridge } from '../../preload/ipc-contract';
import { domFileAccess } from './browser-files';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host.types';

/**
 * The Electron host when the preload bridge is present, else the browser host. Takes the global object as
 * a parameter so tests can hand it a plain object.
 */
export function pickHost(scope: { missionStudio?: MissionStudioBridge | undefined } = window): Host {
  return scope.missionStudio ? createElectronHost(scope.missionStudio) : createBrowserHost(domFileAccess);
}
