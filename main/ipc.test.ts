import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../preload/ipc-contract';
import { APP_ENTRY_URL } from './app-origin';
import { createBackupStore } from './backups';
import { createKnownVersions } from './disk-version';
import type { DocumentSession } from './document-session';
import { createFileGrants } from './file-grants';
import { registerIpcHandlers } from './ipc';

// The Electron modules ipc.ts touches, faked: handlers are captured so each test can call them as a page would.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  saveDialogPath: null as string | null,
  openExternal: vi.fn(async (_url: string) => undefined),
}));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => electron.handlers.set(channel, handler) },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => (electron.saveDialogPath ? { canceled: false, filePath: electron.saveDialogPath } : { canceled: true }),
  },
  shell: { openExternal: electron.openExternal },
  app: { on: () => undefined },
  session: {},
}));

let folder: string;
let launchFile: string | null;
const appFrame = { url: APP_ENTRY_URL, parent: null };
const sender = { undo: vi.fn(), copy: vi.fn(), reload: vi.fn() };
const session = { setDocumentState: vi.fn(), setMenuState: vi.fn(), answerSave: vi.fn(), acceptsBackups: vi.fn(() => true) };
const used: string[] = [];
let grants = createFileGrants();

/** Calls a channel's handler as the app's own page (or `frame`) would. */
function invoke(channel: string, args: unknown[] = [], frame: unknown = appFrame): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler({ senderFrame: frame, sender }, ...args));
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ipc-'));
  launchFile = null;
  used.length = 0;
  electron.handlers.clear();
  electron.saveDialogPath = null;
  electron.openExternal.mockClear();
  grants = createFileGrants();
  registerIpcHandlers({
    grants,
    versions: createKnownVersions(),
    backups: createBackupStore(join(folder, 'backups')),
    launchFile: () => launchFile,
    devServerUrl: undefined,
    sessionFor: () => session as unknown as DocumentSession,
    onFileUsed: (path) => void used.push(path),
  });
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
  vi.clearAllMocks();
});

describe('registerIpcHandlers', () => {
  it('handles every invoke channel of the contract', () => {
    const invokeChannels = Object.values(IpcChannel).filter(
      (channel) => ![IpcChannel.fileOpened, IpcChannel.menuCommand, IpcChannel.fileChanged, IpcChannel.saveBeforeClose].includes(channel as never),
    );
    expect([...electron.handlers.keys()].sort()).toEqual(invokeChannels.sort());
  });

  it('refuses calls from a frame that is not the app\'s own top page', async () => {
    for (const frame of [null, { url: 'https://evil.example/', parent: null }, { url: APP_ENTRY_URL, parent: appFrame }]) {
      await expect(invoke(IpcChannel.listBackups, [], frame)).rejects.toThrow('not the app');
    }
  });

  it('reads the launch file, grants it and counts it as used', async () => {
    launchFile = join(folder, 'launch.mission.json');
    writeFileSync(launchFile, '{"a":1}');
    expect(await invoke(IpcChannel.readLaunchFile)).toEqual({ path: launchFile, name: 'launch.mission.json', text: '{"a":1}' });
    expect(grants.has(launchFile)).toBe(true);
    expect(used).toEqual([launchFile]);
    await expect(invoke(IpcChannel.readLaunchFile, ['/etc/passwd'])).rejects.toThrow('takes no payload');
  });

  it('reads the string tables only beside a file the user handed over', async () => {
    const path = join(folder, 'm.mission.json');
    writeFileSync(path, '{}');
    writeFileSync(join(folder, 'm.de.strings.csv'), 'string_id,translation');
    await expect(invoke(IpcChannel.readTranslationTables, [path])).rejects.toThrow('Refused');
    grants.grant(path);
    expect(await invoke(IpcChannel.readTranslationTables, [path])).toEqual([{ name: 'm.de.strings.csv', text: 'string_id,translation' }]);
  });

  it('reads again only files the user handed over', async () => {
    const path = join(folder, 'a.json');
    writeFileSync(path, 'x');
    await expect(invoke(IpcChannel.readFile, [path])).rejects.toThrow('Refused');
    grants.grant(path);
    expect(await invoke(IpcChannel.readFile, [path])).toMatchObject({ text: 'x' });
  });

  it('saves back to a granted file, but not over a change someone else made, unless told to', async () => {
    launchFile = join(folder, 'shared.mission.json');
    writeFileSync(launchFile, 'v1');
    await invoke(IpcChannel.readLaunchFile);
    writeFileSync(launchFile, 'theirs');
    expect(await invoke(IpcChannel.saveFile, [{ text: 'mine', path: launchFile }])).toMatchObject({ status: 'changed-on-disk' });
    expect(readFileSync(launchFile, 'utf8')).toBe('theirs');
    expect(await invoke(IpcChannel.saveFile, [{ text: 'mine', path: launchFile, overwriteChanged: true }])).toMatchObject({ status: 'saved' });
    expect(readFileSync(launchFile, 'utf8')).toBe('mine');
    expect(await invoke(IpcChannel.saveFile, [{ text: 'mine again', path: launchFile }])).toMatchObject({ status: 'saved' });
  });

  it('refuses saves to paths never granted, and malformed requests', async () => {
    await expect(invoke(IpcChannel.saveFile, [{ text: 'x', path: join(folder, 'never.json') }])).rejects.toThrow('Refused');
    await expect(invoke(IpcChannel.saveFile, [{ text: 'x', exec: 'rm' }])).rejects.toThrow('malformed');
    await expect(invoke(IpcChannel.saveFile, [])).rejects.toThrow('malformed');
  });

  it('adds a saved file to the recent files, but not an exported copy', async () => {
    electron.saveDialogPath = join(folder, 'saved-as.json');
    expect(await invoke(IpcChannel.saveFile, [{ text: 'a', suggestedName: 'x.json' }])).toMatchObject({ status: 'saved', name: 'saved-as.json' });
    electron.saveDialogPath = join(folder, 'exported.json');
    await invoke(IpcChannel.saveFile, [{ text: 'b', suggestedName: 'x copy.json', copy: true }]);
    expect(used).toEqual([join(folder, 'saved-as.json')]);
    expect(readFileSync(join(folder, 'exported.json'), 'utf8')).toBe('b');
  });

  it('writes an export, text or bytes, only where the user chose in the dialog, and never joins it to the recent files', async () => {
    electron.saveDialogPath = join(folder, 'picked.png');
    const bytes = new Uint8Array([137, 80, 78, 71]);
    expect(await invoke(IpcChannel.exportFile, [{ suggestedName: 'second-wave.png', data: bytes, extension: 'png' }])).toEqual({ status: 'saved', path: join(folder, 'picked.png'), name: 'picked.png' });
    expect([...readFileSync(join(folder, 'picked.png'))]).toEqual([137, 80, 78, 71]);
    electron.saveDialogPath = join(folder, 'play.html');
    await invoke(IpcChannel.exportFile, [{ suggestedName: 'second-wave.html', data: '<!doctype html>', extension: 'html' }]);
    expect(readFileSync(join(folder, 'play.html'), 'utf8')).toBe('<!doctype html>');
    expect(used).toEqual([]);
    electron.saveDialogPath = null;
    expect(await invoke(IpcChannel.exportFile, [{ suggestedName: 'x.csv', data: 'a,b', extension: 'csv' }])).toEqual({ status: 'cancelled' });
    await expect(invoke(IpcChannel.exportFile, [{ suggestedName: '../../x.csv', data: 'a', extension: 'csv' }])).rejects.toThrow('malformed');
    await expect(invoke(IpcChannel.exportFile, [{ suggestedName: 'x.csv', data: 'a', extension: 'csv', path: '/etc/passwd' }])).rejects.toThrow('malformed');
  });

  it('keeps backups only for granted paths, and grants a restored backup\'s path', async () => {
    const path = join(folder, 'b.json');
    await expect(invoke(IpcChannel.writeBackup, [{ name: 'b.json', path, text: 'x' }])).rejects.toThrow('Refused');
    grants.grant(path);
    await invoke(IpcChannel.writeBackup, [{ name: 'b.json', path, text: 'unsaved' }]);
    expect(await invoke(IpcChannel.listBackups)).toEqual([{ name: 'b.json', path, savedAt: expect.any(Number) }]);
    grants = createFileGrants();
    expect(await invoke(IpcChannel.readBackup, [{ name: 'b.json', path }])).toMatchObject({ text: 'unsaved' });
    await invoke(IpcChannel.removeBackup, [{ name: 'b.json', path }]);
    expect(await invoke(IpcChannel.listBackups)).toEqual([]);
  });

  it('ignores a backup the page flushes after the user settled its work on closing', async () => {
    session.acceptsBackups.mockReturnValueOnce(false);
    await invoke(IpcChannel.writeBackup, [{ name: 'late.json', text: 'x' }]);
    expect(await invoke(IpcChannel.listBackups)).toEqual([]);
  });

  it('opens only http(s) links in the browser', async () => {
    expect(await invoke(IpcChannel.openExternal, ['https://react.dev/'])).toBe(true);
    expect(await invoke(IpcChannel.openExternal, ['file:///etc/passwd'])).toBe(false);
    expect(await invoke(IpcChannel.openExternal, ['javascript:alert(1)'])).toBe(false);
    expect(electron.openExternal.mock.calls).toEqual([['https://react.dev/']]);
  });

  it('performs the six text actions on the sender, and nothing else', async () => {
    await invoke(IpcChannel.nativeEdit, ['copy']);
    await expect(invoke(IpcChannel.nativeEdit, ['reload'])).rejects.toThrow('malformed');
    expect(sender.copy).toHaveBeenCalledOnce();
    expect(sender.reload).not.toHaveBeenCalled();
  });

  it('passes checked document state, menu state and save answers to the window\'s session', async () => {
    await invoke(IpcChannel.setDocumentState, [{ name: 'a.json', dirty: true }]);
    await invoke(IpcChannel.setMenuState, [[{ id: 'file.save', label: 'Save', enabled: true }]]);
    await invoke(IpcChannel.answerSaveBeforeClose, [{ requestId: 4, saved: true }]);
    await expect(invoke(IpcChannel.setDocumentState, [{ name: 'a.json' }])).rejects.toThrow('malformed');
    expect(session.setDocumentState).toHaveBeenCalledExactlyOnceWith({ name: 'a.json', dirty: true });
    expect(session.setMenuState).toHaveBeenCalledExactlyOnceWith([{ id: 'file.save', label: 'Save', enabled: true }]);
    expect(session.answerSave).toHaveBeenCalledExactlyOnceWith(4, true);
  });
});
