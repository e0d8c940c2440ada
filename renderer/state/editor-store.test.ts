// The document store with the real pipeline (inline: no Worker in Node), the check store and the UI store,
// as a window has them: what the user sees after each kind of edit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeMission } from '@mission-studio/core/format';
import { smallMission } from '@mission-studio/core/test-support';
import { settle, testServices } from '../test-support/test-services';
import { sourceProblems, sourceText } from '../source/source-state';
import { allDiagnostics } from './check-store';
import { canEdit, isDirty } from './editor-store';

const text = serializeMission(smallMission());

async function opened(fileText = text) {
  const services = testServices();
  services.store.getState().openText({ name: 'small.mission.json' }, fileText);
  await settle();
  const shown = () => sourceText(services.store.getState(), services.checks.getState());
  return { ...services, shown };
}

const retitle = (title: string) => ({ kind: 'update-node' as const, id: 'win', title });

describe('the document store, with its pipeline', () => {
  it("opens a valid file for editing, clean, with the file's own text and its diagnostics", async () => {
    const { store, checks, shown } = await opened();
    expect(store.getState().doc?.mission.meta.id).toBe('small');
    expect(canEdit(store.getState())).toBe(true);
    expect(isDirty(store.getState())).toBe(false);
    expect(shown()).toBe(text);
    expect(checks.getState().revision).toBe(store.getState().revision);
  });

  it('upgrades a version 1 file as it opens: says so, shows and saves version 2, and counts it as unsaved', async () => {
    const v1 = readFileSync('core/format/fixtures/tutorial.v1.mission.json', 'utf8');
    const { store, shown } = await opened(v1);
    const s = store.getState();
    expect(s.upgrade).toEqual({ from: 'mission-studio/1', to: 'mission-studio/2', migrations: ['declare-source-language'] });
    expect(s.doc?.mission.meta.languages).toEqual(['en']);
    expect(shown()).toContain('"format": "mission-studio/2"');
    expect(isDirty(s)).toBe(true);
    s.markSaved({ name: 'tutorial.mission.json' });
    expect(store.getState().upgrade).toBeNull();
    expect(isDirty(store.getState())).toBe(false);
  });

  it('opens a file that does not load read-only, with its errors, and no mission', async () => {
    const { store, checks, shown } = await opened('{"format": ');
    const s = store.getState();
    expect(s.doc).toBeNull();
    expect(s.readOnly).toBe(true);
    expect(sourceProblems(s, checks.getState())[0]?.code).toBe('parse-error');
    expect(shown()).toBe('{"format": ');
    expect(isDirty(s)).toBe(false);
  });

  it('becomes editable once the broken text is fixed in the source view, and counts as unsaved', async () => {
    const { store } = await opened('{"format": ');
    store.getState().setSourceText('{"format": "mission-studio/1"');
    await settle();
    expect(isDirty(store.getState())).toBe(true);
    store.getState().setSourceText(text);
    await settle();
    expect(store.getState().readOnly).toBe(false);
    expect(store.getState().doc?.mission).toEqual(smallMission());
    expect(store.getState().savedAt).toBe('unsaved');
  });

  it('shows the text of a graph edit once the pipeline answers, and is clean again after undo', async () => {
    const { store, checks, shown } = await opened();
    store.getState().edit(retitle('Quark Talks'));
    expect(isDirty(store.getState())).toBe(true);
    await settle();
    expect(shown()).toContain('"title": "Quark Talks"');
    expect(checks.getState().revision).toBe(store.getState().revision);
    expect(checks.getState().change?.insert).toContain('Quark Talks');
    store.getState().undo();
    await settle();
    expect(shown()).toBe(text);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('turns valid typed text into the mission, one undo step per typing burst, sharing unchanged parts', async () => {
    const { store } = await opened();
    const before = store.getState().doc!.mission;
    store.getState().setSourceText(text.replace('"Quark talks."', '"Quark talks!"'));
    await settle();
    store.getState().setSourceText(text.replace('"Quark talks."', '"Quark talks!!"'));
    await settle();
    const after = store.getState().doc!.mission;
    expect(after.nodes.find((n) => n.id === 'win')?.data).toEqual({ outcome: 'success', text: 'Quark talks!!' });
    expect(after.variables).toBe(before.variables);
    expect(store.getState().doc?.history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc?.mission).toEqual(smallMission());
  });

  it("keeps the last good mission while the text does not load, read-only, with the text's problems", async () => {
    const { store, checks, shown } = await opened();
    store.getState().setSourceText(`${text.slice(0, -3)} oops`);
    await settle();
    const s = store.getState();
    expect(s.doc?.mission).toEqual(smallMission());
    expect(s.draft?.problems[0]?.code).toBe('parse-error');
    expect(sourceProblems(s, checks.getState())[0]?.code).toBe('parse-error');
    expect(shown()).toContain(' oops');
    expect(canEdit(s)).toBe(false);
    store.getState().edit(retitle('Lost'));
    expect(store.getState().doc?.mission).toEqual(smallMission());
  });

  it("drops text that does not load on the first undo (or Discard), back to the mission's own text", async () => {
    const { store, shown } = await opened();
    store.getState().edit(retitle('Kept'));
    store.getState().setSourceText('{ broken');
    await settle();
    store.getState().undo();
    await settle();
    expect(store.getState().draft).toBeNull();
    expect(store.getState().doc?.mission.nodes.find((n) => n.id === 'win')?.title).toBe('Kept');
    expect(shown()).toContain('"title": "Kept"');
  });

  it('applies a graph edit made while typed text is loading to the mission that text gives', async () => {
    const { store } = await opened();
    store.getState().setSourceText(text.replace('"Quark talks."', '"Quark talks at last."'));
    store.getState().edit(retitle('After the text'));
    await settle();
    const win = store.getState().doc?.mission.nodes.find((n) => n.id === 'win');
    expect(win?.title).toBe('After the text');
    expect(win?.data).toEqual({ outcome: 'success', text: 'Quark talks at last.' });
  });

  it('batches several edits into one step that whoever watches sees whole', async () => {
    const { store } = await opened();
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.doc?.mission.nodes.length ?? 0));
    store.getState().edit({
      kind: 'batch',
      label: 'Add and Connect',
      edits: [
        {
          kind: 'add-nodes',
          nodes: [{ id: 'extra', type: 'end', title: 'Extra', position: { x: 0, y: 0 }, data: { outcome: 'failure', text: 'No.' } }],
        },
        { kind: 'connect', edge: { id: 'talk.ask', source: 'talk', sourceHandle: 'ask', target: 'extra' } },
      ],
    });
    expect(seen).toEqual([8]);
    expect(store.getState().doc?.history.past.at(-1)?.label).toBe('Add and Connect');
  });

  it('is clean after saving and dirty after the next edit', async () => {
    const { store } = await opened();
    store.getState().edit(retitle('A'));
    store.getState().markSaved({ name: 'small.mission.json' });
    expect(isDirty(store.getState())).toBe(false);
    store.getState().edit(retitle('B'));
    expect(isDirty(store.getState())).toBe(true);
  });

  it('keeps the selection on what exists: a deleted node leaves it, an undone rename follows', async () => {
    const { store, ui } = await opened();
    ui.getState().select({ nodeIds: ['win', 'lose'], edgeIds: [] });
    store.getState().edit({ kind: 'delete', nodeIds: ['lose'], edgeIds: [] });
    expect(ui.getState().selection.nodeIds).toEqual(['win']);
    store.getState().edit({ kind: 'rename-node', from: 'win', to: 'victory' });
    expect(ui.getState().selection.nodeIds).toEqual(['victory']);
    store.getState().undo();
    expect(ui.getState().selection.nodeIds).toEqual(['win']);
  });

  it('checks each edit once: one answer per revision, none for the text as opened', async () => {
    const { store, checks } = await opened();
    const revisions: number[] = [];
    checks.subscribe((s, p) => {
      if (s.revision !== p.revision) revisions.push(s.revision);
    });
    store.getState().edit(retitle('One'));
    store.getState().edit(retitle('Two'));
    await settle();
    // Both edits reached the pipeline before it ran: their patches were applied, and checked once, together.
    expect(revisions).toEqual([store.getState().revision]);
    expect(allDiagnostics(checks.getState())).toEqual(checks.getState().diagnostics);
  });
});
