import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost, type BrowserFileAccess, type WritableFile } from './browser-host';
import { DEFAULT_MISSION } from './default-mission';
import { createMemoryBackups } from './memory-backups';
import type { TabSessions } from './tab-sessions';

/** A save picker that answers with `answers` in turn (a name, or null for Cancel), over a disk of written files. */
function fakePicker(files: BrowserFileAccess, answers: Array<string | null>, failWrites = false) {
  const disk = new Map<string, string | Uint8Array>();
  const asked: Array<{ name: string; mimeType: string }> = [];
  files.pickSaveFile = async (name, mimeType) => {
    asked.push({ name, mimeType });
    const answer = answers.shift() ?? null;
    if (answer === null) return null;
    const file: WritableFile = {
      name: answer,
      write: async (data) => {
        if (failWrites) throw new DOMException('The disk is full', 'QuotaExceededError');
        disk.set(answer, data);
      },
    };
    return file;
  };
  return { disk, asked };
}

/** A file access that hands out `picked` and records downloads. */
function fakeFiles(picked: { name: string; text: string } | null) {
  const downloads: Array<{ name: string; text: string | Uint8Array; mimeType?: string }> = [];
  const accepted: string[] = [];
  const files: BrowserFileAccess = {
    pickFile: async (accept) => {
      accepted.push(accept);
      return picked && { name: picked.name, text: async () => picked.text };
    },
    offerDownload: (name, text, mimeType) => void downloads.push({ name, text, ...(mimeType ? { mimeType } : {}) }),
  };
  return { files, downloads, accepted };
}

/** A window that keeps its `beforeunload` listener, so the test can fire it. */
function fakeWindow() {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const window = {
    addEventListener: (type: string, handler: (event: { preventDefault(): void }) => void) => {
      if (type === 'beforeunload') listener = handler;
    },
  } as unknown as Pick<Window, 'addEventListener'>;
  const unload = () => {
    const event = { preventDefault: vi.fn() };
    listener?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { window, unload };
}

describe('createBrowserHost', () => {
  it('serves the bundled reference mission and no launch file', async () => {
    const host = createBrowserHost(fakeFiles(null).files);
    expect(host.kind).toBe('browser');
    expect(await host.readDefaultMission()).toBe(DEFAULT_MISSION);
    expect(await host.readLaunchFile()).toBeNull();
  });

  it('opens the picked file as a document without a path, asking for JSON files', async () => {
    const fake = fakeFiles({ name: 'a.mission.json', text: '{}' });
    expect(await createBrowserHost(fake.files).openFile()).toEqual({ name: 'a.mission.json', text: '{}' });
    expect(fake.accepted).toEqual(['.json,application/json']);
  });

  it('returns null when the user cancels the picker', async () => {
    expect(await createBrowserHost(fakeFiles(null).files).openFile()).toBeNull();
  });

  it('saves by offering a download where there is no save picker, and does not claim the bytes are on disk', async () => {
    const fake = fakeFiles(null);
    const host = createBrowserHost(fake.files);
    expect(host.choosesFileNames).toBe(false);
    expect(await host.saveFile({ name: 'b.mission.json', text: '{"a":1}' })).toEqual({ name: 'b.mission.json', onDisk: false });
    await host.saveFile({ name: 'b-copy.mission.json', text: '{"a":2}' }, { copy: true });
    expect(fake.downloads).toEqual([
      { name: 'b.mission.json', text: '{"a":1}' },
      { name: 'b-copy.mission.json', text: '{"a":2}' },
    ]);
  });

  it("saves through the browser's save picker where it has one: asks where once, then writes back to that file", async () => {
    const { files, downloads } = fakeFiles(null);
    const picker = fakePicker(files, ['mine.mission.json']);
    const host = createBrowserHost(files);
    expect(host.choosesFileNames).toBe(true);
    const first = await host.saveFile({ name: 'b.mission.json', text: 'v1' });
    expect(first).toEqual({ name: 'mine.mission.json', path: expect.stringMatching(/^browser-file:/), onDisk: true });
    expect(await host.saveFile({ name: 'mine.mission.json', path: first!.path!, text: 'v2' })).toEqual(first);
    expect(picker.asked).toHaveLength(1);
    expect(picker.disk.get('mine.mission.json')).toBe('v2');
    expect(downloads).toEqual([]);
  });

  it("asks again for a copy, and never counts it as the document's file", async () => {
    const { files } = fakeFiles(null);
    const picker = fakePicker(files, ['a.mission.json', 'a copy.mission.json']);
    const host = createBrowserHost(files);
    const saved = await host.saveFile({ name: 'a.mission.json', text: 'v1' });
    expect(await host.saveFile({ name: 'a copy.mission.json', path: saved!.path!, text: 'v1' }, { copy: true })).toEqual({
      name: 'a copy.mission.json',
      onDisk: true,
    });
    expect(picker.asked).toHaveLength(2);
  });

  it('rejects a save whose write failed, and says when the user cancelled the picker', async () => {
    const { files } = fakeFiles(null);
    fakePicker(files, ['a.mission.json'], true);
    const host = createBrowserHost(files);
    await expect(host.saveFile({ name: 'a.mission.json', text: 'v1' })).rejects.toThrow('disk is full');
    expect(await host.saveFile({ name: 'a.mission.json', text: 'v1' })).toBeNull();
  });

  it("writes an export through the browser's save picker where it has one, and says when the user cancelled", async () => {
    const { files, downloads } = fakeFiles(null);
    const picker = fakePicker(files, ['mine.png', null]);
    const host = createBrowserHost(files);
    expect(await host.saveExport({ name: 'second-wave.png', mimeType: 'image/png', data: new Uint8Array([137, 80]) })).toEqual({
      name: 'mine.png',
      onDisk: true,
    });
    expect(await host.saveExport({ name: 'second-wave.png', mimeType: 'image/png', data: new Uint8Array([137, 80]) })).toBeNull();
    expect(picker.asked).toEqual([
      { name: 'second-wave.png', mimeType: 'image/png' },
      { name: 'second-wave.png', mimeType: 'image/png' },
    ]);
    expect(downloads).toEqual([]);
  });

  it('downloads an export, with its type, where the browser has no save picker', async () => {
    const { files, downloads } = fakeFiles(null);
    const host = createBrowserHost(files);
    expect(await host.saveExport({ name: 'second-wave.script.md', mimeType: 'text/markdown', data: '# Second Wave' })).toEqual({
      name: 'second-wave.script.md',
      onDisk: false,
    });
    expect(downloads).toEqual([{ name: 'second-wave.script.md', text: '# Second Wave', mimeType: 'text/markdown' }]);
  });

  it('asks before the tab is left only while there are unsaved changes', () => {
    const page = fakeWindow();
    const host = createBrowserHost(fakeFiles(null).files, { backups: createMemoryBackups(), window: page.window });
    expect(page.unload()).toBe(false);
    host.setDocumentState({ name: 'a.json', dirty: true });
    expect(page.unload()).toBe(true);
    host.setDocumentState({ name: 'a.json', dirty: false });
    expect(page.unload()).toBe(false);
  });

  it('keeps backups in the storage it was given', async () => {
    const backups = createMemoryBackups(() => 5);
    const host = createBrowserHost(fakeFiles(null).files, { backups });
    await host.backups.write({ id: `${host.sessionId}.1`, name: 'a.json', text: 'unsaved' });
    expect(await backups.list()).toEqual([{ id: `${host.sessionId}.1`, name: 'a.json', savedAt: 5 }]);
  });

  it("never lists another open tab's backup, only those of tabs that are gone", async () => {
    const backups = createMemoryBackups(() => 5);
    const open = new Set(['tab-b']);
    const tabs: TabSessions = { id: 'tab-a', others: async () => open };
    const host = createBrowserHost(fakeFiles(null).files, { backups, tabs });
    await backups.write({ id: 'tab-b.1', name: 'untitled.mission.json', text: 'B is still typing' });
    await backups.write({ id: 'tab-c.4', name: 'untitled.mission.json', text: 'C crashed' });
    expect((await host.backups.list()).map((b) => b.id)).toEqual(['tab-c.4']);
    open.clear();
    expect(await host.backups.list()).toHaveLength(2);
  });

  it('opens only http(s) links, in a new tab', async () => {
    const openUrl = vi.fn();
    const host = createBrowserHost(fakeFiles(null).files, { backups: createMemoryBackups(), openUrl });
    await host.openExternal('https://reactflow.dev/');
    await host.openExternal('javascript:alert(1)');
    await host.openExternal('file:///etc/passwd');
    expect(openUrl.mock.calls).toEqual([['https://reactflow.dev/']]);
  });

  it('cannot close the tab, reload by path or edit natively, and says so', async () => {
    const host = createBrowserHost(fakeFiles(null).files);
    expect(host.closeWindow()).toBe(false);
    expect(host.nativeEdit('copy')).toBe(false);
    await expect(host.reloadFile('/a.json')).rejects.toThrow();
  });
});
