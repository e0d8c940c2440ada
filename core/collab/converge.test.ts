import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadMission } from '../format/load';
import { serializeMission } from '../format/serialize';
import { smallMission } from '../test-support/mission-builder';
import { editFor, editIntent, type EditIntent } from '../test-support/random-edits';
import { applyEditToDoc } from './edit-to-doc';
import { readMission, writeMission } from './mission-doc';

const REPLICAS = ['a', 'b', 'c'] as const;

// One step of a schedule: a replica edits, or one replica sends another what it has that the other lacks.
type Step = { replica: number; intent: EditIntent } | { from: number; to: number };

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

function startReplicas(): [Y.Doc, Y.Doc, Y.Doc] {
  const seed = new Y.Doc();
  writeMission(seed, smallMission());
  const update = Y.encodeStateAsUpdate(seed);
  const replica = (): Y.Doc => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    return doc;
  };
  return [replica(), replica(), replica()];
}

function run(docs: readonly Y.Doc[], steps: Step[]): void {
  const at = (i: number): Y.Doc => docs[i] as Y.Doc;
  for (const step of steps) {
    if ('intent' in step) {
      const doc = at(step.replica);
      const edit = editFor(readMission(doc)!, step.intent, REPLICAS[step.replica] ?? 'x');
      if (edit) applyEditToDoc(doc, edit);
    } else if (step.from !== step.to) sync(at(step.from), at(step.to));
  }
}

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ replica: fc.nat(2), intent: editIntent() }) },
  fc.record({ from: fc.nat(2), to: fc.nat(2) }),
);

describe('co-editing a mission as a Yjs document', () => {
  it('reads back the mission it was given', () => {
    const doc = new Y.Doc();
    writeMission(doc, smallMission());
    expect(serializeMission(readMission(doc)!)).toBe(serializeMission(smallMission()));
  });

  it('merges two people typing in one line by character', () => {
    const [a, b] = startReplicas();
    const line = (doc: Y.Doc) => readMission(doc)!.nodes.find((n) => n.id === 'talk')!;
    applyEditToDoc(a, { kind: 'replace-text', changes: [{ nodeId: 'talk', path: '/data/lines/0', text: 'Well, what will it be?' }] });
    applyEditToDoc(b, { kind: 'replace-text', changes: [{ nodeId: 'talk', path: '/data/lines/0', text: 'What will it be, friend?' }] });
    sync(a, b);
    sync(b, a);
    for (const doc of [a, b]) expect(line(doc).data).toMatchObject({ lines: ['Well, what will it be, friend?'] });
  });

  it('keeps both of two nodes added at once and deletes a node one person edits while another deletes it', () => {
    const [a, b] = startReplicas();
    applyEditToDoc(a, { kind: 'update-node', id: 'win', title: 'Victory' });
    applyEditToDoc(b, { kind: 'delete', nodeIds: ['win'], edgeIds: [] });
    applyEditToDoc(a, editFor(readMission(a)!, { op: 'add-node', kind: 0, x: 0, y: 0 }, 'a')!);
    applyEditToDoc(b, editFor(readMission(b)!, { op: 'add-node', kind: 0, x: 0, y: 0 }, 'b')!);
    sync(a, b);
    sync(b, a);
    const ids = readMission(a)!.nodes.map((n) => n.id);
    expect(ids).toEqual(readMission(b)!.nodes.map((n) => n.id));
    expect(ids).not.toContain('win');
    expect(ids).toEqual(expect.arrayContaining(['narration-a-1', 'narration-b-1']));
  });

  it('converges, from any schedule of edits and syncs among three replicas, to one mission that loads', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.array(fc.nat(2), { minLength: 3, maxLength: 3 }), (steps, finalOrder) => {
        const docs = startReplicas();
        run(docs, steps);
        // Everyone hears from everyone, in an order the schedule picks, then once more so all have all.
        const all = [0, 1, 2];
        for (const from of [...finalOrder, ...all]) for (const to of all) if (from !== to) sync(docs[from] as Y.Doc, docs[to] as Y.Doc);
        const texts = docs.map((doc) => serializeMission(readMission(doc)!));
        expect(texts[1]).toBe(texts[0]);
        expect(texts[2]).toBe(texts[0]);
        const loaded = loadMission(texts[0] as string);
        expect(loaded.diagnostics.filter((d) => d.code === 'schema' || d.code === 'parse-error')).toEqual([]);
        expect(loaded.mission).not.toBeNull();
      }),
      { numRuns: 80 },
    );
  });
});
