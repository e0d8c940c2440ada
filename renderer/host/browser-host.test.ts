import { describe, expect, it } from 'vitest';
import { createBrowserHost, type BrowserFileAccess } from './browser-host';
import { DEFAULT_MISSION } from './default-mission';

/** A file access that hands out `picked` and records downloads. */
function fakeFiles(picked: { name: string; text: string } | null) {
  const downloads: Array<{ name: string; text: string }> = [];
  const accepted: string[] = [];
  const files: BrowserFileAccess = {
    pickFile: async (accept) => {
      accepted.push(accept);
      return picked && { name: picked.name, text: async () => picked.text };
    },
    offerDownload: (name, text) => void downloads.push({ name, text }),
  };
  return { files, downloads, accepted };
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

  it('saves by offering a download under the document name', async () => {
    const fake = fakeFiles(null);
    const saved = await createBrowserHost(fake.files).saveFile({ name: 'b.mission.json', text: '{"a":1}' });
    expect(saved).toEqual({ name: 'b.mission.json' });
    expect(fake.downloads).toEqual([{ name: 'b.mission.json', text: '{"a":1}' }]);
  });
});
