import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost, type BrowserFileAccess } from './browser-host';
import { DEFAULT_MISSION } from './default-mission';
import { createMemoryBackups } from './memory-backups';

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

  it('saves and exports by offering a download under the document name', async () => {
    const fake = fakeFiles(null);
    const host = createBrowserHost(fake.files);
    expect(await host.saveFile({ name: 'b.mission.json', text: '{"a":1}' })).toEqual({ name: 'b.mission.json' });
    await host.saveFile({ name: 'b-copy.mission.json', text: '{"a":2}' }, { copy: true });
    expect(fake.downloads).toEqual([
      { name: 'b.mission.json', text: '{"a":1}' },
      { name: 'b-copy.mission.json', text: '{"a":2}' },
    ]);
  });

  it('writes an export through the browser\'s save picker where it has one, and says when the user cancelled', async () => {
    const { files, downloads } = fakeFiles(null);
    const picked: Array<{ name: string; mimeType: string }> = [];
    let answer: string | null = 'mine.png';
    files.saveWithPicker = async (name, _data, mimeType) => {
      picked.push({ name, mimeType });
      return answer;
    };
    const host = createBrowserHost(files);
    expect(await host.saveExport({ name: 'second-wave.png', mimeType: 'image/png', data: new Uint8Array([137, 80]) })).toEqual({ name: 'mine.png' });
    answer = null;
    expect(await host.saveExport({ name: 'second-wave.png', mimeType: 'image/png', data: new Uint8Array([137, 80]) })).toBeNull();
    expect(picked).toEqual([{ name: 'second-wave.png', mimeType: 'image/png' }, { name: 'second-wave.png', mimeType: 'image/png' }]);
    expect(downloads).toEqual([]);
  });

  it('downloads an export, with its type, where the browser has no save picker', async () => {
    const { files, downloads } = fakeFiles(null);
    const host = createBrowserHost(files);
    expect(await host.saveExport({ name: 'second-wave.script.md', mimeType: 'text/markdown', data: '# Second Wave' })).toEqual({ name: 'second-wave.script.md' });
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
    await host.backups.write({ name: 'a.json', text: 'unsaved' });
    expect(await backups.list()).toEqual([{ name: 'a.json', savedAt: 5 }]);
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
