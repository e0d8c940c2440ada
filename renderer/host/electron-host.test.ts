import { describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../../preload/ipc-contract';
import { DEFAULT_MISSION } from './default-mission';
import { createElectronHost } from './electron-host';
import { FileChangedOnDiskError } from './file-changed-error';
import { createFakeBridge } from './testing/fake-bridge';

const launched: OpenedFile = { path: '/home/pat/ds9.mission.json', name: 'ds9.mission.json', text: '{}' };

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createElectronHost', () => {
  it('reads the launch file through the bridge, keeping its path', async () => {
    const host = createElectronHost(createFakeBridge({ readLaunchFile: async () => launched }).bridge);
    expect(host.kind).toBe('electron');
    expect(await host.readLaunchFile()).toEqual({ name: 'ds9.mission.json', text: '{}', path: '/home/pat/ds9.mission.json' });
    expect(await host.readDefaultMission()).toBe(DEFAULT_MISSION);
  });

  it('passes a cancelled open dialog through as null', async () => {
    expect(await createElectronHost(createFakeBridge().bridge).openFile()).toBeNull();
  });

  it('saves back to the path of an opened file, and asks for a place for a new one', async () => {
    const fake = createFakeBridge();
    const host = createElectronHost(fake.bridge);
    expect(await host.saveFile({ name: 'ds9.mission.json', text: 'a', path: '/home/pat/ds9.mission.json' })).toEqual({
      name: 'x.mission.json',
      path: '/home/pat/ds9.mission.json',
      onDisk: true,
    });
    await host.saveFile({ name: 'new.mission.json', text: 'b' });
    expect(fake.saves).toEqual([
      { text: 'a', path: '/home/pat/ds9.mission.json' },
      { text: 'b', suggestedName: 'new.mission.json' },
    ]);
  });

  it('exports through a save dialog, never over the open file', async () => {
    const fake = createFakeBridge();
    await createElectronHost(fake.bridge).saveFile(
      { name: 'copy.mission.json', text: 'c', path: '/home/pat/ds9.mission.json' },
      { copy: true },
    );
    expect(fake.saves).toEqual([{ text: 'c', suggestedName: 'copy.mission.json', copy: true }]);
  });

  it('turns a cancelled dialog into null and a change on disk into FileChangedOnDiskError', async () => {
    const fake = createFakeBridge();
    const host = createElectronHost(fake.bridge);
    fake.answerSavesWith(() => ({ status: 'cancelled' }));
    expect(await host.saveFile({ name: 'a.json', text: '' })).toBeNull();
    fake.answerSavesWith((request) => ({ status: 'changed-on-disk', path: request.path!, name: 'a.json' }));
    await expect(host.saveFile({ name: 'a.json', text: '', path: '/a.json' })).rejects.toBeInstanceOf(FileChangedOnDiskError);
    await host.saveFile({ name: 'a.json', text: '', path: '/a.json' }, { overwriteChanged: true }).catch(() => undefined);
    expect(fake.saves.at(-1)).toEqual({ text: '', path: '/a.json', overwriteChanged: true });
  });

  it('forwards files opened from outside until unsubscribed', () => {
    const fake = createFakeBridge();
    const listener = vi.fn();
    const unsubscribe = createElectronHost(fake.bridge).onFileOpened(listener);
    for (const forward of fake.listeners.fileOpened) forward(launched);
    unsubscribe();
    expect(fake.listeners.fileOpened.size).toBe(0);
    expect(listener).toHaveBeenCalledExactlyOnceWith({ name: launched.name, text: launched.text, path: launched.path });
  });

  it('passes on menu commands with a well-formed id only', () => {
    const fake = createFakeBridge();
    const listener = vi.fn();
    createElectronHost(fake.bridge).onMenuCommand(listener);
    for (const forward of fake.listeners.menuCommand) {
      forward('file.save');
      forward('');
      forward('<script>' as string);
      forward(42 as unknown as string);
    }
    expect(listener.mock.calls).toEqual([['file.save']]);
  });

  it("answers main's save-before-close request with whether the save happened", async () => {
    const fake = createFakeBridge();
    const host = createElectronHost(fake.bridge);
    let outcome: Promise<boolean> = Promise.resolve(true);
    host.onSaveBeforeClose(() => outcome);
    for (const ask of fake.listeners.saveBeforeClose) ask(7);
    outcome = Promise.reject(new Error('disk full'));
    for (const ask of fake.listeners.saveBeforeClose) ask(8);
    await settle();
    expect(fake.sent.filter((s) => s.method === 'answerSaveBeforeClose').map((s) => s.payload)).toEqual([
      { requestId: 7, saved: true },
      { requestId: 8, saved: false },
    ]);
  });

  it('reports document and menu state, backups, links, closing and native edits to main', async () => {
    const fake = createFakeBridge();
    const host = createElectronHost(fake.bridge);
    host.setDocumentState({ name: 'a.json', dirty: true });
    host.setMenuState([{ id: 'file.save', label: 'Save', enabled: true }]);
    await host.backups.write({ id: `${host.sessionId}.1`, name: 'a.json', text: 't' });
    await host.backups.remove({ id: `${host.sessionId}.1`, name: 'a.json' });
    await host.openExternal('https://example.org/');
    expect(host.closeWindow()).toBe(true);
    expect(host.nativeEdit('copy')).toBe(true);
    await settle();
    expect(fake.sent.map((s) => s.method)).toEqual([
      'setDocumentState',
      'setMenuState',
      'writeBackup',
      'removeBackup',
      'openExternal',
      'closeWindow',
      'nativeEdit',
    ]);
  });
});
