import { describe, expect, it } from 'vitest';
import type { Value } from '../../format/mission.types';
import type { Input } from '../compile/inputs';
import { tourMission } from '../test-fixtures';
import { advance, availableInputs } from './advance';
import { overrideVariables } from './override-variables';
import type { RunState } from './run-state.types';
import { startRun } from './start-run';

const mission = tourMission();
const talk = (choiceId: string): Input => ({ kind: 'choice', nodeId: 'talk', choiceId });
const market = (optionId: string): Input => ({ kind: 'hub', nodeId: 'market', optionId });
const fresh = (): RunState => startRun(mission, { faction: 'federation', seed: 11 });

function play(state: RunState, inputs: Input[]): RunState {
  return inputs.reduce((s, input) => advance(mission, s, input).state, state);
}

describe('overrideVariables', () => {
  it('offers a choice whose condition the new value makes true, and records the change as an effect', () => {
    const start = fresh();
    expect(availableInputs(start)).not.toContainEqual(talk('bribe'));
    const { state, events } = overrideVariables(mission, start, { credits: 5 });
    expect(state.variables['credits']).toBe(5);
    expect(availableInputs(state)).toContainEqual(talk('bribe'));
    expect(events[0]).toEqual({ type: 'effect', nodeId: 'talk', variable: 'credits', before: 1, after: 5 });
    expect(events.map((e) => e.type)).toEqual(['effect', 'choice-offered']);
    expect(state.events).toEqual([...start.events, ...events]);
    expect(state.inputs).toEqual(start.inputs);
    expect(start.variables['credits']).toBe(1);
  });

  it('keeps once-options taken and visits as they were', () => {
    const atMarket = play(fresh(), [talk('ask'), market('rumour')]);
    const { state } = overrideVariables(mission, atMarket, { clue: false });
    expect(state.usedOnce).toEqual(['market/rumour']);
    expect(state.visits).toEqual(atMarket.visits);
    expect(availableInputs(state)).toEqual([market('search')]);
  });

  it('leaves a fight in progress alone', () => {
    const atFight = play(fresh(), [talk('ask'), market('rumour'), market('continue'), { kind: 'objective', nodeId: 'reach' }]);
    const round = advance(mission, atFight, { kind: 'combat', nodeId: 'fight', stance: 'defend' }).state;
    expect(round.combat?.round).toBe(1);
    const { state } = overrideVariables(mission, round, { credits: 9 });
    expect(state.combat).toBe(round.combat);
    expect(state.available).toBe(round.available);
    expect(state.variables['credits']).toBe(9);
  });

  it('refuses unknown variables, values of the wrong type and runs that have ended, with an error event', () => {
    const start = fresh();
    const refused: Array<Record<string, Value>> = [{ nope: 1 }, { credits: 'many' }, { mood: 'angry' }];
    for (const values of refused) {
      const result = overrideVariables(mission, start, values);
      expect(result.state).toBe(start);
      expect(result.events).toEqual([{ type: 'error', nodeId: 'talk', message: expect.any(String) }]);
    }
    const ended = play(overrideVariables(mission, start, { credits: 5 }).state, [talk('bribe')]);
    expect(ended.status).toBe('ended');
    expect(overrideVariables(mission, ended, { credits: 1 }).state).toBe(ended);
  });
});
