import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  addRecentFile,
  createRecentFiles,
  formatRecentFiles,
  MAX_RECENT_FILES,
  parseRecentFiles,
  removeRecentFile,
  type RecentFilesDeps,
} from './recent-files';

const abs = (name: string) => resolve('/home/pat', name);

function fakeDeps(stored: string | null, existing: string[]) {
  const writes: string[] = [];
  const deps: RecentFilesDeps = {
    readText: async () => (stored === null ? Promise.reject(new Error('ENOENT')) : stored),
    writeText: async (_path, text) => void writes.push(text),
    exists: async (path) => existing.includes(path),
  };
  return { deps, writes };
}

describe('parseRecentFiles', () => {
  it('reads back what formatRecentFiles wrote', () => {
    const list = [abs('a.json'), abs('b.json')];
    expect(parseRecentFiles(formatRecentFiles(list))).toEqual(list);
  });

  it('drops entries that are not absolute paths, and duplicates', () => {
    const text = JSON.stringify({ version: 1, files: [abs('a.json'), 'relative.json', 7, null, 'x\0y', abs('a.json'), abs('b.json')] });
    expect(parseRecentFiles(text)).toEqual([abs('a.json'), abs('b.json')]);
  });

  it('returns an empty list for damaged or foreign JSON', () => {
    for (const text of ['', '{', '[]', '{"version":2,"files":[]}', '{"version":1,"files":"x"}', 'null']) {
      expect(parseRecentFiles(text)).toEqual([]);
    }
  });

  it('never returns more than the limit, nor a duplicate, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c', 'd').map(abs), fc.jsonValue()), { maxLength: 40 }), (files) => {
        const list = parseRecentFiles(JSON.stringify({ version: 1, files }));
        expect(list.length).toBeLessThanOrEqual(MAX_RECENT_FILES);
        expect(new Set(list).size).toBe(list.length);
      }),
    );
  });
});

describe('addRecentFile', () => {
  it('puts the file first, moves a listed one up, and caps the list', () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT_FILES + 2; i++) list = addRecentFile(list, abs(`m${i}.json`));
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]).toBe(abs(`m${MAX_RECENT_FILES + 1}.json`));
    list = addRecentFile(list, abs('m5.json'));
    expect(list[0]).toBe(abs('m5.json'));
    expect(list.filter((p) => p === abs('m5.json'))).toHaveLength(1);
  });

  it('removes a file', () => {
    expect(removeRecentFile([abs('a'), abs('b')], abs('a'))).toEqual([abs('b')]);
  });
});

describe('createRecentFiles', () => {
  it('loads the list, drops files that no longer exist and saves the cleaned list', async () => {
    const fake = fakeDeps(formatRecentFiles([abs('gone.json'), abs('here.json')]), [abs('here.json')]);
    const recent = createRecentFiles('/data/recent.json', fake.deps);
    await recent.load();
    expect(recent.list()).toEqual([abs('here.json')]);
    expect(fake.writes.map(parseRecentFiles)).toEqual([[abs('here.json')]]);
  });

  it('starts empty without a stored list, and persists each change in order', async () => {
    const fake = fakeDeps(null, []);
    const recent = createRecentFiles('/data/recent.json', fake.deps);
    const listener = vi.fn();
    recent.onChange(listener);
    await recent.load();
    expect(recent.list()).toEqual([]);
    await recent.add(abs('a.json'));
    await recent.add(abs('b.json'));
    await recent.remove(abs('a.json'));
    await recent.clear();
    expect(fake.writes.map(parseRecentFiles)).toEqual([[abs('a.json')], [abs('b.json'), abs('a.json')], [abs('b.json')], []]);
    expect(listener).toHaveBeenCalledTimes(5);
  });
});
