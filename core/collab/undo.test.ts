import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { smallMission } from '../test-support/mission-builder';
import { applyEditToDoc } from './edit-to-doc';
import { missionTypes, readMission, writeMission } from './mission-doc';

// Undo in a shared room is Yjs's UndoManager over the mission's types, tracking only this client's origin: it
// takes back my edits and leaves everyone else's, even when theirs came after mine.
describe('undo in a shared room', () => {
  it('undoes only my own edits, keeping a later remote edit to the same line', () => {
    const mine = new Y.Doc();
    writeMission(mine, smallMission());
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    const me = {};
    const undo = new Y.UndoManager(missionTypes(mine), { trackedOrigins: new Set([me]) });
    const line = (doc: Y.Doc) => (readMission(doc)!.nodes.find((n) => n.id === 'talk')!.data as { lines: string[] }).lines[0];

    applyEditToDoc(
      mine,
      { kind: 'replace-text', changes: [{ nodeId: 'talk', path: '/data/lines/0', text: 'What will it be? Speak up.' }] },
      me,
    );
    applyEditToDoc(mine, { kind: 'update-node', id: 'win', title: 'Quark sings' }, me);
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    applyEditToDoc(theirs, {
      kind: 'replace-text',
      changes: [{ nodeId: 'talk', path: '/data/lines/0', text: 'Well? What will it be? Speak up.' }],
    });
    applyEditToDoc(theirs, { kind: 'update-node', id: 'lose', title: 'Quark leaves' });
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));

    while (undo.canUndo()) undo.undo();
    const after = readMission(mine)!;
    expect(line(mine)).toBe('Well? What will it be?');
    expect(after.nodes.find((n) => n.id === 'win')?.title).toBe('win');
    expect(after.nodes.find((n) => n.id === 'lose')?.title).toBe('Quark leaves');
  });
});
