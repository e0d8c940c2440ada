import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../preload/ipc-contract';
import { createBackupOwners } from './backup-owners';
import type { BackupStore } from './backups';
import { createKnownVersions, versionOfText, type DiskVersion } from './disk-version';
import { attachDocumentSession } from './document-session';
import { createFileGrants } from './file-grants';
import type { WatchDeps } from './file-watcher';

const electron = vi.hoisted(() => ({ responses: [] as number[], messages: [] as string[], details: [] as string[] }));

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: async (_window: unknown, options: { message: string; detail?: string }) => {
      electron.details.push(options.detail ?? '');
      electron.messages.push(options.message);
      return { response: electron.responses.shift() ?? 2 };
    },
  },
}));

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A BrowserWindow as far as the session uses one, recording what it is told. */
function fakeWindow() {
  const window = Object.assign(new EventEmitter(), {
    title: '',
    closeCalls: 0,
    setTitle(title: string) {
      window.title = title;
    },
    setDocumentEdited: vi.fn(),
    setRepresentedFilename: vi.fn(),
    close() {
      window.closeCalls += 1;
      const event = { defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
      window.emit('close', event);
      return event.defaultPrevented;
    },
    webContents: Object.assign(new EventEmitter(), {
      sent: [] as Array<[string, unknown]>,
      send(channel: string, payload: unknown) {
        window.webContents.sent.push([channel, payload]);
      },
      isDestroyed: () => false,
      crashed: false,
      isCrashed: () => window.webContents.crashed,
    }),
  });
  return window;
}

function setup(disk: { version: DiskVersion | null } = { version: null }) {
  electron.responses.length = 0;
  electron.messages.length = 0;
  electron.details.length = 0;
  const window = fakeWindow();
  const grants = createFileGrants();
  const removed: unknown[] = [];
  const stored = new Map<string, number>();
  const backups = {
    remove: async (ref: { id: string }) => {
      removed.push(ref);
      stored.delete(ref.id);
    },
    read: async (ref: { id: string }) =>
      stored.has(ref.id) ? { content: { id: ref.id, name: 'a.json', text: 'x', savedAt: stored.get(ref.id)! }, base: null } : null,
  } as unknown as BackupStore;
  const owners = createBackupOwners<unknown>();
  const timers = {
    due: [] as Array<() => void>,
    setTimer: (run: () => void) => (timers.due.push(run), timers.due.length),
    clearTimer: (id: unknown) => void (timers.due[(id as number) - 1] = () => undefined),
  };
  const watched: string[] = [];
  const watchDeps: WatchDeps = {
    watchFolder: (folder) => {
      watched.push(folder);
      return () => undefined;
    },
    readVersion: async () => disk.version,
  };
  const versions = createKnownVersions();
  const onCloseCancelled = vi.fn();
  const onMenuStateChanged = vi.fn();
  const session = attachDocumentSession(window as never, {
    grants,
    versions,
    backups,
    owners: owners as never,
    watchDeps,
    onMenuStateChanged,
    onCloseCancelled,
    saveAnswer: { timeoutMs: 1000, timers },
  });
  /** This window wrote a backup under `id` at `savedAt`. */
  const ownBackup = (id: string, savedAt = 0) => {
    owners.claim(id, window.webContents);
    stored.set(id, savedAt);
  };
  return { window, grants, versions, removed, watched, session, onCloseCancelled, onMenuStateChanged, owners, ownBackup, timers };
}

describe('attachDocumentSession', () => {
  it('titles the window with the file name and a dot for unsaved changes', () => {
    const s = setup();
    s.session.setDocumentState({ name: 'ds9.mission.json', dirty: true });
    expect(s.window.title).toBe('● ds9.mission.json - Mission Studio');
    s.session.setDocumentState({ name: 'ds9.mission.json', dirty: false });
    expect(s.window.title).toBe('ds9.mission.json - Mission Studio');
  });

  it('watches the open file only when it is a path the user handed over', () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: false, path: '/m/a.json' });
    expect(s.watched).toEqual([]);
    s.grants.grant('/n/b.json');
    s.session.setDocumentState({ name: 'b.json', dirty: false, path: '/n/b.json' });
    expect(s.watched).toEqual(['/n']);
  });

  it('tells the page when the watched file changed on disk, checking again when the window gets focus', async () => {
    const disk = { version: versionOfText('mine') as DiskVersion | null };
    const s = setup(disk);
    s.grants.grant('/m/a.json');
    s.versions.set('/m/a.json', versionOfText('mine'));
    s.session.setDocumentState({ name: 'a.json', dirty: false, path: '/m/a.json' });
    s.window.emit('focus');
    await settle();
    expect(s.window.webContents.sent).toEqual([]);
    disk.version = versionOfText('theirs');
    s.window.emit('focus');
    await settle();
    expect(s.window.webContents.sent).toEqual([[IpcChannel.fileChanged, { path: '/m/a.json', name: 'a.json' }]]);
  });

  it('closes a clean window without asking', () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: false });
    expect(s.window.close()).toBe(false);
    expect(s.window.closeCalls).toBe(1);
    expect(electron.messages).toEqual([]);
  });

  it('keeps a dirty window open on Cancel and says the close was cancelled', async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: true });
    electron.responses.push(2);
    expect(s.window.close()).toBe(true);
    await settle();
    expect(electron.messages).toEqual(['Do you want to save the changes you made to a.json?']);
    expect(s.onCloseCancelled).toHaveBeenCalledOnce();
    expect(s.window.closeCalls).toBe(1);
  });

  it("closes after Don't Save, deleting the backups of the dropped work, and only this window's", async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: true, path: '/m/a.json' });
    s.ownBackup('window-a.1');
    s.owners.claim('window-b.1', { another: 'window' });
    electron.responses.push(1);
    s.window.close();
    await settle();
    expect(s.removed).toEqual([{ id: 'window-a.1' }]);
    expect(s.window.closeCalls).toBe(2);
    expect(s.session.acceptsBackups()).toBe(false);
  });

  it('asks the page to save after Save, and closes only once it did', async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: true });
    electron.responses.push(0, 0);
    s.window.close();
    await settle();
    const [first] = s.window.webContents.sent.filter(([channel]) => channel === IpcChannel.saveBeforeClose);
    expect(first).toBeDefined();
    s.session.answerSave(first![1] as number, false);
    await settle();
    expect(s.window.closeCalls).toBe(1);
    expect(s.onCloseCancelled).toHaveBeenCalledOnce();

    s.window.close();
    await settle();
    const second = s.window.webContents.sent.filter(([channel]) => channel === IpcChannel.saveBeforeClose)[1]!;
    expect(s.session.answerSave(second[1] as number, true)).toBe(true);
    await settle();
    expect(s.window.closeCalls).toBe(3);
  });

  it('asks once when Close is chosen again while the question is up', async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: true });
    electron.responses.push(2);
    const first = s.session.confirmLeave('close');
    const second = s.session.confirmLeave('close');
    expect(await first).toBe(false);
    expect(await second).toBe(false);
    expect(electron.messages).toHaveLength(1);
  });

  it('sends menu commands and opened files to the page, and tells main when the menu state changes', () => {
    const s = setup();
    s.session.runCommand('file.save');
    s.session.showFile({ path: '/m/a.json', name: 'a.json', text: '{}' });
    s.session.setMenuState([{ id: 'file.save', label: 'Save', enabled: true }]);
    expect(s.window.webContents.sent).toEqual([
      [IpcChannel.menuCommand, 'file.save'],
      [IpcChannel.fileOpened, { path: '/m/a.json', name: 'a.json', text: '{}' }],
    ]);
    expect(s.session.menuCommands()).toEqual([{ id: 'file.save', label: 'Save', enabled: true }]);
    expect(s.onMenuStateChanged).toHaveBeenCalledOnce();
  });

  it('closes keeping the backup, and says so, when the page crashes while main waits for its save', async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: true });
    s.ownBackup('window-a.1', Date.UTC(2026, 0, 2, 10, 4));
    electron.responses.push(0);
    const leaving = s.session.confirmLeave('close');
    await settle();
    s.window.webContents.crashed = true;
    s.window.webContents.emit('render-process-gone');
    expect(await leaving).toBe(true);
    expect(s.removed).toEqual([]);
    expect(electron.messages[1]).toBe('The window stopped responding, so the changes to a.json could not be saved.');
    expect(electron.details[1]).toMatch(/backup from .*2026.* is kept/);
  });

  it("after a renderer crash, closes without offering Don't Save, so the only backup is never deleted", async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: true });
    s.ownBackup('window-a.1');
    s.window.webContents.crashed = true;
    s.window.webContents.emit('render-process-gone');
    electron.responses.push(1, 0);
    s.window.close();
    await settle();
    expect(electron.messages).toEqual(['The window stopped responding, so the changes to a.json could not be saved.']);
    expect(s.removed).toEqual([]);
    expect(s.window.closeCalls).toBe(2);
  });

  it('decides on its own when a hung page never answers Save: keeps the backup and closes', async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: true });
    s.ownBackup('window-a.1');
    electron.responses.push(0, 0);
    s.window.close();
    await settle();
    expect(s.window.webContents.sent.some(([channel]) => channel === IpcChannel.saveBeforeClose)).toBe(true);
    for (const run of s.timers.due) run();
    await settle();
    expect(s.window.closeCalls).toBe(2);
    expect(s.removed).toEqual([]);
    expect(electron.messages[1]).toContain('stopped responding');
  });

  it("treats Electron's unresponsive event as a page that cannot answer", async () => {
    const s = setup();
    s.session.setDocumentState({ name: 'a.json', dirty: true });
    electron.responses.push(0, 0);
    const leaving = s.session.confirmLeave('close');
    await settle();
    s.window.emit('unresponsive');
    expect(await leaving).toBe(true);
    expect(electron.details[1]).toBe('No backup of them had been made yet.');
  });

  it('counts clicks and key presses main saw reach the page as gestures, one action each', () => {
    const s = setup();
    expect(s.session.takeGesture()).toBe(false);
    s.window.webContents.emit('input-event', {}, { type: 'mouseMove' });
    expect(s.session.takeGesture()).toBe(false);
    s.window.webContents.emit('input-event', {}, { type: 'mouseDown' });
    expect(s.session.takeGesture()).toBe(true);
    expect(s.session.takeGesture()).toBe(false);
  });

  it('lets go of its backups when the window closes, so the next launch offers what is left', () => {
    const s = setup();
    s.ownBackup('window-a.1');
    s.window.emit('closed');
    expect(s.owners.ownerOf('window-a.1')).toBeUndefined();
  });
});
