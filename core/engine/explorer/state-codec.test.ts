import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VariableDecl } from '../../format/mission.types';
import { compileMission } from '../compile/compile-mission';
import { createCursor } from '../compile/cursor';
import { buildMission, n } from '../test-fixtures';
import { bitsFor, StateCodec } from './state-codec';

/** A mission whose branch reads every variable, so all of them go into the packed state. */
function missionWith(variables: VariableDecl[]) {
  const condition = variables.map((v) => (v.type === 'bool' ? v.id : `${v.id} == ${JSON.stringify(v.initial)}`)).join(' && ');
  return buildMission({
    variables,
    nodes: [n.start('s'), n.hub('h', [{ id: 'o', label: 'O', once: true, condition: `${condition} && visited("s")` }]), n.end('e')],
    edges: [['s', 'next', 'h']],
  });
}

describe('bitsFor', () => {
  it('gives the fewest bits that tell n values apart, at least one', () => {
    expect([1, 2, 3, 4, 5, 256, 257].map(bitsFor)).toEqual([1, 1, 2, 2, 3, 8, 9]);
  });
});

describe('StateCodec', () => {
  const variables: VariableDecl[] = [
    ...Array.from({ length: 40 }, (_, i): VariableDecl => ({ id: `f${i}`, type: 'bool', initial: false })),
    { id: 'count', type: 'number', initial: 0 },
    { id: 'name', type: 'string', initial: 'kai' },
    { id: 'mood', type: 'enum', initial: 'calm', values: ['calm', 'tense', 'angry'] },
  ];
  const cm = compileMission(missionWith(variables));

  it('packs a cursor and unpacks it unchanged, across several words', () => {
    const codec = new StateCodec(cm, new Map());
    expect(codec.words).toBeGreaterThan(1);
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.integer({ min: -5, max: 300 }),
        fc.constantFrom('kai', 'ro', 'odo'),
        fc.constantFrom('calm', 'tense', 'angry'),
        fc.integer({ min: 0, max: cm.nodeCount - 1 }),
        fc.boolean(),
        fc.boolean(),
        (flags, count, name, mood, node, once, visited) => {
          const c = createCursor(cm, 'federation');
          flags.forEach((f, i) => (c.vars[i] = f));
          c.vars[40] = count;
          c.vars[41] = name;
          c.vars[42] = mood;
          c.node = node;
          c.once[0] = once ? 1 : 0;
          c.visited[0] = visited ? 1 : 0;
          const buf = new Int32Array(codec.words);
          expect(codec.pack(c, buf)).toBe(true);
          const back = createCursor(cm, 'federation');
          codec.unpack(buf, 0, back);
          expect([back.node, back.vars, back.once, back.visited]).toEqual([c.node, c.vars, c.once, c.visited]);
          expect(codec.nodeOf(buf, 0)).toBe(node);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('repacks only what changed to the same words a full pack gives', () => {
    const codec = new StateCodec(cm, new Map());
    const before = createCursor(cm, 'federation');
    before.node = 1;
    const packed = new Int32Array(codec.words);
    codec.pack(before, packed);
    const after = createCursor(cm, 'federation');
    after.node = 2;
    after.vars[39] = true;
    after.vars[40] = 12;
    after.written[0] = 39;
    after.written[1] = 40;
    after.writtenCount = 2;
    after.once[0] = 1;
    after.flagsChanged = true;
    const changed = new Int32Array(codec.words);
    const full = new Int32Array(codec.words);
    expect(codec.packChanges(packed, 0, after, changed, 0)).toBe(true);
    codec.pack(after, full);
    expect(changed).toEqual(full);
  });

  it('refuses a value once a field is full, naming the variable’s slot', () => {
    const codec = new StateCodec(cm, new Map());
    const c = createCursor(cm, 'federation');
    const buf = new Int32Array(codec.words);
    for (let v = 0; v < 2 ** codec.slotBits[40]!; v++) {
      c.vars[40] = v;
      expect(codec.pack(c, buf)).toBe(true);
    }
    c.vars[40] = -1;
    expect(codec.pack(c, buf)).toBe(false);
    expect(codec.overflowSlot).toBe(40);
  });

  it('leaves out variables that no condition reads', () => {
    const quiet = compileMission(buildMission({ variables, nodes: [n.start('s'), n.end('e')], edges: [['s', 'next', 'e']] }));
    expect(new StateCodec(quiet, new Map()).words).toBe(1);
  });
});
