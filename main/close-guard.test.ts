import { describe, expect, it, vi } from 'vitest';
import {
  choiceOfResponse,
  createSaveRequests,
  decideLeave,
  keptBackupDialog,
  unsavedChangesDialog,
  type SaveAnswer,
  type SaveChoice,
  type Timers,
} from './close-guard';

const steps = (dirty: boolean, choice: SaveChoice, saved: SaveAnswer = 'saved', gone: () => boolean = () => false) => ({
  dirty,
  pageGone: gone,
  ask: vi.fn(async () => choice),
  save: vi.fn(async () => saved),
});

/** Timers that run only when the test says time passed. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    setTimer: (run, ms) => (pending.set(++next, { run, ms }), next),
    clearTimer: (timer) => void pending.delete(timer as number),
  };
  const elapse = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const timer of due) timer.run();
  };
  return { timers, pending, elapse };
}

describe('decideLeave', () => {
  it('lets a clean document go without asking', async () => {
    const clean = steps(false, 'cancel');
    expect(await decideLeave(clean)).toBe('clean');
    expect(clean.ask).not.toHaveBeenCalled();
  });

  it('stays when the user cancels, and goes on without saving when they discard', async () => {
    const cancel = steps(true, 'cancel');
    expect(await decideLeave(cancel)).toBe('stay');
    expect(cancel.save).not.toHaveBeenCalled();
    expect(await decideLeave(steps(true, 'discard'))).toBe('discarded');
  });

  it('goes on after Save only when the save happened', async () => {
    expect(await decideLeave(steps(true, 'save', 'saved'))).toBe('saved');
    expect(await decideLeave(steps(true, 'save', 'not-saved'))).toBe('stay');
  });

  it('keeps the backup, without asking, when the page is already gone', async () => {
    const gone = steps(true, 'discard', 'saved', () => true);
    expect(await decideLeave(gone)).toBe('abandoned');
    expect(gone.ask).not.toHaveBeenCalled();
  });

  it("never treats Don't Save as dropping the work when the page went away while the question was up", async () => {
    let gone = false;
    const racing = steps(true, 'discard', 'saved', () => gone);
    racing.ask.mockImplementation(async () => {
      gone = true;
      return 'discard';
    });
    expect(await decideLeave(racing)).toBe('abandoned');
  });

  it('goes on keeping the backup when the page never answers Save', async () => {
    expect(await decideLeave(steps(true, 'save', 'no-answer'))).toBe('abandoned');
  });
});

describe('keptBackupDialog', () => {
  it('says the work was not saved, and whether a backup of it is kept', () => {
    expect(keptBackupDialog('a.json', 'today 10:04').detail).toContain('backup from today 10:04 is kept');
    expect(keptBackupDialog('a.json', null).detail).toContain('No backup');
    expect(keptBackupDialog('a.json', null).message).toContain('a.json could not be saved');
  });
});

describe('unsavedChangesDialog', () => {
  it("offers Save, Don't Save and Cancel, with Cancel for Escape", () => {
    const options = unsavedChangesDialog('ds9.mission.json', 'close');
    expect(options.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(options.message).toContain('ds9.mission.json');
    expect(choiceOfResponse(options.defaultId!)).toBe('save');
    expect(choiceOfResponse(options.cancelId!)).toBe('cancel');
    expect(choiceOfResponse(1)).toBe('discard');
    expect(choiceOfResponse(7)).toBe('cancel');
  });
});

describe('createSaveRequests', () => {
  it('resolves each request with its own answer', async () => {
    const requests = createSaveRequests();
    const sent: number[] = [];
    const first = requests.request((id) => sent.push(id));
    const second = requests.request((id) => sent.push(id));
    expect(new Set(sent).size).toBe(2);
    expect(requests.answer(sent[1]!, false)).toBe(true);
    expect(requests.answer(sent[0]!, true)).toBe(true);
    expect(await first).toBe('saved');
    expect(await second).toBe('not-saved');
  });

  it('ignores answers to requests it never sent or already settled', () => {
    const requests = createSaveRequests();
    let sent = 0;
    void requests.request((id) => (sent = id));
    expect(requests.answer(sent + 100, true)).toBe(false);
    expect(requests.answer(sent, true)).toBe(true);
    expect(requests.answer(sent, true)).toBe(false);
  });

  it('settles waiting requests as unsaved when the page goes away or cannot be reached', async () => {
    const requests = createSaveRequests();
    const waiting = requests.request(() => undefined);
    requests.cancelAll();
    expect(await waiting).toBe('no-answer');
    expect(
      await requests.request(() => {
        throw new Error('Object has been destroyed');
      }),
    ).toBe('no-answer');
  });

  it('decides on its own when a hung page never answers', async () => {
    const clock = manualTimers();
    const requests = createSaveRequests(1000, clock.timers);
    const waiting = requests.request(() => undefined);
    expect([...clock.pending.values()].map((t) => t.ms)).toEqual([1000]);
    clock.elapse();
    expect(await waiting).toBe('no-answer');
  });

  it("waits again while the page shows it is alive, and not at all while main's own dialog is up", async () => {
    const clock = manualTimers();
    const requests = createSaveRequests(1000, clock.timers);
    let id = 0;
    const waiting = requests.request((sent) => (id = sent));
    requests.keepAlive();
    expect(clock.pending.size).toBe(1);
    requests.pause();
    expect(clock.pending.size).toBe(0);
    requests.resume();
    expect(clock.pending.size).toBe(1);
    requests.answer(id, true);
    expect(clock.pending.size).toBe(0);
    expect(await waiting).toBe('saved');
  });
});
