import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { smallMission } from '../test-support/mission-builder';
import { editFor, editIntent, type EditIntent } from '../test-support/random-edits';
import { applyEditToDoc } from './edit-to-doc';
import { missionTypes, readMission, readWholeMission, writeMission } from './mission-doc';

// One step: a replica edits, undoes its last edit, or sends another replica what that one lacks.
type Step = { replica: number; intent: EditIntent } | { undo: number } | { from: number; to: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ replica: fc.nat(2), intent: editIntent() }) },
  { weight: 1, arbitrary: fc.record({ undo: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ from: fc.nat(2), to: fc.nat(2) }) },
);

interface Replica {
  doc: Y.Doc;
  origin: object;
  undo: Y.UndoManager;
}

function replicas(): Replica[] {
  const seed = new Y.Doc();
  writeMission(seed, smallMission());
  const update = Y.encodeStateAsUpdate(seed);
  return [0, 1, 2].map(() => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const origin = {};
    // captureTimeout 0: every edit is its own undo step, so an undo takes back exactly one edit.
    return { doc, origin, undo: new Y.UndoManager(missionTypes(doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 }) };
  });
}

// Same keys in the same order, same values: the text a file would get, without the file's formatting.
const asText = (doc: Y.Doc): string => JSON.stringify(readMission(doc));
const wholeText = (doc: Y.Doc): string => JSON.stringify(readWholeMission(doc));

describe('reading a mission from its document incrementally', () => {
  it('equals a whole read after every step of any schedule of edits, undos and syncs among three replicas', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const all = replicas();
        for (const s of steps) {
          if ('intent' in s) {
            const { doc, origin } = all[s.replica] as Replica;
            const edit = editFor(readMission(doc)!, s.intent, String(s.replica));
            if (edit) applyEditToDoc(doc, edit, origin);
          } else if ('undo' in s) (all[s.undo] as Replica).undo.undo();
          else if (s.from !== s.to) {
            const [from, to] = [(all[s.from] as Replica).doc, (all[s.to] as Replica).doc];
            Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
          }
          for (const { doc } of all) expect(asText(doc)).toBe(wholeText(doc));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('rebuilds only the node a remote keystroke changed and keeps every other part as the same object', () => {
    const [a, b] = replicas().map((r) => r.doc) as [Y.Doc, Y.Doc];
    const before = readMission(b)!;
    applyEditToDoc(a, { kind: 'replace-text', changes: [{ nodeId: 'talk', path: '/data/lines/0', text: 'Well?' }] });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    const after = readMission(b)!;
    expect(after).not.toBe(before);
    expect(after.meta).toBe(before.meta);
    expect(after.edges).toBe(before.edges);
    for (const [i, node] of after.nodes.entries()) {
      if (node.id === 'talk') expect(node.data).toMatchObject({ lines: ['Well?'] });
      else expect(node).toBe(before.nodes[i]);
    }
  });

  it('gives the same mission object back while nothing changes', () => {
    const [a] = replicas();
    expect(readMission(a!.doc)).toBe(readMission(a!.doc));
  });
});
