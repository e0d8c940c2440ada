import { describe, expect, it } from 'vitest';
import { combatView, sideRows, type UnitBars } from './combat-view';
import { act, currentState, startSession } from './run-session';
import { secondWave } from './test-missions';

const mission = secondWave();

describe('combatView', () => {
  it('shows both sides at full strength before the first round, later waves off the field', () => {
    const view = combatView(mission, currentState(startSession(mission, { faction: 'federation', seed: 1, at: 'space-battle' })));
    expect(view).toMatchObject({ nodeId: 'space-battle', round: 0, wave: 1, log: [] });
    expect(view!.waves).toBeGreaterThan(1);
    expect(view!.allies.every((u) => u.hull === u.maxHull && u.onField)).toBe(true);
    expect(view!.enemies.filter((u) => u.onField).length).toBeGreaterThan(0);
    expect(view!.enemies.filter((u) => !u.onField).length).toBeGreaterThan(0);
  });

  it('changes the bars and adds a log line for each round played', () => {
    let session = startSession(mission, { faction: 'federation', seed: 1, at: 'space-battle' });
    const before = combatView(mission, currentState(session))!;
    for (let i = 0; i < 2; i++)
      session = act(mission, session, { kind: 'input', input: { kind: 'combat', nodeId: 'space-battle', stance: 'attack' } }).session;
    const after = combatView(mission, currentState(session))!;
    expect(after.round).toBe(2);
    expect(after.log).toHaveLength(2);
    expect(after.log[1]?.summary).toMatch(/^Round 2 \(attack\)/);
    // Every shot in words, each naming who fired at whom: "<unit> hits <unit> for 14 hull" or "<unit> misses <unit>".
    const names = [...after.allies, ...after.enemies].map((u) => u.name);
    expect(after.log[1]?.shots.length).toBeGreaterThan(0);
    for (const shot of after.log[1]?.shots ?? []) {
      expect(shot).toMatch(/ (hits .+ for \d+ (hull|shields)|misses )/);
      expect(names.some((n) => shot.startsWith(n))).toBe(true);
    }
    const total = (v: typeof before) => [...v.allies, ...v.enemies].reduce((sum, u) => sum + u.hull + u.shields, 0);
    expect(total(after)).toBeLessThan(total(before));
  });

  it("names units, in bars and in every shot, with the namer it is given (the preview's language)", () => {
    let session = startSession(mission, { faction: 'federation', seed: 1, at: 'space-battle' });
    session = act(mission, session, { kind: 'input', input: { kind: 'combat', nodeId: 'space-battle', stance: 'attack' } }).session;
    const view = combatView(mission, currentState(session), (c) => `[${c.name}]`)!;
    expect([...view.allies, ...view.enemies].every((u) => /^\[.+\]$/.test(u.name))).toBe(true);
    expect(view.log[0]?.shots.every((shot) => shot.startsWith('['))).toBe(true);
  });

  it('is null when no fight is in progress', () => {
    expect(combatView(mission, currentState(startSession(mission, { faction: 'federation', seed: 1 })))).toBeNull();
  });
});

describe('sideRows', () => {
  const unit = (name: string, alive: boolean, onField: boolean): UnitBars => ({
    key: name,
    name,
    hull: alive ? 10 : 0,
    maxHull: 10,
    shields: 0,
    maxShields: 0,
    alive,
    onField,
  });

  it('gives bars to the units fighting now and names the waiting and the destroyed, in order', () => {
    const rows = sideRows([
      unit('A', true, true),
      unit('B', false, true),
      unit('C', true, false),
      unit('D', true, true),
      unit('E', true, false),
    ]);
    expect(rows.fighting.map((u) => u.name)).toEqual(['A', 'D']);
    expect(rows.waiting).toEqual(['C', 'E']);
    expect(rows.destroyed).toEqual(['B']);
  });

  it("keeps Second Wave's space battle short: its later waves wait on one line", () => {
    const view = combatView(mission, currentState(startSession(mission, { faction: 'federation', seed: 1, at: 'space-battle' })))!;
    const enemies = sideRows(view.enemies);
    expect(enemies.fighting.length + enemies.waiting.length).toBe(view.enemies.length);
    expect(enemies.waiting.length).toBeGreaterThan(0);
    expect(enemies.destroyed).toEqual([]);
  });
});
