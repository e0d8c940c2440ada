import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupRef, BackupWrite } from '../host/host.types';
import { BACKUP_DELAY_MS, createBackupScheduler, type BackupSnapshot } from './backup-scheduler';

/** Timers the test fires by hand, and a backup store that records what happened in order. */
function harness() {
  const timers = new Map<number, () => void>();
  let nextTimer = 0;
  const log: string[] = [];
  const stored = new Map<string, string>();
  const errors: unknown[] = [];
  const key = (ref: BackupRef) => ref.name;
  const scheduler = createBackupScheduler({
    write: async (backup: BackupWrite) => {
      log.push(`write ${key(backup)}: ${backup.text}`);
      stored.set(key(backup), backup.text);
    },
    remove: async (ref) => {
      log.push(`remove ${key(ref)}`);
      stored.delete(key(ref));
    },
    setTimer: (run, ms) => {
      expect(ms).toBe(BACKUP_DELAY_MS);
      timers.set(++nextTimer, run);
      return nextTimer;
    },
    clearTimer: (timer) => void timers.delete(timer as number),
    onError: (error) => void errors.push(error),
  });
  const fire = async () => {
    const pending = [...timers.values()];
    timers.clear();
    pending.forEach((run) => run());
    await scheduler.flush();
  };
  return { scheduler, timers, log, stored, errors, fire };
}

/** A document's snapshot; each name stands for its own document session unless `id` says otherwise. */
const snap = (name: string, dirty: boolean, text = 'text', path?: string, id = `session.${name}`): BackupSnapshot => ({
  ref: path === undefined ? { id, name } : { id, name, path },
  dirty,
  text: () => text,
});

describe('createBackupScheduler', () => {
  it('writes one backup a moment after the last of a burst of edits, with the latest text', async () => {
    const h = harness();
    h.scheduler.update(snap('a.json', true, 'one'));
    h.scheduler.update(snap('a.json', true, 'two'));
    h.scheduler.update(snap('a.json', true, 'three'));
    expect(h.timers.size).toBe(1);
    expect(h.log).toEqual([]);
    await h.fire();
    expect(h.log).toEqual(['write a.json: three']);
  });

  it('reads the text only when it writes', async () => {
    const h = harness();
    let reads = 0;
    for (let i = 0; i < 5; i++) h.scheduler.update({ ref: { id: 'session.a', name: 'a.json' }, dirty: true, text: () => `t${++reads}` });
    expect(reads).toBe(0);
    await h.fire();
    expect(reads).toBe(1);
  });

  it('removes its backup once the document is saved, and cancels a pending one', async () => {
    const h = harness();
    h.scheduler.update(snap('a.json', true));
    await h.fire();
    h.scheduler.update(snap('a.json', true, 'more'));
    h.scheduler.update(snap('a.json', false));
    await h.scheduler.flush();
    expect(h.timers.size).toBe(0);
    expect(h.log).toEqual(['write a.json: text', 'remove a.json']);
    expect(h.stored.size).toBe(0);
  });

  it('removes the backup of an untitled document once it is saved under a path', async () => {
    const h = harness();
    h.scheduler.update(snap('untitled.mission.json', true));
    await h.fire();
    h.scheduler.update(snap('ds9.mission.json', false, 'saved', '/m/ds9.mission.json'));
    await h.scheduler.flush();
    expect(h.stored.size).toBe(0);
  });

  it("never removes a backup it did not write (a crashed session's, waiting to be offered)", async () => {
    const h = harness();
    h.stored.set('second-wave.mission.json', 'from the crash');
    h.scheduler.update(snap('second-wave.mission.json', false));
    h.scheduler.update(null);
    await h.scheduler.flush();
    expect(h.log).toEqual([]);
  });

  it('removes an adopted backup once the restored work is saved, even before it wrote one', async () => {
    const h = harness();
    h.stored.set('crashed.json', 'restored');
    h.scheduler.adopt({ id: 'crashed-tab.1', name: 'crashed.json' });
    h.scheduler.update(snap('a.json', true));
    h.scheduler.update(snap('a.json', false));
    await h.scheduler.flush();
    expect(h.log).toEqual(['remove crashed.json']);
  });

  it('keeps an adopted backup until the work is written under this session, and for good when that write fails', async () => {
    const h = harness();
    h.scheduler.adopt({ id: 'crashed-tab.1', name: 'crashed.json' });
    h.scheduler.update(snap('a.json', true, 'restored work'));
    await h.fire();
    expect(h.log).toEqual(['write a.json: restored work', 'remove crashed.json']);

    const removed: string[] = [];
    const failing = createBackupScheduler({
      write: () => Promise.reject(new Error('quota exceeded')),
      remove: async (ref) => void removed.push(ref.id),
      setTimer: () => 1,
      clearTimer: () => undefined,
      onError: () => undefined,
    });
    failing.adopt({ id: 'crashed-tab.1', name: 'crashed.json' });
    failing.update(snap('a.json', true));
    await failing.flush();
    expect(removed).toEqual([]);
  });

  it('keeps one backup per document session through Save As renaming the file', async () => {
    const h = harness();
    h.scheduler.update(snap('untitled.mission.json', true, 'one', undefined, 'tab.1'));
    await h.fire();
    h.scheduler.update(snap('ds9.mission.json', true, 'two', '/m/ds9.mission.json', 'tab.1'));
    await h.fire();
    expect(h.log).toEqual(['write untitled.mission.json: one', 'write ds9.mission.json: two']);
  });

  it('drops the backup of a document another one replaced', async () => {
    const h = harness();
    h.scheduler.update(snap('a.json', true));
    await h.fire();
    h.scheduler.update(snap('b.json', true));
    await h.fire();
    expect(h.log).toEqual(['write a.json: text', 'remove a.json', 'write b.json: text']);
  });

  it('reports a failed write and keeps working', async () => {
    const h = harness();
    const failing = createBackupScheduler({
      write: () => Promise.reject(new Error('quota exceeded')),
      remove: async () => undefined,
      setTimer: () => 1,
      clearTimer: () => undefined,
      onError: (error) => void h.errors.push(error),
    });
    failing.update(snap('a.json', true));
    await failing.flush();
    expect(h.errors).toHaveLength(1);
  });

  it('ends with a backup exactly when the last state is dirty, for any sequence of edits and saves', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('a.json', 'b.json'), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 20 }),
        async (steps) => {
          const h = harness();
          for (const [name, dirty, tick] of steps) {
            h.scheduler.update(snap(name, dirty, `${name}:${dirty}`));
            if (tick) await h.fire();
          }
          await h.fire();
          const [lastName, lastDirty] = steps[steps.length - 1]!;
          expect([...h.stored.keys()]).toEqual(lastDirty ? [lastName] : []);
        },
      ),
    );
  });
});
