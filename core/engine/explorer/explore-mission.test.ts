import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import { replayInputs } from '../simulator/replay-inputs';
import type { RunState } from '../simulator/run-state.types';
import {
  buildMission,
  deadEndMission,
  factionMission,
  flagsAndCounterMission,
  flawedMission,
  loopMission,
  n,
  tourMission,
} from '../test-fixtures';
import type { Witness } from './explore-report.types';
import { exploreMission } from './explore-mission';

/** Replays a witness with the simulator (the seed does not matter: fights are forced). */
function replay(mission: Mission, witness: Witness | null): RunState {
  expect(witness).not.toBeNull();
  const result = replayInputs(mission, { faction: witness?.faction ?? '', seed: 1 }, witness?.inputs ?? []);
  expect(result.divergedAt).toBeUndefined();
  return result.state;
}

describe('exploreMission', () => {
  it('finds which endings can be reached, with witnesses the simulator follows to them', () => {
    const mission = tourMission();
    const report = exploreMission(mission);
    expect(report.complete).toBe(true);
    expect(report.endings.map((e) => [e.nodeId, e.reachable])).toEqual([
      ['won', true],
      ['lost', true],
      ['quiet', false],
    ]);
    for (const ending of report.endings.filter((e) => e.reachable)) {
      expect(replay(mission, ending.witness).ending?.nodeId).toBe(ending.nodeId);
    }
    // Breadth-first, so the witness is a shortest way: four inputs, then the forced fight.
    expect(report.endings[1]?.witness?.inputs).toEqual([
      { kind: 'choice', nodeId: 'talk', choiceId: 'ask' },
      { kind: 'hub', nodeId: 'market', optionId: 'rumour' },
      { kind: 'hub', nodeId: 'market', optionId: 'continue' },
      { kind: 'objective', nodeId: 'reach' },
      { kind: 'combat-force', nodeId: 'fight', outcome: 'defeat' },
    ]);
    // With what the condition read where it was asked: the player always has 1 credit at the dialog.
    expect(report.neverEnabledChoices).toEqual([
      {
        nodeId: 'talk',
        nodeIndex: 3,
        portId: 'bribe',
        portIndex: 1,
        kind: 'choice',
        condition: 'credits >= 5',
        observed: [{ variable: 'credits', values: [1], distinct: 1, min: 1, max: 1 }],
        witness: expect.anything(),
      },
    ]);
    // And a way to the dialog, to see the bribe closed there.
    expect(replay(mission, report.neverEnabledChoices[0]?.witness ?? null).nodeId).toBe('talk');
    expect(report.softLocks).toEqual([]);
    expect(report.traps).toEqual([]);
  });

  it('finds the soft-lock, the trap, the unreachable ending, the unreached node and the never-enabled choices', () => {
    const mission = flawedMission();
    const report = exploreMission(mission);
    expect(report.endings.map((e) => [e.nodeId, e.reachable])).toEqual([
      ['home', true],
      ['vault', false],
    ]);
    expect(report.softLocks).toEqual([
      {
        nodeId: 'stuck',
        nodeIndex: 2,
        reason: 'no input is available, with key = false',
        states: 1,
        witness: { faction: 'federation', inputs: [{ kind: 'choice', nodeId: 'gate', choiceId: 'wait' }] },
      },
    ]);
    expect(report.traps).toEqual([
      {
        nodeId: 'trap',
        nodeIndex: 3,
        states: 1,
        witness: { faction: 'federation', inputs: [{ kind: 'choice', nodeId: 'gate', choiceId: 'detour' }] },
      },
    ]);
    expect(report.neverReachedNodes).toEqual([{ nodeId: 'hideout', nodeIndex: 5 }]);
    expect(report.neverEnabledChoices.map((c) => `${c.nodeId}/${c.portId}:${c.kind}`)).toEqual([
      'gate/secret:choice',
      'stuck/open:option',
      'stuck/continue:continue',
      'trap/continue:continue',
    ]);
    const stuck = replay(mission, report.softLocks[0]?.witness ?? null);
    expect([stuck.status, stuck.nodeId]).toEqual(['error', 'stuck']);
    const trapped = replay(mission, report.traps[0]?.witness ?? null);
    expect([trapped.status, trapped.nodeId]).toEqual(['awaiting-input', 'trap']);
  });

  it('reports dead ends and automatic loops as soft-locks with their reason', () => {
    const dead = exploreMission(deadEndMission());
    expect(dead.softLocks.map((s) => [s.nodeId, s.reason])).toEqual([['ask', 'dead end: nothing is connected to port "no"']]);
    const loop = exploreMission(loopMission());
    expect(loop.softLocks).toHaveLength(1);
    expect(loop.softLocks[0]?.reason).toMatch(/^loop/);
    expect(loop.softLocks[0]?.witness.inputs).toEqual([]);
    expect(loop.endings[0]?.reachable).toBe(false);
  });

  it('reports a fight that cannot start as a soft-lock, as the simulator stops there too', () => {
    const mission = buildMission({
      nodes: [
        n.start('s'),
        n.combat('f', {
          mode: 'space',
          allies: [{ unit: 'ghost-ship', count: 1 }],
          enemies: [],
          goal: { type: 'defeat-all' },
          roundLimit: 3,
        }),
        n.end('e'),
      ],
      edges: [
        ['s', 'next', 'f'],
        ['f', 'victory', 'e'],
        ['f', 'defeat', 'e'],
      ],
    });
    const report = exploreMission(mission);
    expect(report.endings[0]?.reachable).toBe(false);
    expect(report.softLocks.map((s) => [s.nodeId, s.reason.slice(0, 24)])).toEqual([['f', 'the fight cannot start: ']]);
    const stopped = replay(mission, report.softLocks[0]?.witness ?? null);
    expect(stopped.error).toEqual({ nodeId: 'f', message: report.softLocks[0]?.reason });
  });

  it('explores each faction from its own start and names the faction in witnesses', () => {
    const report = exploreMission(factionMission());
    const byId = Object.fromEntries(report.endings.map((e) => [e.nodeId, e.witness?.faction]));
    expect(byId).toEqual({ 'fed-end': 'federation', 'other-end': 'klingon' });
    const klingonOnly = exploreMission(factionMission(), { factions: ['klingon'] });
    expect(klingonOnly.endings.map((e) => e.reachable)).toEqual([false, true]);
    expect(klingonOnly.reachedNodes).not.toContain('fed-start');
  });

  it('tells states apart by visited flags and used once-options', () => {
    // The hub's `again` needs the hub visited before via `loop`; `twice` is once-only.
    const mission = buildMission({
      nodes: [
        n.start('s'),
        n.hub('h', [
          { id: 'twice', label: 'Once only', once: true },
          { id: 'again', label: 'Again', condition: 'visited("side")' },
        ]),
        n.narration('side'),
        n.end('e'),
      ],
      edges: [
        ['s', 'next', 'h'],
        ['h', 'twice', 'side'],
        ['side', 'next', 'h'],
        ['h', 'again', 'e'],
        ['h', 'continue', 'e'],
      ],
    });
    const report = exploreMission(mission);
    // Hub before and after `twice`, plus the ending.
    expect(report.states).toBe(3);
    expect(report.neverEnabledChoices).toEqual([]);
  });

  it('stops at the state cap and says the search is incomplete', () => {
    const report = exploreMission(flagsAndCounterMission(6, 20, 2), { maxStates: 500 });
    expect(report.complete).toBe(false);
    expect(report.incompleteReason).toMatch(/cap of 500 states/);
    expect(report.states).toBe(500);
    // Unexplored continuations may still end well: no traps are claimed.
    expect(report.traps).toEqual([]);
  });

  it('widens a counter’s field when it takes more values than fit, and still completes', () => {
    const report = exploreMission(flagsAndCounterMission(1, 300, 1));
    expect(report.complete).toBe(true);
    expect(report.restarts).toBe(1);
    expect(report.endings.every((e) => e.reachable)).toBe(true);
  });

  it('caps a counter that never stops growing and reports the search incomplete', () => {
    const mission = buildMission({
      variables: [{ id: 'count', type: 'number', initial: 0 }],
      nodes: [n.start('s'), n.hub('h', [{ id: 'more', label: 'More', condition: 'count >= 0' }]), n.set('up', ['count += 1']), n.end('e')],
      edges: [
        ['s', 'next', 'h'],
        ['h', 'more', 'up'],
        ['up', 'next', 'h'],
        ['h', 'continue', 'e'],
      ],
    });
    const report = exploreMission(mission, { maxStates: 70_000 });
    expect(report.complete).toBe(false);
    expect(report.incompleteReason).toMatch(/cap of 70000 states/);
    expect(report.restarts).toBe(2);
  });

  it('leaves variables that nothing reads out of the states', () => {
    const mission = buildMission({
      variables: [{ id: 'score', type: 'number', initial: 0 }],
      nodes: [n.start('s'), n.hub('h', [{ id: 'tally', label: 'Tally' }]), n.set('up', ['score += 1']), n.end('e')],
      edges: [
        ['s', 'next', 'h'],
        ['h', 'tally', 'up'],
        ['up', 'next', 'h'],
        ['h', 'continue', 'e'],
      ],
    });
    const report = exploreMission(mission);
    expect(report.complete).toBe(true);
    expect(report.states).toBe(2);
  });

  it('leaves nodes that no edge path reaches to the validator', () => {
    const mission = buildMission({
      nodes: [n.start('s'), n.narration('orphan'), n.narration('after-orphan'), n.end('e')],
      edges: [
        ['s', 'next', 'e'],
        ['orphan', 'next', 'after-orphan'],
        ['after-orphan', 'next', 'e'],
      ],
    });
    expect(exploreMission(mission).neverReachedNodes).toEqual([]);
  });

  it('measures time with the clock it is given', () => {
    let t = 100;
    const report = exploreMission(tourMission(), { now: () => (t += 5) });
    expect(report.elapsedMs).toBe(5);
  });
});
