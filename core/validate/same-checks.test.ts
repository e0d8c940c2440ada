import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import tutorial from '../../missions/tutorial.mission.json';
import type { Mission } from '../format/mission.types';
import { smallMission } from '../test-support/mission-builder';
import { sameChecks } from './same-checks';
import { validateMission } from './validate-mission';

/** The samples, and versions of them with problems: a node missing a field, a broken place, a bad frame. */
const samples: Mission[] = [
  smallMission(),
  secondWave as unknown as Mission,
  tutorial as unknown as Mission,
  produce(secondWave as unknown as Mission, (d) => void delete (d.nodes[4] as { title?: string }).title),
  produce(secondWave as unknown as Mission, (d) => void ((d.nodes[2]!.position as { x: unknown }).x = 'left')),
  produce(tutorial as unknown as Mission, (d) => void (d.nodes[1]!.position = { x: 1 } as never)),
  produce(secondWave as unknown as Mission, (d) => {
    const group = d.nodes.find((n) => n.type === 'group');
    if (group) (group.data as { width: number }).width = -5;
  }),
];

/** A value put at a node's place: mostly good places, sometimes broken ones. */
const place = fc.oneof(
  fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.double({ noNaN: true, min: -5000, max: 5000 }) }),
  fc.constantFrom<unknown>({ x: Number.NaN, y: 0 }, { x: 1 }, { x: 1, y: 2, z: 3 }, null, 'here'),
);
const frame = fc.oneof(
  fc.record({ width: fc.integer({ min: 1, max: 900 }), height: fc.integer({ min: 1, max: 900 }) }),
  fc.constantFrom<unknown>({ width: 0, height: 10 }, { width: 10 }, { width: 10, height: 10, colour: 'red' }),
);

type Move = { node: number; position: unknown } | { node: number; frame: unknown } | { node: number; title: string };
const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ node: fc.nat(), position: place }) },
  { weight: 2, arbitrary: fc.record({ node: fc.nat(), frame }) },
  { weight: 1, arbitrary: fc.record({ node: fc.nat(), title: fc.constantFrom('', 'Renamed', 'The Trem') }) },
);

function apply(mission: Mission, moves: Move[]): Mission {
  return produce(mission, (draft) => {
    for (const m of moves) {
      const node = draft.nodes[m.node % draft.nodes.length]!;
      if ('position' in m) node.position = m.position as never;
      else if ('frame' in m) node.data = m.frame as never;
      else node.title = m.title;
    }
  });
}

const problems = (mission: Mission) => validateMission(mission);

describe('sameChecks', () => {
  it('answers true only where validateMission finds exactly the same problems', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(move, { minLength: 1, maxLength: 4 }), (pick, moves) => {
        const before = samples[pick % samples.length]!;
        const after = apply(before, moves);
        if (sameChecks(before, after)) expect(problems(after)).toEqual(problems(before));
      }),
      { numRuns: 300 },
    );
  });

  it('answers true for a drag of well-placed nodes and a resized group', () => {
    const before = secondWave as unknown as Mission;
    const group = before.nodes.findIndex((n) => n.type === 'group');
    const after = apply(before, [
      { node: 3, position: { x: 120, y: -40 } },
      { node: 7, position: { x: 0.5, y: 99 } },
      ...(group >= 0 ? [{ node: group, frame: { width: 640, height: 480 } }] : []),
    ]);
    expect(sameChecks(before, after)).toBe(true);
  });

  it('answers false for anything else a rule or the schema might see', () => {
    const before = secondWave as unknown as Mission;
    expect(sameChecks(before, apply(before, [{ node: 3, title: '' }]))).toBe(false);
    expect(sameChecks(before, apply(before, [{ node: 3, position: { x: 1 } }]))).toBe(false);
    expect(
      sameChecks(
        before,
        produce(before, (d) => void (d.meta.title = 'Other')),
      ),
    ).toBe(false);
    expect(
      sameChecks(
        before,
        produce(before, (d) => void d.nodes.pop()),
      ),
    ).toBe(false);
    const noted = produce(
      before,
      (d) => void (d.notes = [{ id: 'note-1', text: 'Ask art for the Trem portrait', position: { x: 0, y: 0 } }]),
    );
    expect(sameChecks(before, noted)).toBe(false);
    expect(
      sameChecks(
        noted,
        produce(noted, (d) => void delete d.notes),
      ),
    ).toBe(false);
  });
});
