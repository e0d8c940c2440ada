import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import type { Input } from '../compile/inputs';
import { deadEndMission, loopMission, randomMission, seededRandom, tourMission } from '../test-fixtures';
import { advance, availableInputs } from './advance';
import type { RunState } from './run-state.types';
import { startRun } from './start-run';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Takes the inputs in order, failing the test if one is refused. */
function play(mission: Mission, state: RunState, inputs: Input[]): RunState {
  let s = state;
  for (const input of inputs) {
    const next = advance(mission, s, input);
    expect(next.state, `input ${JSON.stringify(input)} was refused`).not.toBe(s);
    s = next.state;
  }
  return s;
}

const talk = (choiceId: string): Input => ({ kind: 'choice', nodeId: 'talk', choiceId });
const market = (optionId: string): Input => ({ kind: 'hub', nodeId: 'market', optionId });
const toFight: Input[] = [talk('ask'), market('rumour'), market('continue'), { kind: 'objective', nodeId: 'reach' }];

describe('advance', () => {
  const mission = tourMission();
  const fresh = (): RunState => startRun(mission, { faction: 'federation', seed: 11 });

  it('applies a choice’s effects and returns only the new events', () => {
    const { state, events } = advance(mission, fresh(), talk('ask'));
    expect(events[0]).toEqual({ type: 'effect', nodeId: 'talk', variable: 'credits', before: 1, after: 3 });
    expect(events.map((e) => e.type)).toEqual(['effect', 'enter-node', 'choice-offered']);
    expect(state.variables['credits']).toBe(3);
    expect(state.inputs).toEqual([talk('ask')]);
    expect(state.events).toEqual([...fresh().events, ...events]);
  });

  it('does not offer a choice whose condition is false, and refuses it with an error event', () => {
    const start = fresh();
    expect(availableInputs(start)).not.toContainEqual(talk('bribe'));
    const { state, events } = advance(mission, start, talk('bribe'));
    expect(state).toBe(start);
    expect(events).toEqual([{ type: 'error', nodeId: 'talk', message: expect.stringMatching(/not available/) }]);
  });

  it('removes a once-option after it is taken and offers continue once its condition holds', () => {
    const atMarket = play(mission, fresh(), [talk('ask')]);
    expect(availableInputs(atMarket)).toEqual([market('rumour'), market('search')]);
    const after = play(mission, atMarket, [market('rumour')]);
    expect(after.usedOnce).toEqual(['market/rumour']);
    expect(after.visits['market']).toBe(2);
    expect(availableInputs(after)).toEqual([market('search'), market('continue')]);
  });

  it('starts an objective on entry and completes it on the objective input', () => {
    const atObjective = play(mission, fresh(), toFight.slice(0, 3));
    expect(atObjective.events).toContainEqual({
      type: 'objective-started',
      nodeId: 'reach',
      text: 'Reach the docking ring.',
      optional: false,
    });
    expect(atObjective.objectives).toEqual([{ nodeId: 'reach', text: 'Reach the docking ring.', optional: false, status: 'active' }]);
    const { state, events } = advance(mission, atObjective, { kind: 'objective', nodeId: 'reach' });
    expect(events[0]).toEqual({ type: 'objective-done', nodeId: 'reach' });
    expect(state.objectives[0]?.status).toBe('done');
    expect(state.nodeId).toBe('fight');
  });

  it('plays a fight round by round, then follows the port of its outcome', () => {
    let state = play(mission, fresh(), toFight);
    expect(state.combat).toMatchObject({ nodeId: 'fight', round: 0, outcome: null });
    const round = advance(mission, state, { kind: 'combat', nodeId: 'fight', stance: 'attack' });
    expect(round.events[0]).toMatchObject({ type: 'combat-round', nodeId: 'fight', report: { round: 1, stance: 'attack' } });
    state = round.state;
    for (let i = 0; i < 50 && state.status === 'awaiting-input'; i++) {
      state = advance(mission, state, { kind: 'combat', nodeId: 'fight', stance: 'defend' }).state;
    }
    const end = state.events.find((e) => e.type === 'combat-end');
    expect(end).toMatchObject({ type: 'combat-end', nodeId: 'fight', forced: false });
    expect(state.status).toBe('ended');
    expect(state.combat).toBeNull();
    expect(state.ending?.nodeId).toBe(end?.type === 'combat-end' && end.outcome === 'victory' ? 'won' : 'lost');
  });

  it('auto-resolves a fight to its end in one input', () => {
    const atFight = play(mission, fresh(), toFight);
    const { state, events } = advance(mission, atFight, { kind: 'combat-auto', nodeId: 'fight' });
    const rounds = events.filter((e) => e.type === 'combat-round');
    expect(rounds.length).toBeGreaterThan(0);
    expect(events).toContainEqual(expect.objectContaining({ type: 'combat-end', rounds: rounds.length, forced: false }));
    expect(state.status).toBe('ended');
  });

  it('lets a playtester force a fight’s outcome', () => {
    const atFight = play(mission, fresh(), toFight);
    const lost = advance(mission, atFight, { kind: 'combat-force', nodeId: 'fight', outcome: 'defeat' });
    expect(lost.events[0]).toEqual({ type: 'combat-end', nodeId: 'fight', outcome: 'defeat', rounds: 0, forced: true });
    expect(lost.state.ending).toEqual({ nodeId: 'lost', outcome: 'failure', text: 'The docks fall.' });
    expect(lost.events.at(-1)).toEqual({ type: 'end', nodeId: 'lost', outcome: 'failure', text: 'The docks fall.' });
  });

  it('refuses every input once the run has ended', () => {
    const ended = play(mission, fresh(), [...toFight, { kind: 'combat-force', nodeId: 'fight', outcome: 'victory' }]);
    expect(ended.status).toBe('ended');
    expect(availableInputs(ended)).toEqual([]);
    const { state, events } = advance(mission, ended, talk('ask'));
    expect(state).toBe(ended);
    expect(events[0]).toMatchObject({ type: 'error', message: 'the run has ended' });
  });

  it('never changes the state it is given, so stepping back is keeping the old state', () => {
    const start = deepFreeze(fresh());
    const asked = advance(mission, start, talk('ask')).state;
    const left = advance(mission, start, talk('leave')).state;
    expect(asked.variables['credits']).toBe(3);
    expect(left.variables['credits']).toBe(1);
    expect(start.inputs).toEqual([]);
  });

  it('continues a run restored from JSON exactly as the original goes on, fights included', () => {
    const midFight = advance(mission, play(mission, fresh(), toFight), { kind: 'combat', nodeId: 'fight', stance: 'evasive' }).state;
    const restored = JSON.parse(JSON.stringify(midFight)) as RunState;
    expect(restored).toEqual(midFight);
    const input: Input = { kind: 'combat-auto', nodeId: 'fight' };
    expect(advance(mission, restored, input)).toEqual(advance(mission, midFight, input));
  });

  it('gives the same events for the same mission, faction, seed and inputs', () => {
    const inputs: Input[] = [...toFight, { kind: 'combat-auto', nodeId: 'fight' }];
    const a = play(mission, startRun(mission, { faction: 'klingon', seed: 99 }), inputs);
    const b = play(tourMission(), startRun(tourMission(), { faction: 'klingon', seed: 99 }), inputs);
    expect(b.events).toEqual(a.events);
  });

  it('stops a mission that loops on its own with an error event', () => {
    const state = startRun(loopMission(), { faction: 'federation', seed: 1 });
    expect(state.status).toBe('error');
    expect(state.events.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/^loop/) });
    // 10,000 nodes entered again, plus one per node of the mission (a long straight chain is not a loop).
    expect(state.visits['ping']).toBeGreaterThanOrEqual(5000);
    expect(state.visits['ping']).toBeLessThan(5010);
  });

  it('stops with a dead-end error when the chosen port leads nowhere', () => {
    const m = deadEndMission();
    const { state, events } = advance(m, startRun(m, { faction: 'federation', seed: 1 }), {
      kind: 'choice',
      nodeId: 'ask',
      choiceId: 'no',
    });
    expect(state.status).toBe('error');
    expect(events.at(-1)).toEqual({ type: 'error', nodeId: 'ask', message: 'dead end: nothing is connected to port "no"' });
  });

  it('never throws, and keeps every state JSON-safe, for any available input on random missions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 2, max: 9 }), (seed, size) => {
        const m = randomMission(seed, size);
        const pick = seededRandom(seed ^ 0x5bd1e995);
        for (const faction of m.meta.factions) {
          let state = startRun(m, { faction, seed });
          for (let step = 0; step < 40 && state.status === 'awaiting-input'; step++) {
            const inputs = availableInputs(state);
            const input = inputs[Math.floor(pick() * inputs.length)] as Input;
            const { state: next, events } = advance(m, state, input);
            expect(next).not.toBe(state);
            expect(events.some((e) => e.type === 'error' && !next.error)).toBe(false);
            state = next;
          }
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        }
      }),
      { numRuns: 150 },
    );
  });
});
