import { describe, expect, it } from 'vitest';
import { serializeMission } from '../../core/format/serialize';
import { smallMission } from '../../core/test-support/mission-builder';
import type { Diagnostic } from '../../core/validate/diagnostic.types';
import { createEditorStore, isDirty, sourceText } from './editor-store';

const text = serializeMission(smallMission());

function openStore(now = { t: 0 }) {
  const store = createEditorStore(() => now.t);
  store.getState().openText({ name: 'small.mission.json' }, text);
  return store;
}

describe('createEditorStore', () => {
  it('opens a valid file for editing, clean, with the file text as source', () => {
    const store = openStore();
    const s = store.getState();
    expect(s.doc?.mission.meta.id).toBe('small');
    expect(s.readOnly).toBe(false);
    expect(isDirty(s)).toBe(false);
    expect(sourceText(s)).toBe(text);
  });

  it('opens a file that does not load read-only, with its errors, and no mission', () => {
    const store = createEditorStore();
    store.getState().openText({ name: 'bad.mission.json' }, '{"format": ');
    const s = store.getState();
    expect(s.doc).toBeNull();
    expect(s.readOnly).toBe(true);
    expect(s.draftProblems[0]?.code).toBe('parse-error');
    expect(sourceText(s)).toBe('{"format": ');
  });

  it('counts edits to a file that did not load as unsaved work', () => {
    const store = createEditorStore();
    store.getState().openText({ name: 'bad.mission.json' }, '{"format": ');
    expect(isDirty(store.getState())).toBe(false);
    store.getState().setSourceText('{"format": "mission-studio/1"');
    expect(isDirty(store.getState())).toBe(true);
  });

  it('becomes editable once the broken text is fixed in the source view, and counts as unsaved', () => {
    const store = createEditorStore();
    store.getState().openText({ name: 'bad.mission.json' }, text.slice(0, 100));
    store.getState().setSourceText(text);
    const s = store.getState();
    expect(s.readOnly).toBe(false);
    expect(s.doc?.mission.meta.id).toBe('small');
    expect(isDirty(s)).toBe(true);
  });

  it('updates the source text after a graph edit, and is clean again after undo', () => {
    const store = openStore();
    store.getState().edit({ kind: 'update-node', id: 'win', title: 'Victory' });
    expect(sourceText(store.getState())).toContain('"title": "Victory"');
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(false);
    expect(sourceText(store.getState())).not.toContain('"title": "Victory"');
  });

  it('applies a valid text edit to the mission as one undo step per typing burst', () => {
    const now = { t: 0 };
    const store = openStore(now);
    store.getState().setSourceText(text.replace('"title": "Small"', '"title": "Smal"'));
    now.t = 200;
    store.getState().setSourceText(text.replace('"title": "Small"', '"title": "Smalle"'));
    expect(store.getState().doc?.mission.meta.title).toBe('Smalle');
    expect(store.getState().doc?.history.past).toHaveLength(1);
  });

  it('keeps the last good mission while the text is invalid, and lists where the text is wrong', () => {
    const store = openStore();
    store.getState().setSourceText(text.replace('"title": "Small",', '"title": "Small",,'));
    const s = store.getState();
    expect(s.doc?.mission.meta.title).toBe('Small');
    expect(s.draftProblems[0]).toMatchObject({ code: 'parse-error', range: { line: 5 } });
    expect(isDirty(s)).toBe(true);
  });

  it('drops invalid pending text on the first undo, keeping the last valid change', () => {
    const store = openStore();
    store.getState().edit({ kind: 'update-node', id: 'win', title: 'Victory' });
    store.getState().setSourceText('{ broken');
    store.getState().undo();
    expect(store.getState().draftText).toBeNull();
    expect(store.getState().doc?.mission.nodes.find((n) => n.id === 'win')?.title).toBe('Victory');
  });

  it('is clean after saving and dirty after the next edit', () => {
    const store = openStore();
    store.getState().edit({ kind: 'update-node', id: 'win', title: 'Victory' });
    store.getState().markSaved({ name: 'small.mission.json', path: '/tmp/small.mission.json' });
    expect(isDirty(store.getState())).toBe(false);
    store.getState().edit({ kind: 'update-node', id: 'win', title: 'Victory!' });
    expect(isDirty(store.getState())).toBe(true);
  });

  it('selects and reveals a node on request, with a new sequence number each time', () => {
    const store = openStore();
    store.getState().revealNode('talk');
    const first = store.getState().reveal?.seq ?? 0;
    store.getState().revealNode('talk');
    expect(store.getState().selection.nodeIds).toEqual(['talk']);
    expect(store.getState().reveal).toMatchObject({ nodeId: 'talk', where: 'graph', seq: first + 1 });
  });

  it('ignores edits while the document is read-only', () => {
    const store = createEditorStore();
    store.getState().openText({ name: 'bad.mission.json' }, '[]');
    store.getState().edit({ kind: 'update-node', id: 'win', title: 'x' });
    expect(store.getState().doc).toBeNull();
  });
});

describe('the play check in the store', () => {
  const range = { offset: 10, length: 5, line: 2, column: 3 };
  const finding = (nodeId: string): Diagnostic => ({ code: 'unreachable-ending', severity: 'warning', message: `no way to ${nodeId}`, nodeId, path: '/nodes/5', range });
  const summary = { ways: [], states: 9, complete: true, endings: 2, reachableEndings: 1, fights: 0, elapsedMs: 1 };
  const warning: Diagnostic = { code: 'unused-variable', severity: 'warning', message: 'unused', path: '/variables/0' };

  it('adds the findings of a finished check to the validator\'s, and replaces them on the next one', () => {
    const store = openStore();
    store.getState().setDiagnostics([warning]);
    store.getState().setPlayCheck({ status: 'done', summary }, [finding('win')]);
    expect(store.getState().diagnostics.map((d) => d.code)).toEqual(['unused-variable', 'unreachable-ending']);
    store.getState().setPlayCheck({ status: 'done', summary }, []);
    expect(store.getState().diagnostics).toEqual([warning]);
  });

  it('keeps the findings through a new validation, without their now-moved ranges, for nodes that still exist', () => {
    const store = openStore();
    store.getState().setPlayCheck({ status: 'done', summary }, [finding('win'), finding('gone')]);
    store.getState().setDiagnostics([warning]);
    const kept = store.getState().diagnostics.filter((d) => d.code === 'unreachable-ending');
    expect(kept.map((d) => d.nodeId)).toEqual(['win']);
    expect(kept[0]?.range).toBeUndefined();
  });

  it('drops the findings when the mission has errors, and when another file opens', () => {
    const store = openStore();
    store.getState().setPlayCheck({ status: 'done', summary }, [finding('win')]);
    store.getState().setDiagnostics([{ ...warning, code: 'dead-end', severity: 'error' }]);
    expect(store.getState().diagnostics.map((d) => d.code)).toEqual(['dead-end']);
    store.getState().setPlayCheck({ status: 'done', summary }, [finding('win')]);
    store.getState().openText({ name: 'again.mission.json' }, text);
    expect(store.getState().playCheck).toEqual({ status: 'idle' });
    expect(store.getState().diagnostics.some((d) => d.code === 'unreachable-ending')).toBe(false);
  });
});
