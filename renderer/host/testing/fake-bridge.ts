import type { MissionStudioBridge, OpenedFile, SaveRequest, SaveResult } from '../../../preload/ipc-contract';

/** A preload bridge for tests: records what the page sends, and lets the test play main's messages. */
export function createFakeBridge(overrides: Partial<MissionStudioBridge> = {}) {
  const sent: Array<{ method: string; payload: unknown }> = [];
  const saves: SaveRequest[] = [];
  const listeners = {
    fileOpened: new Set<(file: OpenedFile) => void>(),
    menuCommand: new Set<(id: string) => void>(),
    fileChanged: new Set<(change: { path: string; name: string }) => void>(),
    saveBeforeClose: new Set<(requestId: number) => void>(),
  };
  const subscribe = <T>(set: Set<T>, listener: T) => {
    set.add(listener);
    return () => void set.delete(listener);
  };
  const record = (method: string) => async (payload?: unknown) => void sent.push({ method, payload });
  let saveResult: (request: SaveRequest) => SaveResult = (request) => ({
    status: 'saved',
    path: request.path ?? '/chosen/x.mission.json',
    name: 'x.mission.json',
  });
  const bridge: MissionStudioBridge = {
    readLaunchFile: async () => null,
    openFile: async () => null,
    importFile: async () => null,
    saveFile: async (request) => {
      saves.push(request);
      return saveResult(request);
    },
    exportFile: async (request) => {
      sent.push({ method: 'exportFile', payload: request });
      return { status: 'saved', path: `/chosen/${request.suggestedName}`, name: request.suggestedName };
    },
    readTranslationTables: async () => [],
    readFile: async (path) => ({ path, name: path.split('/').pop() ?? path, text: '{}' }),
    setDocumentState: record('setDocumentState'),
    setMenuState: record('setMenuState'),
    listBackups: async () => [],
    readBackup: async () => null,
    writeBackup: record('writeBackup'),
    removeBackup: record('removeBackup'),
    openExternal: async (url) => {
      sent.push({ method: 'openExternal', payload: url });
      return true;
    },
    closeWindow: record('closeWindow'),
    nativeEdit: record('nativeEdit'),
    answerSaveBeforeClose: record('answerSaveBeforeClose'),
    onFileOpened: (listener) => subscribe(listeners.fileOpened, listener),
    onMenuCommand: (listener) => subscribe(listeners.menuCommand, listener),
    onFileChanged: (listener) => subscribe(listeners.fileChanged, listener),
    onSaveBeforeClose: (listener) => subscribe(listeners.saveBeforeClose, listener),
    ...overrides,
  };
  return {
    bridge,
    sent,
    saves,
    listeners,
    /** What main answers to the next saves. */
    answerSavesWith(answer: (request: SaveRequest) => SaveResult) {
      saveResult = answer;
    },
  };
}
