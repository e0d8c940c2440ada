import { describe, expect, it } from 'vitest';
import { forceCombatOutcome, playRound, resolveCombat, startCombat } from './combat';
import type { CombatRoundReport, CombatState, Stance } from './combat.types';
import { fixtureMission, withUnit, SPACE_FIGHT } from './test-fixtures';

const always = (stance: Stance) => () => stance;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('startCombat', () => {
  it('lists allies then every enemy wave at full strength with unique keys', () => {
    const state = startCombat(fixtureMission(), 'space', 1);
    expect(state.allies.map((c) => c.key)).toEqual(['corvette#1', 'tender#1']);
    expect(state.enemies.map((c) => c.key)).toEqual(['raider#1', 'raider#2', 'cruiser#1']);
    expect(state.enemies.map((c) => c.wave)).toEqual([1, 1, 2]);
    expect(state.enemies.map((c) => c.name)).toEqual(['Raider 1', 'Raider 2', 'Heavy Cruiser']);
    for (const c of [...state.allies, ...state.enemies]) {
      expect(c.hull).toBe(c.maxHull);
      expect(c.shields).toBe(c.maxShields);
      expect(c.alive).toBe(true);
    }
    expect(state).toMatchObject({ nodeId: 'space', round: 0, wave: 1, outcome: null });
    expect(state.rng).toHaveLength(4);
  });

  it('gives ground units no shields even when their unit lists some', () => {
    const mission = withUnit(fixtureMission(), 'marine', { shields: 50, shieldRegen: 5 });
    const state = startCombat(mission, 'ground', 1);
    expect(state.allies.every((c) => c.maxShields === 0 && c.shields === 0)).toBe(true);
  });

  it('throws a clear error when the node does not exist', () => {
    expect(() => startCombat(fixtureMission(), 'nowhere', 1)).toThrow(/No node "nowhere"/);
  });

  it('throws a clear error when the node is not a combat node', () => {
    expect(() => startCombat(fixtureMission(), 'briefing', 1)).toThrow(/"briefing" is a narration node, not a combat node/);
  });

  it('throws a clear error when a group references a missing unit', () => {
    const mission = fixtureMission({ space: { ...SPACE_FIGHT, enemies: [{ unit: 'ghost-ship', count: 1 }] } });
    expect(() => startCombat(mission, 'space', 1)).toThrow(/unit "ghost-ship" \(enemy\), which is not in mission.units/);
  });

  it('throws a clear error when a protect goal lists a unit that is not an ally', () => {
    const mission = fixtureMission({ space: { ...SPACE_FIGHT, goal: { type: 'protect', units: ['raider'] } } });
    expect(() => startCombat(mission, 'space', 1)).toThrow(/protects unit "raider", which is not among its allies/);
  });

  it('throws a clear error when the fight has no allies', () => {
    const mission = fixtureMission({ space: { ...SPACE_FIGHT, allies: [] } });
    expect(() => startCombat(mission, 'space', 1)).toThrow(/has no allies/);
  });
});

describe('playRound', () => {
  it('plays the same reports for the same seed and stances', () => {
    const mission = fixtureMission();
    const play = () => resolveCombat(mission, startCombat(mission, 'space', 42), always('attack')).reports;
    expect(play()).toEqual(play());
  });

  it('plays different fights for different seeds', () => {
    const mission = fixtureMission();
    const fights = [1, 2, 3, 4, 5].map((seed) =>
      JSON.stringify(playRound(mission, startCombat(mission, 'space', seed), 'attack').report.hits),
    );
    expect(new Set(fights).size).toBeGreaterThan(1);
  });

  it('never mutates the state it is given', () => {
    const mission = fixtureMission();
    const state = deepFreeze(startCombat(mission, 'escort', 9));
    const before = JSON.stringify(state);
    const { state: next } = playRound(mission, state, 'defend');
    expect(JSON.stringify(state)).toBe(before);
    expect(next).not.toBe(state);
    expect(next.round).toBe(1);
  });

  it('continues identically from a state saved as JSON and restored', () => {
    const mission = fixtureMission();
    let state = startCombat(mission, 'space', 5);
    for (let i = 0; i < 3; i++) state = playRound(mission, state, 'evasive').state;
    const restored = JSON.parse(JSON.stringify(state)) as CombatState;
    const policy = (s: CombatState): Stance => (s.round % 2 === 0 ? 'attack' : 'defend');
    expect(resolveCombat(mission, restored, policy)).toEqual(resolveCombat(mission, state, policy));
  });

  it('lets shields absorb damage first and regenerates them at the end of the round', () => {
    const mission = fixtureMission();
    const start = startCombat(mission, 'space', 3);
    const regen = new Map(mission.units.map((u) => [u.id, u.shieldRegen ?? 0]));
    let state = start;
    let shieldHits = 0;
    while (state.outcome === null) {
      const stance: Stance = state.round % 3 === 0 ? 'defend' : 'attack';
      const { state: next, report } = playRound(mission, state, stance);
      const bars = new Map([...state.allies, ...state.enemies].map((c) => [c.key, { ...c }]));
      for (const hit of report.hits) {
        const target = bars.get(hit.target)!;
        expect(hit.shieldDamage).toBeLessThanOrEqual(target.shields);
        // Hull only takes damage once the shields are gone.
        if (hit.damage > 0) expect(hit.shieldDamage).toBe(target.shields);
        target.shields -= hit.shieldDamage;
        target.hull -= hit.damage;
        if (hit.shieldDamage > 0) shieldHits++;
      }
      for (const c of [...next.allies, ...next.enemies]) {
        const mid = bars.get(c.key)!;
        expect(c.hull).toBe(mid.hull);
        const onField = c.side === 'ally' || c.wave === state.wave;
        if (report.outcome !== null || !c.alive || !onField) continue;
        const factor = c.side === 'ally' && stance === 'defend' ? 2 : 1;
        expect(c.shields).toBe(Math.min(c.maxShields, mid.shields + (regen.get(c.unit) ?? 0) * factor));
      }
      state = next;
    }
    expect(shieldHits).toBeGreaterThan(0);
  });

  it('lands fewer hits on targets with more evasion', () => {
    const landed = (evasion: number) => {
      const mission = withUnit(fixtureMission(), 'raider', { evasion, hull: 10_000 });
      let hits = 0;
      let shots = 0;
      for (let seed = 0; seed < 100; seed++) {
        for (const h of playRound(mission, startCombat(mission, 'space', seed), 'attack').report.hits) {
          if (h.attacker.startsWith('corvette')) {
            shots++;
            hits += h.hit ? 1 : 0;
          }
        }
      }
      return hits / shots;
    };
    expect(landed(0.6)).toBeLessThan(landed(0) - 0.2);
  });

  it('brings enemy waves in ascending order, each after the previous one is destroyed', () => {
    const mission = withUnit(
      fixtureMission({
        space: {
          ...SPACE_FIGHT,
          enemies: [
            { unit: 'raider', count: 1, wave: 3 },
            { unit: 'raider', count: 2 },
            { unit: 'raider', count: 1, wave: 2 },
          ],
          roundLimit: 50,
        },
      }),
      'raider',
      { hull: 5, shields: 0, damage: 1 },
    );
    const start = startCombat(mission, 'space', 11);
    const waveOf = new Map(start.enemies.map((e) => [e.key, e.wave]));
    const { state, reports } = resolveCombat(mission, start, always('attack'));
    expect(state.outcome).toBe('victory');
    expect(reports.flatMap((r) => (r.waveArrived ? [r.waveArrived] : []))).toEqual([2, 3]);
    let wave = 1;
    for (const r of reports) {
      for (const h of r.hits) if (h.attacker.startsWith('corvette')) expect(waveOf.get(h.target)).toBe(wave);
      if (r.waveArrived) {
        const previous = r.enemies.filter((e) => e.wave === wave);
        expect(previous.every((e) => !e.alive)).toBe(true);
        wave = r.waveArrived;
      }
    }
  });

  it('refuses to play a round of a finished fight', () => {
    const mission = fixtureMission();
    const over = forceCombatOutcome(startCombat(mission, 'space', 1), 'defeat');
    expect(() => playRound(mission, over, 'attack')).toThrow(/already over/);
  });

  it('refuses a state that belongs to another combat node', () => {
    const mission = fixtureMission();
    const state = { ...startCombat(mission, 'space', 1), nodeId: 'escort' };
    expect(() => playRound(mission, state, 'attack')).toThrow(/does not match the combatants/);
  });
});

const lastOf = (reports: CombatRoundReport[]) => reports[reports.length - 1]!;

describe('resolveCombat', () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

  it('wins a defeat-all fight once every wave is destroyed', () => {
    const mission = withUnit(withUnit(fixtureMission(), 'raider', { hull: 3, shields: 0 }), 'cruiser', { hull: 3, shields: 0 });
    for (const seed of seeds) {
      const { state, reports } = resolveCombat(mission, startCombat(mission, 'space', seed), always('attack'));
      expect(state.outcome).toBe('victory');
      expect(state.enemies.every((e) => !e.alive)).toBe(true);
      expect(lastOf(reports).outcome).toBe('victory');
    }
  });

  it('loses a defeat-all fight at the round limit when the enemies outlast it', () => {
    const mission = withUnit(fixtureMission(), 'raider', { hull: 100_000, damage: 1 });
    const { state, reports } = resolveCombat(mission, startCombat(mission, 'space', 1), always('defend'));
    expect(state.outcome).toBe('defeat');
    expect(state.round).toBe(SPACE_FIGHT.roundLimit);
    expect(reports).toHaveLength(SPACE_FIGHT.roundLimit);
    expect(state.allies[0]!.alive).toBe(true);
  });

  it('loses at once when the player\u2019s group is destroyed, even with other allies alive', () => {
    const mission = withUnit(withUnit(fixtureMission(), 'corvette', { hull: 1, shields: 0, evasion: 0 }), 'raider', {
      accuracy: 1,
      damage: 5,
    });
    for (const seed of seeds) {
      const { state } = resolveCombat(mission, startCombat(mission, 'space', seed), always('attack'));
      expect(state.outcome).toBe('defeat');
      expect(state.allies[0]!.alive).toBe(false);
      expect(state.allies[1]!.alive).toBe(true);
      expect(state.round).toBeLessThan(SPACE_FIGHT.roundLimit);
    }
  });

  it('wins a survive fight when the allies are still standing after the rounds', () => {
    const mission = withUnit(fixtureMission(), 'trooper', { damage: 1 });
    for (const seed of seeds) {
      const { state } = resolveCombat(mission, startCombat(mission, 'ground', seed), always('defend'));
      expect(state.outcome).toBe('victory');
      expect(state.round).toBe(5);
    }
  });

  it('loses a survive fight when the squad falls before the rounds are up', () => {
    const mission = withUnit(fixtureMission(), 'trooper', { damage: 100, accuracy: 1 });
    for (const seed of seeds) {
      const { state } = resolveCombat(mission, startCombat(mission, 'ground', seed), always('attack'));
      expect(state.outcome).toBe('defeat');
      expect(state.allies.every((c) => !c.alive)).toBe(true);
      expect(state.round).toBeLessThan(5);
    }
  });

  it('counts a survive goal as met when the round limit comes first', () => {
    const mission = withUnit(
      fixtureMission({
        ground: {
          mode: 'ground',
          allies: [{ unit: 'marine', count: 2 }],
          enemies: [{ unit: 'trooper', count: 1 }],
          goal: { type: 'survive', rounds: 9 },
          roundLimit: 4,
        },
      }),
      'trooper',
      { hull: 100_000, damage: 1 },
    );
    const { state } = resolveCombat(mission, startCombat(mission, 'ground', 1), always('evasive'));
    expect(state).toMatchObject({ outcome: 'victory', round: 4 });
  });

  it('wins a protect fight when enough protected allies survive the last wave', () => {
    const mission = withUnit(fixtureMission(), 'raider', { hull: 3, shields: 0, damage: 1 });
    for (const seed of seeds) {
      const { state } = resolveCombat(mission, startCombat(mission, 'escort', seed), always('attack'));
      expect(state.outcome).toBe('victory');
      expect(state.allies.filter((c) => c.unit === 'tender' && c.alive).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('loses a protect fight at once when fewer than atLeast protected allies remain', () => {
    const mission = withUnit(fixtureMission(), 'raider', { hull: 100_000, damage: 60, accuracy: 1 });
    for (const seed of seeds) {
      const { state, reports } = resolveCombat(mission, startCombat(mission, 'escort', seed), always('attack'));
      expect(state.outcome).toBe('defeat');
      expect(state.allies[0]!.alive).toBe(true);
      expect(state.allies.filter((c) => c.unit === 'tender' && c.alive)).toHaveLength(0);
      // atLeast is 1: the first tender lost must not end the fight, the second must end it on that very hit.
      const lostAt = reports.flatMap((r) => r.hits.filter((h) => h.destroyed).map((h) => ({ r, h })));
      expect(lostAt).toHaveLength(2);
      const final = lastOf(reports);
      expect(final.hits[final.hits.length - 1]).toEqual(lostAt[1]!.h);
    }
  });

  it('needs every protected ally alive when the goal gives no atLeast', () => {
    const mission = withUnit(
      fixtureMission({
        escort: {
          ...SPACE_FIGHT,
          allies: [
            { unit: 'corvette', count: 1 },
            { unit: 'tender', count: 2 },
          ],
          goal: { type: 'protect', units: ['tender'] },
        },
      }),
      'raider',
      { hull: 100_000, damage: 60, accuracy: 1 },
    );
    const { state } = resolveCombat(mission, startCombat(mission, 'escort', 1), always('attack'));
    expect(state.outcome).toBe('defeat');
    expect(state.allies.filter((c) => c.unit === 'tender' && c.alive)).toHaveLength(1);
  });

  it('wins a fight with no enemies at the end of its first round', () => {
    const mission = fixtureMission({ space: { ...SPACE_FIGHT, enemies: [] } });
    const { state, reports } = resolveCombat(mission, startCombat(mission, 'space', 1), always('attack'));
    expect(state).toMatchObject({ outcome: 'victory', round: 1 });
    expect(reports[0]!.hits).toEqual([]);
  });

  it('returns a finished state unchanged with no reports', () => {
    const mission = fixtureMission();
    const over = forceCombatOutcome(startCombat(mission, 'space', 1), 'victory');
    expect(resolveCombat(mission, over, always('attack'))).toEqual({ state: over, reports: [] });
  });
});

describe('forceCombatOutcome', () => {
  it('destroys every enemy wave for a forced victory and leaves the allies as they were', () => {
    const mission = fixtureMission();
    const state = deepFreeze(playRound(mission, startCombat(mission, 'space', 2), 'attack').state);
    const forced = forceCombatOutcome(state, 'victory');
    expect(forced.outcome).toBe('victory');
    expect(forced.wave).toBe(2);
    expect(forced.enemies.every((e) => !e.alive && e.hull === 0 && e.shields === 0)).toBe(true);
    expect(forced.allies).toEqual(state.allies);
    expect(forced.round).toBe(state.round);
  });

  it('destroys the allied side for a forced defeat', () => {
    const state = startCombat(fixtureMission(), 'escort', 2);
    const forced = forceCombatOutcome(state, 'defeat');
    expect(forced.outcome).toBe('defeat');
    expect(forced.allies.every((a) => !a.alive && a.hull === 0)).toBe(true);
    expect(forced.enemies).toEqual(state.enemies);
    expect(state.outcome).toBeNull();
  });
});
