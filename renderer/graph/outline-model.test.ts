import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import type { Mission } from '@mission-studio/core/format';
import { smallMission } from '@mission-studio/core/test-support';
import { missionOutline } from './outline-model';

const mission = secondWave as Mission;

describe('missionOutline', () => {
  it('lists Second Wave act by act in reading order, from the arrival to the endings', () => {
    const acts = missionOutline(mission, new Map()).map((a) => a.title);
    expect(acts).toEqual([
      'Act 1: Arrival',
      'Act 2: The Promenade',
      'Act 3: Cargo Bay Three & the Temple',
      'Act 4: The Conference',
      'Act 5: Ambush & Evacuation',
      'Act 6: Space Battle',
      'Act 7: Endings',
    ]);
  });

  it('lists every flow node once, with its type, under its act', () => {
    const outline = missionOutline(mission, new Map());
    const listed = outline.flatMap((a) => a.nodes.map((n) => n.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBe(mission.nodes.filter((n) => n.type !== 'group').length);
    const arrival = outline[0];
    expect(arrival?.nodes[0]).toMatchObject({ id: 'start-federation', type: 'start' });
  });

  it('carries each node’s problem badge', () => {
    const badge = { count: 2, severity: 'error' as const };
    const outline = missionOutline(mission, new Map([['conference-tally', badge]]));
    const tally = outline.flatMap((a) => a.nodes).find((n) => n.id === 'conference-tally');
    expect(tally?.badge).toBe(badge);
  });

  it('puts nodes outside any group in an act of their own', () => {
    const m = smallMission();
    const outside = m.nodes.filter((n) => n.type !== 'group' && n.parentId === undefined).map((n) => n.id);
    expect(outside.length).toBeGreaterThan(0);
    const acts = missionOutline(m, new Map()).filter((a) => a.id === null);
    expect(acts.every((a) => a.title === 'Outside any act')).toBe(true);
    expect(acts.flatMap((a) => a.nodes.map((n) => n.id)).sort()).toEqual(outside.sort());
  });
});
