import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayInputs, type Input } from '@mission-studio/core/engine';
import { randomMission } from '@mission-studio/core/engine';
import type { DialogNode, Mission } from '@mission-studio/core/format';
import { act, currentState, replaySession, restartSession, startSession, stepBack, stepForward, type RunSession } from './run-session';
import { secondWave, withNodeData } from './test-missions';

const mission = secondWave();
const choice = (nodeId: string, choiceId: string): Input => ({ kind: 'choice', nodeId, choiceId });
const hub = (optionId: string): Input => ({ kind: 'hub', nodeId: 'promenade-hub', optionId });

/** Takes the inputs in order, failing when one is refused. */
function play(m: Mission, session: RunSession, inputs: Input[]): RunSession {
  return inputs.reduce((s, input) => {
    const step = act(m, s, { kind: 'input', input });
    expect(step.refused, JSON.stringify(input)).toBeNull();
    return step.session;
  }, session);
}

const toSkyl = [choice('andrews-briefing', 'agree-rounds'), hub('find-skyl'), choice('skyl-quarks', 'sweep-booth')];

describe('startSession', () => {
  it('starts each faction at its own opening and waits for the first input', () => {
    expect(currentState(startSession(mission, { faction: 'federation', seed: 1 })).nodeId).toBe('andrews-briefing');
    expect(currentState(startSession(mission, { faction: 'klingon', seed: 1 })).nodeId).toBe('achebe-call');
  });
});

describe('act', () => {
  it('pushes the state an input leads to and records the input', () => {
    const start = startSession(mission, { faction: 'federation', seed: 1 });
    const { session, events, refused } = act(mission, start, { kind: 'input', input: toSkyl[0]! });
    expect(refused).toBeNull();
    expect(session.states).toHaveLength(2);
    expect(session.states[0]).toBe(start.states[0]);
    expect(currentState(session).nodeId).toBe('promenade-hub');
    expect(events.some((e) => e.type === 'enter-node' && e.nodeId === 'promenade-hub')).toBe(true);
  });

  it('refuses an input the run does not offer and keeps the session as it was', () => {
    const start = startSession(mission, { faction: 'federation', seed: 1 });
    const step = act(mission, start, { kind: 'input', input: choice('round-skyl', 'skyl-trust') });
    expect(step.session).toBe(start);
    expect(step.refused).toMatch(/not available/);
  });

  it('records an override, which changes what the run offers', () => {
    const atCargo = play(mission, startSession(mission, { faction: 'federation', seed: 1 }), [
      toSkyl[0]!,
      hub('continue'),
      { kind: 'objective', nodeId: 'cargo-arrive' },
    ]);
    const offered = (s: RunSession) => currentState(s).available.map((o) => JSON.stringify(o.input));
    expect(offered(atCargo)).not.toContain(JSON.stringify(choice('kurland-trapped', 'seal-pod')));
    const { session } = act(mission, atCargo, { kind: 'override', values: { hasStemBolts: true } });
    expect(session.actions.at(-1)).toEqual({ kind: 'override', values: { hasStemBolts: true } });
    expect(offered(session)).toContain(JSON.stringify(choice('kurland-trapped', 'seal-pod')));
  });
});

describe('stepBack and stepForward', () => {
  it('steps back to the very state that was kept, and forward to an equal one', () => {
    const played = play(mission, startSession(mission, { faction: 'federation', seed: 1 }), toSkyl);
    const back = stepBack(stepBack(played));
    expect(currentState(back)).toBe(played.states[1]);
    expect(back.redo).toHaveLength(2);
    const again = stepForward(mission, stepForward(mission, back).session).session;
    expect(currentState(again)).toEqual(currentState(played));
    expect(again.redo).toEqual([]);
  });

  it('drops what could be redone when another input is taken after stepping back', () => {
    const played = play(mission, startSession(mission, { faction: 'federation', seed: 1 }), toSkyl);
    const back = stepBack(played);
    const other = play(mission, back, [choice('skyl-quarks', 'leave-skyl')]);
    expect(other.redo).toEqual([]);
    expect(currentState(other).nodeId).toBe('promenade-hub');
    expect(stepForward(mission, other).refused).toBe('nothing to step forward to');
  });

  it('does nothing when stepping back at the start', () => {
    const start = startSession(mission, { faction: 'federation', seed: 1 });
    expect(stepBack(start)).toBe(start);
  });

  it('restarts from the same options with nothing to redo', () => {
    const played = play(mission, startSession(mission, { faction: 'klingon', seed: 4 }), [choice('achebe-call', 'accept-duty')]);
    const restarted = restartSession(mission, played);
    expect(restarted.options).toEqual({ faction: 'klingon', seed: 4 });
    expect(restarted.states).toHaveLength(1);
  });
});

describe('replaySession', () => {
  it('rebuilds an equal run on an edited mission that still offers every input', () => {
    const played = play(mission, startSession(mission, { faction: 'federation', seed: 1 }), toSkyl);
    const edited = withNodeData<DialogNode>(mission, 'skyl-quarks', (n) => ({ ...n.data, lines: ['Skyl looks up from his drink.'] }));
    const replayed = replaySession(edited, played);
    expect(replayed.divergence).toBeNull();
    expect(replayed.actions).toEqual(played.actions);
    expect(currentState(replayed).variables).toEqual(currentState(played).variables);
    expect(replayed.states).not.toBe(played.states);
    const lines = currentState(replayed).events.filter((e) => e.type === 'line' && e.nodeId === 'skyl-quarks');
    expect(lines.map((e) => (e.type === 'line' ? e.text : ''))).toEqual(['Skyl looks up from his drink.']);
  });

  it('says at which input the run diverges and why, and goes on from where the inputs lead', () => {
    const played = play(mission, startSession(mission, { faction: 'federation', seed: 1 }), toSkyl);
    const edited = withNodeData<DialogNode>(mission, 'skyl-quarks', (n) => ({
      ...n.data,
      choices: n.data.choices.filter((c) => c.id !== 'sweep-booth'),
    }));
    const replayed = replaySession(edited, played);
    expect(replayed.divergence).toMatchObject({ index: 2, reason: expect.stringContaining('skyl-quarks') });
    expect(replayed.divergence?.label).toBe(
      currentState(stepBack(played)).available.find((o) => o.input.kind === 'choice' && o.input.choiceId === 'sweep-booth')?.label,
    );
    expect(replayed.divergence?.dropped).toEqual([{ kind: 'input', input: toSkyl[2] }]);
    expect(replayed.actions).toHaveLength(2);
    expect(currentState(replayed).nodeId).toBe('skyl-quarks');
  });

  it('agrees with the engine’s replayInputs on random missions and random walks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(fc.nat(), { maxLength: 25 }), (seed, picks) => {
        const m = randomMission(seed);
        const options = { faction: m.meta.factions[0] ?? 'any', seed };
        let session = startSession(m, options);
        for (const pick of picks) {
          const offered = currentState(session).available;
          if (offered.length === 0) break;
          session = act(m, session, { kind: 'input', input: offered[pick % offered.length]!.input }).session;
        }
        const replayed = replaySession(m, session);
        const inputs = session.actions.map((a) => (a.kind === 'input' ? a.input : null)).filter((i): i is Input => i !== null);
        expect(currentState(replayed)).toEqual(replayInputs(m, options, inputs).state);
        expect(replayed.states).toEqual(session.states);
      }),
      { numRuns: 60 },
    );
  });
});
