import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../preload/ipc-contract';
import { APP_ENTRY_URL } from './app-origin';
import { createBackupOwners, type BackupOwners } from './backup-owners';
import { createBackupStore, type BackupStore } from './backups';
import { createKnownVersions } from './disk-version';
import type { DocumentSession } from './document-session';
import { createFileGrants } from './file-grants';
import { registerIpcHandlers } from './ipc';

// The Electron modules ipc.ts touches, faked: handlers are captured so each test can call them as a page would.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  saveDialogPath: null as string | null,
  openDialogPath: null as string | null,
  openExternal: vi.fn(async (_url: string) => undefined),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => electron.handlers.set(channel, handler),
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showOpenDialog: async () =>
      electron.openDialogPath ? { canceled: false, filePaths: [electron.openDialogPath] } : { canceled: true, filePaths: [] },
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
/** Another window of the app, with its own page. */
const otherSender = { other: true };
/** Real user input the window saw, spent one action each (main's document session counts these). */
let gestures = 0;
const session = {
  setDocumentState: vi.fn(),
  setMenuState: vi.fn(),
  answerSave: vi.fn(),
  acceptsBackups: vi.fn(() => true),
  takeGesture: () => gestures > 0 && gestures-- > 0,
  noteActivity: vi.fn(),
  whileMainAsks: <T>(step: () => Promise<T>) => step(),
};
let owners: BackupOwners<unknown>;
let backups: BackupStore;
const used: string[] = [];
let grants = createFileGrants();

/** Calls a channel's handler as the app's own page (or `frame`) would. */
function invoke(channel: string, args: unknown[] = [], frame: unknown = appFrame, from: unknown = sender): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler({ senderFrame: frame, sender: from }, ...args));
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'ipc-'));
  launchFile = null;
  used.length = 0;
  electron.handlers.clear();
  electron.saveDialogPath = null;
  electron.openExternal.mockClear();
  grants = createFileGrants();
  gestures = 0;
  owners = createBackupOwners();
  backups = createBackupStore(join(folder, 'backups'));
  registerIpcHandlers({
    grants,
    versions: createKnownVersions(),
    backups,
    owners: owners as never,
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
      (channel) =>
        ![IpcChannel.fileOpened, IpcChannel.menuCommand, IpcChannel.fileChanged, IpcChannel.saveBeforeClose].includes(channel as never),
    );
    expect([...electron.handlers.keys()].sort()).toEqual(invokeChannels.sort());
  });

  it("refuses calls from a frame that is not the app's own top page", async () => {
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

  it('reads a Twine story picked for import without granting it or counting it as used', async () => {
    const path = join(folder, 'story.twee');
    writeFileSync(path, ':: Start\nHello.');
    electron.openDialogPath = path;
    try {
      expect(await invoke(IpcChannel.importFile)).toEqual({ name: 'story.twee', text: ':: Start\nHello.' });
    } finally {
      electron.openDialogPath = null;
    }
    expect(grants.has(path)).toBe(false);
    expect(used).toEqual([]);
    expect(await invoke(IpcChannel.importFile)).toBeNull();
    await expect(invoke(IpcChannel.importFile, ['/etc/passwd'])).rejects.toThrow('takes no payload');
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
    expect(await invoke(IpcChannel.saveFile, [{ text: 'mine', path: launchFile, overwriteChanged: true }])).toMatchObject({
      status: 'saved',
    });
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
    expect(await invoke(IpcChannel.saveFile, [{ text: 'a', suggestedName: 'x.json' }])).toMatchObject({
      status: 'saved',
      name: 'saved-as.json',
    });
    electron.saveDialogPath = join(folder, 'exported.json');
    await invoke(IpcChannel.saveFile, [{ text: 'b', suggestedName: 'x copy.json', copy: true }]);
    expect(used).toEqual([join(folder, 'saved-as.json')]);
    expect(readFileSync(join(folder, 'exported.json'), 'utf8')).toBe('b');
  });

  it('writes an export, text or bytes, only where the user chose in the dialog, and never joins it to the recent files', async () => {
    electron.saveDialogPath = join(folder, 'picked.png');
    const bytes = new Uint8Array([137, 80, 78, 71]);
    expect(await invoke(IpcChannel.exportFile, [{ suggestedName: 'second-wave.png', data: bytes, extension: 'png' }])).toEqual({
      status: 'saved',
      path: join(folder, 'picked.png'),
      name: 'picked.png',
    });
    expect([...readFileSync(join(folder, 'picked.png'))]).toEqual([137, 80, 78, 71]);
    electron.saveDialogPath = join(folder, 'play.html');
    await invoke(IpcChannel.exportFile, [{ suggestedName: 'second-wave.html', data: '<!doctype html>', extension: 'html' }]);
    expect(readFileSync(join(folder, 'play.html'), 'utf8')).toBe('<!doctype html>');
    expect(used).toEqual([]);
    electron.saveDialogPath = null;
    expect(await invoke(IpcChannel.exportFile, [{ suggestedName: 'x.csv', data: 'a,b', extension: 'csv' }])).toEqual({
      status: 'cancelled',
    });
    await expect(invoke(IpcChannel.exportFile, [{ suggestedName: '../../x.csv', data: 'a', extension: 'csv' }])).rejects.toThrow(
      'malformed',
    );
    await expect(
      invoke(IpcChannel.exportFile, [{ suggestedName: 'x.csv', data: 'a', extension: 'csv', path: '/etc/passwd' }]),
    ).rejects.toThrow('malformed');
  });

  it('keeps backups only for granted paths, and restoring one grants nothing (a save there asks the user first)', async () => {
    const path = join(folder, 'b.json');
    writeFileSync(path, 'on disk');
    await expect(invoke(IpcChannel.writeBackup, [{ id: 'session-1.1', name: 'b.json', path, text: 'x' }])).rejects.toThrow('Refused');
    await backups.write({ id: 'earlier-run.3', name: 'b.json', path, text: 'unsaved' });
    expect(await invoke(IpcChannel.listBackups)).toEqual([{ id: 'earlier-run.3', name: 'b.json', path, savedAt: expect.any(Number) }]);
    gestures = 1;
    expect(await invoke(IpcChannel.readBackup, [{ id: 'earlier-run.3', name: 'b.json', path }])).toMatchObject({ text: 'unsaved' });
    expect(grants.has(path)).toBe(false);
    // The page keeps backing up the restored work under its own session.
    await invoke(IpcChannel.writeBackup, [{ id: 'session-1.2', name: 'b.json', path, text: 'unsaved+' }]);
    // A save names the path, but only the user's choice in the dialog writes there.
    electron.saveDialogPath = null;
    expect(await invoke(IpcChannel.saveFile, [{ text: 'mine', path }])).toEqual({ status: 'cancelled' });
    expect(readFileSync(path, 'utf8')).toBe('on disk');
    electron.saveDialogPath = path;
    expect(await invoke(IpcChannel.saveFile, [{ text: 'mine', path }])).toMatchObject({ status: 'saved' });
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });

  it('asks before saving a restored backup over a file another program changed since the backup was made', async () => {
    const path = join(folder, 'c.json');
    writeFileSync(path, 'v1');
    launchFile = path;
    await invoke(IpcChannel.readLaunchFile);
    await invoke(IpcChannel.writeBackup, [{ id: 'crashed-run.1', name: 'c.json', path, text: 'my edits' }]);
    // The app (and its page) crashed; another program changes the file; the next launch restores the backup.
    owners.release(sender);
    writeFileSync(path, 'their edits');
    launchFile = null;
    gestures = 1;
    await invoke(IpcChannel.readBackup, [{ id: 'crashed-run.1', name: 'c.json', path }]);
    expect(await invoke(IpcChannel.saveFile, [{ text: 'my edits', path }])).toMatchObject({ status: 'changed-on-disk' });
    expect(readFileSync(path, 'utf8')).toBe('their edits');
    expect(await invoke(IpcChannel.saveFile, [{ text: 'my edits', path, overwriteChanged: true }])).toMatchObject({ status: 'saved' });
    expect(readFileSync(path, 'utf8')).toBe('my edits');
  });

  it("lets a page remove its own backups, but another session's only after a real user input, one each", async () => {
    await invoke(IpcChannel.writeBackup, [{ id: 'mine-0001.1', name: 'a.json', text: 'x' }]);
    await invoke(IpcChannel.removeBackup, [{ id: 'mine-0001.1', name: 'a.json' }]);
    await backups.write({ id: 'left-0001.1', name: 'one.json', text: '1' });
    await backups.write({ id: 'left-0002.1', name: 'two.json', text: '2' });
    await expect(invoke(IpcChannel.removeBackup, [{ id: 'left-0001.1', name: 'one.json' }])).rejects.toThrow('only the user');
    await expect(invoke(IpcChannel.readBackup, [{ id: 'left-0001.1', name: 'one.json' }])).rejects.toThrow('only the user');
    gestures = 1;
    await invoke(IpcChannel.removeBackup, [{ id: 'left-0001.1', name: 'one.json' }]);
    await expect(invoke(IpcChannel.removeBackup, [{ id: 'left-0002.1', name: 'two.json' }])).rejects.toThrow('only the user');
    expect((await invoke(IpcChannel.listBackups)) as unknown[]).toEqual([expect.objectContaining({ id: 'left-0002.1' })]);
  });

  it("never shows, overwrites or removes another live window's backup", async () => {
    await invoke(IpcChannel.writeBackup, [{ id: 'window-b.1', name: 'untitled.mission.json', text: 'B' }], appFrame, otherSender);
    gestures = 5;
    expect(await invoke(IpcChannel.listBackups)).toEqual([]);
    await expect(invoke(IpcChannel.writeBackup, [{ id: 'window-b.1', name: 'untitled.mission.json', text: 'A' }])).rejects.toThrow(
      'another window',
    );
    await expect(invoke(IpcChannel.readBackup, [{ id: 'window-b.1', name: 'untitled.mission.json' }])).rejects.toThrow('another window');
    await expect(invoke(IpcChannel.removeBackup, [{ id: 'window-b.1', name: 'untitled.mission.json' }])).rejects.toThrow('another window');
    expect((await backups.read({ id: 'window-b.1' }))?.content.text).toBe('B');
  });

  it('ignores a backup the page flushes after the user settled its work on closing', async () => {
    session.acceptsBackups.mockReturnValueOnce(false);
    await invoke(IpcChannel.writeBackup, [{ id: 'late-0001.1', name: 'late.json', text: 'x' }]);
    expect(await invoke(IpcChannel.listBackups)).toEqual([]);
  });

  it('opens only http(s) links in the browser, one per user gesture', async () => {
    gestures = 3;
    expect(await invoke(IpcChannel.openExternal, ['https://react.dev/'])).toBe(true);
    expect(await invoke(IpcChannel.openExternal, ['file:///etc/passwd'])).toBe(false);
    expect(await invoke(IpcChannel.openExternal, ['javascript:alert(1)'])).toBe(false);
    expect(await invoke(IpcChannel.openExternal, ['https://example.com/spam'])).toBe(false);
    expect(electron.openExternal.mock.calls).toEqual([['https://react.dev/']]);
  });

  it('counts every message from the page as a sign of life', async () => {
    await invoke(IpcChannel.listBackups);
    expect(session.noteActivity).toHaveBeenCalled();
  });

  it('performs the six text actions on the sender, and nothing else', async () => {
    await invoke(IpcChannel.nativeEdit, ['copy']);
    await expect(invoke(IpcChannel.nativeEdit, ['reload'])).rejects.toThrow('malformed');
    expect(sender.copy).toHaveBeenCalledOnce();
    expect(sender.reload).not.toHaveBeenCalled();
  });

  it("passes checked document state, menu state and save answers to the window's session", async () => {
    await invoke(IpcChannel.setDocumentState, [{ name: 'a.json', dirty: true }]);
    await invoke(IpcChannel.setMenuState, [[{ id: 'file.save', label: 'Save', enabled: true }]]);
    await invoke(IpcChannel.answerSaveBeforeClose, [{ requestId: 4, saved: true }]);
    await expect(invoke(IpcChannel.setDocumentState, [{ name: 'a.json' }])).rejects.toThrow('malformed');
    expect(session.setDocumentState).toHaveBeenCalledExactlyOnceWith({ name: 'a.json', dirty: true });
    expect(session.setMenuState).toHaveBeenCalledExactlyOnceWith([{ id: 'file.save', label: 'Save', enabled: true }]);
    expect(session.answerSave).toHaveBeenCalledExactlyOnceWith(4, true);
  });
});
