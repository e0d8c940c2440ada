import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playRound, resolveCombat, startCombat } from './combat';
import type { CombatState, Stance } from './combat.types';
import { fixtureMission } from './test-fixtures';

const mission = fixtureMission();
const nodeIds = ['space', 'ground', 'escort'] as const;
const stancesArb = fc.array(fc.constantFrom<Stance>('attack', 'defend', 'evasive'), { minLength: 1, maxLength: 30 });
const seedArb = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const fromList =
  (stances: Stance[]) =>
  (round: number): Stance =>
    stances[round % stances.length]!;

describe('resolveCombat (properties)', () => {
  it('ends every fight by its round limit with bars inside their bounds, whatever the stances', () => {
    fc.assert(
      fc.property(fc.constantFrom(...nodeIds), seedArb, stancesArb, (nodeId, seed, stances) => {
        const pick = fromList(stances);
        const node = mission.nodes.find((n) => n.id === nodeId);
        const limit = node?.type === 'combat' ? node.data.roundLimit : 0;
        const { state, reports } = resolveCombat(mission, startCombat(mission, nodeId, seed), (s: CombatState) => pick(s.round));
        expect(state.outcome).not.toBeNull();
        expect(state.round).toBeLessThanOrEqual(limit);
        expect(reports).toHaveLength(state.round);
        reports.forEach((r, i) => {
          expect(r.round).toBe(i + 1);
          expect(r.outcome === null).toBe(i < reports.length - 1);
          for (const c of [...r.allies, ...r.enemies]) {
            expect(c.hull).toBeGreaterThanOrEqual(0);
            expect(c.hull).toBeLessThanOrEqual(c.maxHull);
            expect(c.shields).toBeGreaterThanOrEqual(0);
            expect(c.shields).toBeLessThanOrEqual(c.maxShields);
            expect(c.alive).toBe(c.hull > 0);
          }
          for (const h of r.hits) {
            expect(h.damage).toBeGreaterThanOrEqual(0);
            expect(h.shieldDamage).toBeGreaterThanOrEqual(0);
            if (!h.hit) expect(h.damage + h.shieldDamage).toBe(0);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('continues identically after a JSON round trip at any round', () => {
    fc.assert(
      fc.property(fc.constantFrom(...nodeIds), seedArb, stancesArb, fc.nat(20), (nodeId, seed, stances, cut) => {
        const pick = fromList(stances);
        const policy = (s: CombatState) => pick(s.round);
        let state = startCombat(mission, nodeId, seed);
        for (let i = 0; i < cut && state.outcome === null; i++) state = playRound(mission, state, policy(state)).state;
        const restored = JSON.parse(JSON.stringify(state)) as CombatState;
        expect(resolveCombat(mission, restored, policy)).toEqual(resolveCombat(mission, state, policy));
      }),
      { numRuns: 100 },
    );
  });
});
