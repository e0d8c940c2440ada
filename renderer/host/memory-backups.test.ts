import { describe, expect, it } from 'vitest';
import { backupKeyOf, createMemoryBackups, MAX_PAGE_BACKUPS } from './memory-backups';

describe('createMemoryBackups', () => {
  it('keeps one backup per document session, newest first, and forgets removed ones', async () => {
    let clock = 0;
    const backups = createMemoryBackups(() => ++clock);
    await backups.write({ id: 'tab-a.1', name: 'a.json', text: 'a1' });
    await backups.write({ id: 'tab-b.1', name: 'b.json', text: 'b' });
    await backups.write({ id: 'tab-a.1', name: 'a.json', text: 'a2' });
    expect(await backups.list()).toEqual([
      { id: 'tab-a.1', name: 'a.json', savedAt: 3 },
      { id: 'tab-b.1', name: 'b.json', savedAt: 2 },
    ]);
    expect(await backups.read({ id: 'tab-a.1', name: 'a.json' })).toEqual({ id: 'tab-a.1', name: 'a.json', text: 'a2', savedAt: 3 });
    await backups.remove({ id: 'tab-a.1', name: 'a.json' });
    expect(await backups.read({ id: 'tab-a.1', name: 'a.json' })).toBeNull();
  });

  it('keeps two tabs on files of the same name apart', async () => {
    const backups = createMemoryBackups();
    await backups.write({ id: 'tab-a.1', name: 'untitled.mission.json', text: 'A' });
    await backups.write({ id: 'tab-b.1', name: 'untitled.mission.json', text: 'B' });
    await backups.remove({ id: 'tab-a.1', name: 'untitled.mission.json' });
    expect((await backups.read({ id: 'tab-b.1', name: 'untitled.mission.json' }))?.text).toBe('B');
  });

  it(`keeps at most ${MAX_PAGE_BACKUPS}, dropping the oldest`, async () => {
    let clock = 0;
    const backups = createMemoryBackups(() => ++clock);
    for (let i = 0; i <= MAX_PAGE_BACKUPS; i++) await backups.write({ id: `tab-${i}.1`, name: `m${i}.json`, text: '' });
    const names = (await backups.list()).map((b) => b.name);
    expect(names).toHaveLength(MAX_PAGE_BACKUPS);
    expect(names).not.toContain('m0.json');
  });
});

describe('backupKeyOf', () => {
  it('depends on the session only', () => {
    expect(backupKeyOf({ id: 'tab-a.1' })).not.toBe(backupKeyOf({ id: 'tab-b.1' }));
  });
});
