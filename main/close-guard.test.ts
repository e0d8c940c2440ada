import { describe, expect, it, vi } from 'vitest';
import { choiceOfResponse, createSaveRequests, decideLeave, unsavedChangesDialog, type SaveChoice } from './close-guard';

const steps = (dirty: boolean, choice: SaveChoice, saved = true) => ({
  dirty,
  ask: vi.fn(async () => choice),
  save: vi.fn(async () => saved),
});

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
    expect(await decideLeave(steps(true, 'save', true))).toBe('saved');
    expect(await decideLeave(steps(true, 'save', false))).toBe('stay');
  });
});

describe('unsavedChangesDialog', () => {
  it('offers Save, Don\'t Save and Cancel, with Cancel for Escape', () => {
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
    expect(await first).toBe(true);
    expect(await second).toBe(false);
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
    expect(await waiting).toBe(false);
    expect(
      await requests.request(() => {
        throw new Error('Object has been destroyed');
      }),
    ).toBe(false);
  });
});
