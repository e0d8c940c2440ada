import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import { buildMission, loopMission, n, randomMission, tourMission } from '../test-fixtures';
import { createRandomRunner } from './fast-run';
import type { CombatPolicyName } from './random-policy';
import { playRandomRun } from './simulator-run';

const secondWave = JSON.parse(readFileSync(join(__dirname, '../../../missions/second-wave.mission.json'), 'utf8')) as Mission;

/** The simulator's result without its state, to compare with the fast path's. */
function onSimulator(mission: Mission, seed: number, combatPolicy: CombatPolicyName, maxInputs?: number) {
  const { state: _state, ...result } = playRandomRun(mission, seed, { record: true, combatPolicy, ...(maxInputs ? { maxInputs } : {}) });
  return result;
}

describe('createRandomRunner', () => {
  for (const policy of ['auto', 'random'] as const) {
    it(`makes the same choices, fights and ending as the simulator on Second Wave (${policy} stances)`, () => {
      const fast = createRandomRunner(secondWave, { record: true, combatPolicy: policy });
      const endings = new Set<string | null>();
      for (let seed = 0; seed < 40; seed++) {
        const result = fast.run(seed);
        expect(result).toEqual(onSimulator(secondWave, seed, policy));
        endings.add(result.nodeId);
      }
      expect(endings.size).toBeGreaterThan(1); // the sample really goes different ways
    });
  }

  it('matches the simulator on random missions, errors, soft-locks and cut runs included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom<CombatPolicyName>('auto', 'random'),
        (seed, size, policy) => {
          const mission = randomMission(seed, size);
          const fast = createRandomRunner(mission, { record: true, combatPolicy: policy, maxInputs: 30 });
          for (let run = 0; run < 4; run++) expect(fast.run(seed + run)).toEqual(onSimulator(mission, seed + run, policy, 30));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('cuts a run that is still going after maxInputs inputs', () => {
    const mission = buildMission({
      nodes: [n.start('s'), n.hub('loop', [{ id: 'again', label: 'Again' }], { condition: 'false' })],
      edges: [
        ['s', 'next', 'loop'],
        ['loop', 'again', 'loop'],
      ],
    });
    const result = createRandomRunner(mission, { maxInputs: 25 }).run(3);
    expect(result).toMatchObject({ status: 'cut', nodeId: 'loop', inputs: 25, reason: 'cut after 25 inputs' });
  });

  it('reports a mission that loops on its own as stopped, with the kernel’s message', () => {
    const result = createRandomRunner(loopMission()).run(1);
    expect(result.status).toBe('stopped');
    expect(result.reason).toMatch(/^loop/);
  });

  it('draws the faction from the run seed among the factions it is given', () => {
    const runner = createRandomRunner(tourMission());
    const factions = new Set(Array.from({ length: 30 }, (_, s) => runner.run(s).faction));
    expect(factions).toEqual(new Set(['federation', 'klingon']));
    expect(createRandomRunner(tourMission(), { factions: ['klingon'] }).run(5).faction).toBe('klingon');
  });
});
