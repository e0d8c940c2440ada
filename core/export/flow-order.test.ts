import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../format/load';
import type { Mission } from '../format/mission.types';
import { edge, node, smallMission } from '../test-support/mission-builder';
import { flowOrder } from './flow-order';

const ids = (nodes: readonly { id: string }[]): string[] => nodes.map((n) => n.id);
const secondWave = (): Mission => loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;

/** The small mission with a second, Klingon start that joins at the branch. */
function twoStarts(): Mission {
  const mission = smallMission();
  mission.meta.factions = ['federation', 'klingon'];
  mission.nodes.push(node('start-k', 'start', { faction: 'klingon', text: 'You beam aboard.' }));
  mission.edges.push(edge('start-k', 'next', 'check'));
  return mission;
}

describe('flowOrder', () => {
  it('walks breadth-first from the start along the ports in port order', () => {
    expect(ids(flowOrder(smallMission()).nodes)).toEqual(['start', 'talk', 'check', 'trust', 'win', 'lose']);
  });

  it('holds the endings back until the walk has met every other node a start reaches', () => {
    const mission = smallMission();
    const talk = mission.nodes.find((n) => n.id === 'talk');
    if (talk?.type !== 'dialog') throw new Error('the small mission has a dialog');
    talk.data.choices.push({ id: 'nope', text: 'No.' });
    mission.nodes.push(node('late', 'narration', { lines: ['Later.'] }));
    mission.edges = mission.edges.map((e) => (e.source === 'check' && e.sourceHandle === 'ok' ? edge('check', 'ok', 'late') : e));
    mission.edges.push(edge('talk', 'nope', 'lose'), edge('late', 'next', 'win'));
    expect(ids(flowOrder(mission).nodes)).toEqual(['start', 'talk', 'check', 'trust', 'late', 'lose', 'win']);
  });

  it('puts the nodes no start reaches last, in file order, and says which were reached', () => {
    const mission = smallMission();
    mission.nodes.push(
      node('orphan-b', 'end', { outcome: 'success', text: 'B' }),
      node('orphan-a', 'end', { outcome: 'success', text: 'A' }),
    );
    const order = flowOrder(mission);
    expect(ids(order.nodes).slice(-2)).toEqual(['orphan-b', 'orphan-a']);
    expect(order.reached.has(mission.nodes[1]!)).toBe(true);
    expect(order.reached.has(mission.nodes[7]!)).toBe(false);
  });

  it('walks from every start at once, the given faction’s first', () => {
    expect(ids(flowOrder(twoStarts()).nodes)).toEqual(['start', 'start-k', 'talk', 'check', 'trust', 'win', 'lose']);
    expect(ids(flowOrder(twoStarts(), { faction: 'klingon' }).nodes)).toEqual([
      'start-k',
      'start',
      'check',
      'talk',
      'trust',
      'win',
      'lose',
    ]);
  });

  it('follows only the first edge of a port, and never lists a node twice', () => {
    const mission = smallMission();
    mission.edges.push(edge('start', 'next', 'lose'), edge('win', 'next', 'start'));
    const order = ids(flowOrder(mission).nodes);
    expect(order).toEqual(['start', 'talk', 'check', 'trust', 'win', 'lose']);
  });

  it('places each act where its first member falls and keeps the rest where they fall', () => {
    const mission = smallMission();
    const win = mission.nodes.find((n) => n.id === 'win')!;
    win.parentId = 'act';
    const acts = flowOrder(mission).acts.map((a) => [a.group?.id ?? null, ids(a.nodes)]);
    expect(acts).toEqual([
      ['act', ['start', 'talk', 'win']],
      [null, ['check', 'trust', 'lose']],
    ]);
  });

  it('keeps an empty group as a last, empty act, and treats a parent that is no group as no act', () => {
    const mission = smallMission();
    mission.nodes.push(node('empty', 'group', { width: 1, height: 1 }));
    mission.nodes.find((n) => n.id === 'lose')!.parentId = 'win';
    const acts = flowOrder(mission).acts.map((a) => [a.group?.id ?? null, ids(a.nodes)]);
    expect(acts).toEqual([
      ['act', ['start', 'talk']],
      [null, ['check', 'trust', 'win', 'lose']],
      ['empty', []],
    ]);
  });

  it('reads Second Wave act by act, every flow node once', () => {
    const mission = secondWave();
    const order = flowOrder(mission);
    expect(order.acts.map((a) => a.group?.title)).toEqual([
      'Act 1: Arrival',
      'Act 2: The Promenade',
      'Act 3: Cargo Bay Three & the Temple',
      'Act 4: The Conference',
      'Act 5: Ambush & Evacuation',
      'Act 6: Space Battle',
      'Act 7: Endings',
    ]);
    const flowNodes = mission.nodes.filter((n) => n.type !== 'group');
    expect(new Set(order.nodes)).toEqual(new Set(flowNodes));
    expect(order.nodes).toHaveLength(flowNodes.length);
    expect(order.acts.flatMap((a) => a.nodes)).toHaveLength(flowNodes.length);
    expect(order.reached.size).toBe(flowNodes.length);
  });
});
