import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../state/editor-store';
import { documentStatus, sameStatus } from './document-status';
import { newMissionText } from './new-mission';

describe('documentStatus', () => {
  it('is null before a file is open, then names it, its path and whether it is dirty', () => {
    const store = createEditorStore({ send: () => undefined });
    expect(documentStatus(store.getState())).toBeNull();
    store.getState().openText({ name: 'a.mission.json', path: '/m/a.mission.json' }, newMissionText());
    expect(documentStatus(store.getState())).toEqual({ name: 'a.mission.json', path: '/m/a.mission.json', dirty: false });
    store.getState().edit({ kind: 'set-meta', meta: { ...store.getState().doc!.mission.meta, title: 'Changed' } });
    expect(documentStatus(store.getState())?.dirty).toBe(true);
    store.getState().undo();
    expect(documentStatus(store.getState())?.dirty).toBe(false);
  });

  it('leaves out the path of a document that has none', () => {
    const store = createEditorStore({ send: () => undefined });
    store.getState().openText({ name: 'untitled.mission.json' }, newMissionText());
    expect(documentStatus(store.getState())).toEqual({ name: 'untitled.mission.json', dirty: false });
  });
});

describe('sameStatus', () => {
  it('compares name, dirty mark and path', () => {
    expect(sameStatus({ name: 'a', dirty: true }, { name: 'a', dirty: true })).toBe(true);
    expect(sameStatus({ name: 'a', dirty: true }, { name: 'a', dirty: false })).toBe(false);
    expect(sameStatus({ name: 'a', dirty: true }, { name: 'a', dirty: true, path: '/a' })).toBe(false);
    expect(sameStatus(null, null)).toBe(true);
    expect(sameStatus(null, { name: 'a', dirty: false })).toBe(false);
  });
});
