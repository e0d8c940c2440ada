import { describe, expect, it } from 'vitest';
import { buildRoster, getRoster } from './roster';
import { fixtureMission } from './test-fixtures';

describe('getRoster', () => {
  it("builds a node's roster once per mission object and hands out the same one after", () => {
    const mission = fixtureMission();
    const first = getRoster(mission, 'space');
    expect(getRoster(mission, 'space')).toBe(first);
    expect(first).toEqual(buildRoster(mission, 'space'));
  });

  it('builds a new roster for an edited mission, which is a new object', () => {
    const mission = fixtureMission();
    const edited = { ...mission, units: mission.units.map((u) => ({ ...u, hull: u.hull + 10 })) };
    expect(getRoster(edited, 'space').maxHull[0]).toBe((getRoster(mission, 'space').maxHull[0] ?? 0) + 10);
  });

  it('throws for a node that cannot fight, and caches nothing for it', () => {
    const mission = fixtureMission();
    expect(() => getRoster(mission, 'nowhere')).toThrow(/nowhere/);
    expect(() => getRoster(mission, 'nowhere')).toThrow(/nowhere/);
  });
});
