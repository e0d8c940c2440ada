import { describe, expect, it } from 'vitest';
import { backupKeyOf, createMemoryBackups, MAX_PAGE_BACKUPS } from './memory-backups';

describe('createMemoryBackups', () => {
  it('keeps one backup per document, newest first, and forgets removed ones', async () => {
    let clock = 0;
    const backups = createMemoryBackups(() => ++clock);
    await backups.write({ name: 'a.json', text: 'a1' });
    await backups.write({ name: 'b.json', text: 'b' });
    await backups.write({ name: 'a.json', text: 'a2' });
    expect(await backups.list()).toEqual([
      { name: 'a.json', savedAt: 3 },
      { name: 'b.json', savedAt: 2 },
    ]);
    expect(await backups.read({ name: 'a.json' })).toEqual({ name: 'a.json', text: 'a2', savedAt: 3 });
    await backups.remove({ name: 'a.json' });
    expect(await backups.read({ name: 'a.json' })).toBeNull();
  });

  it(`keeps at most ${MAX_PAGE_BACKUPS}, dropping the oldest`, async () => {
    let clock = 0;
    const backups = createMemoryBackups(() => ++clock);
    for (let i = 0; i <= MAX_PAGE_BACKUPS; i++) await backups.write({ name: `m${i}.json`, text: '' });
    const names = (await backups.list()).map((b) => b.name);
    expect(names).toHaveLength(MAX_PAGE_BACKUPS);
    expect(names).not.toContain('m0.json');
  });
});

describe('backupKeyOf', () => {
  it('tells a file with a path from an untitled one of the same name', () => {
    expect(backupKeyOf({ name: 'a.json' })).not.toBe(backupKeyOf({ name: 'a.json', path: 'a.json' }));
  });
});
