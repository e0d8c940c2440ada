import { describe, expect, it } from 'vitest';
import type { Value } from '../../format/mission.types';
import { buildMission, loopMission, n, tourMission } from '../test-fixtures';
import { compileMission } from './compile-mission';
import { createCursor, type Cursor } from './cursor';
import { findStartNode } from './inputs';
import { longChainMission } from '../../test-support/hostile/large-missions';
import { listPorts, MAX_AUTOMATIC_NODES, runFrom, STOP_END, STOP_ERROR, STOP_INPUT, takePort, type StepSink } from './step';

function recorder(cm: ReturnType<typeof compileMission>): StepSink & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    enter: (node) => log.push(cm.nodeIds[node] as string),
    effect: (_node, slot, before: Value, after: Value) => log.push(`${cm.slots[slot]?.name}:${String(before)}->${String(after)}`),
  };
}

function started(mission = tourMission(), faction = 'federation'): { cm: ReturnType<typeof compileMission>; c: Cursor } {
  const cm = compileMission(mission);
  const c = createCursor(cm, faction);
  return { cm, c };
}

function open(cm: ReturnType<typeof compileMission>, c: Cursor): string[] {
  const ports: number[] = [];
  const count = listPorts(cm, c, ports);
  return ports.slice(0, count).map((p) => cm.portIds[(cm.portStart[c.node] as number) + p] as string);
}

describe('runFrom', () => {
  it('runs start, narration and set nodes on to the first dialog, visiting each and applying effects', () => {
    const { cm, c } = started();
    const sink = recorder(cm);
    expect(runFrom(cm, c, findStartNode(cm, 'federation'), sink)).toBe(STOP_INPUT);
    expect(cm.nodeIds[c.node]).toBe('talk');
    expect(sink.log).toEqual(['start', 'arrive', 'tension', 'mood:calm->tense', 'talk']);
  });

  it('stops with a dead-end error when an automatic node has no edge', () => {
    const mission = buildMission({ nodes: [n.start('s'), n.narration('lost')], edges: [['s', 'next', 'lost']] });
    const { cm, c } = started(mission);
    expect(runFrom(cm, c, 0, null)).toBe(STOP_ERROR);
    expect(cm.nodeIds[c.node]).toBe('lost');
    expect(c.error).toMatch(/dead end/);
  });

  it('stops a loop of automatic nodes with an error instead of hanging', () => {
    const { cm, c } = started(loopMission());
    const sink = recorder(cm);
    expect(runFrom(cm, c, 0, sink)).toBe(STOP_ERROR);
    expect(c.error).toMatch(/loop/);
    expect(sink.log).toHaveLength(MAX_AUTOMATIC_NODES + cm.nodeCount);
  });

  it('says a number overflowed to Infinity instead of "gives null"', () => {
    const mission = buildMission({
      variables: [{ id: 'power', type: 'number', initial: 1e200 }],
      nodes: [n.start('s'), n.set('square', ['power = power * power']), n.narration('after')],
      edges: [
        ['s', 'next', 'square'],
        ['square', 'next', 'after'],
      ],
    });
    const { cm, c } = started(mission);
    expect(runFrom(cm, c, 0, null)).toBe(STOP_ERROR);
    expect(c.error).toBe('effect "power = power * power" overflows to Infinity, which does not fit number variable "power"');
  });

  it('runs a straight chain of more than 10,000 automatic nodes to its end: long is not a loop', () => {
    const mission = longChainMission(MAX_AUTOMATIC_NODES + 50);
    const { cm, c } = started(mission);
    expect(runFrom(cm, c, 0, null)).toBe(STOP_END);
    expect(cm.nodeIds[c.node]).toBe('exit');
  });

  it('takes the first true branch case, else the else port', () => {
    const mission = buildMission({
      variables: [{ id: 'x', type: 'number', initial: 5 }],
      nodes: [
        n.start('s'),
        n.branch('b', [
          { id: 'small', condition: 'x < 3' },
          { id: 'mid', condition: 'x < 10' },
          { id: 'any', condition: 'true' },
        ]),
        n.end('small-end'),
        n.end('mid-end'),
        n.end('any-end'),
        n.end('else-end'),
      ],
      edges: [
        ['s', 'next', 'b'],
        ['b', 'small', 'small-end'],
        ['b', 'mid', 'mid-end'],
        ['b', 'any', 'any-end'],
        ['b', 'else', 'else-end'],
      ],
    });
    const { cm, c } = started(mission);
    expect(runFrom(cm, c, 0, null)).toBe(STOP_END);
    expect(cm.nodeIds[c.node]).toBe('mid-end');
  });

  it('stops with an error when an effect would change a variable to another type', () => {
    const mission = buildMission({
      variables: [{ id: 'mood', type: 'enum', initial: 'calm', values: ['calm', 'tense'] }],
      nodes: [n.start('s'), n.set('bad', ['mood = "furious"']), n.end('e')],
      edges: [
        ['s', 'next', 'bad'],
        ['bad', 'next', 'e'],
      ],
    });
    const { cm, c } = started(mission);
    expect(runFrom(cm, c, 0, null)).toBe(STOP_ERROR);
    expect(c.error).toMatch(/does not fit enum variable "mood"/);
  });

  it('marks a node visited on entry, so its own conditions see it as visited', () => {
    const mission = buildMission({
      nodes: [n.start('s'), n.branch('b', [{ id: 'seen', condition: 'visited("b")' }]), n.end('yes'), n.end('no')],
      edges: [
        ['s', 'next', 'b'],
        ['b', 'seen', 'yes'],
        ['b', 'else', 'no'],
      ],
    });
    const { cm, c } = started(mission);
    runFrom(cm, c, 0, null);
    expect(cm.nodeIds[c.node]).toBe('yes');
  });
});

describe('listPorts', () => {
  it('leaves out choices whose condition is false', () => {
    const { cm, c } = started();
    runFrom(cm, c, 0, null);
    expect(open(cm, c)).toEqual(['ask', 'leave']);
  });

  it('leaves out once-options already taken and hub continue until its condition holds', () => {
    const { cm, c } = started();
    runFrom(cm, c, 0, null);
    takePort(cm, c, 0, null); // ask -> market
    expect(open(cm, c)).toEqual(['rumour', 'search']);
    takePort(cm, c, 0, null); // rumour -> found (clue = true) -> market
    expect(cm.nodeIds[c.node]).toBe('market');
    expect(open(cm, c)).toEqual(['search', 'continue']);
  });

  it('reports -1 with the message when a condition fails at run time', () => {
    const mission = buildMission({
      variables: [{ id: 'x', type: 'number', initial: 0 }],
      nodes: [n.start('s'), n.dialog('d', [{ id: 'a', text: 'A', condition: 'x' }])],
      edges: [['s', 'next', 'd']],
    });
    const { cm, c } = started(mission);
    runFrom(cm, c, 0, null);
    expect(listPorts(cm, c, [])).toBe(-1);
    expect(c.error).toMatch(/true or false/);
  });
});

describe('takePort', () => {
  it('runs the choice effects before following its edge', () => {
    const { cm, c } = started();
    const sink = recorder(cm);
    runFrom(cm, c, 0, null);
    expect(takePort(cm, c, 0, sink)).toBe(STOP_INPUT);
    expect(sink.log).toEqual(['credits:1->3', 'market']);
  });

  it('stops with a dead-end error when the chosen port has no edge', () => {
    const mission = buildMission({
      nodes: [n.start('s'), n.dialog('d', [{ id: 'a', text: 'A' }])],
      edges: [['s', 'next', 'd']],
    });
    const { cm, c } = started(mission);
    runFrom(cm, c, 0, null);
    expect(takePort(cm, c, 0, null)).toBe(STOP_ERROR);
    expect(c.error).toBe('dead end: nothing is connected to port "a"');
    expect(cm.nodeIds[c.node]).toBe('d');
  });
});

describe('listPorts at a combat node', () => {
  it('offers victory and defeat, or fails with the reason when the fight cannot start', () => {
    const make = (unit: string) =>
      buildMission({
        nodes: [
          n.start('s'),
          n.combat('f', {
            mode: 'space',
            allies: [{ unit, count: 1 }],
            enemies: [{ unit: 'raider', count: 1 }],
            goal: { type: 'defeat-all' },
            roundLimit: 3,
          }),
        ],
        edges: [['s', 'next', 'f']],
      });
    const good = started(make('scout'));
    runFrom(good.cm, good.c, 0, null);
    expect(open(good.cm, good.c)).toEqual(['victory', 'defeat']);
    const bad = started(make('ghost-ship'));
    runFrom(bad.cm, bad.c, 0, null);
    expect(listPorts(bad.cm, bad.c, [])).toBe(-1);
    expect(bad.c.error).toMatch(/^the fight cannot start: .*ghost-ship/);
  });
});
