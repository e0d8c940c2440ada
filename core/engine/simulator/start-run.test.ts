import { describe, expect, it } from 'vitest';
import { factionMission, tourMission } from '../test-fixtures';
import { availableInputs } from './advance';
import { startRun } from './start-run';

describe('startRun', () => {
  it('runs from the faction’s start to the first choice, emitting the events in order', () => {
    const state = startRun(tourMission(), { faction: 'federation', seed: 7 });
    expect(state.status).toBe('awaiting-input');
    expect(state.nodeId).toBe('talk');
    expect(state.events).toEqual([
      { type: 'enter-node', nodeId: 'start' },
      { type: 'line', nodeId: 'start', stringId: 'start.text', speaker: null, speakerName: null, text: 'You dock at the station.' },
      { type: 'enter-node', nodeId: 'arrive' },
      {
        type: 'line',
        nodeId: 'arrive',
        stringId: 'arrive.line.1',
        speaker: 'ally',
        speakerName: 'Commander Vale',
        text: 'The promenade is busy.',
      },
      { type: 'line', nodeId: 'arrive', stringId: 'arrive.line.2', speaker: 'ally', speakerName: 'Commander Vale', text: 'Someone waves.' },
      { type: 'enter-node', nodeId: 'tension' },
      { type: 'effect', nodeId: 'tension', variable: 'mood', before: 'calm', after: 'tense' },
      { type: 'enter-node', nodeId: 'talk' },
      { type: 'line', nodeId: 'talk', stringId: 'talk.line.1', speaker: 'ally', speakerName: 'Commander Vale', text: 'What now?' },
      {
        type: 'choice-offered',
        nodeId: 'talk',
        options: [
          { input: { kind: 'choice', nodeId: 'talk', choiceId: 'ask' }, label: 'Ask about the delay.' },
          { input: { kind: 'choice', nodeId: 'talk', choiceId: 'leave' }, label: 'Walk away.' },
        ],
      },
    ]);
    expect(state.variables).toEqual({ clue: false, credits: 1, mood: 'tense' });
    expect(state.visits).toEqual({ start: 1, arrive: 1, tension: 1, talk: 1 });
    expect(state.inputs).toEqual([]);
  });

  it('uses a faction’s own start over the any start, and the any start for the others', () => {
    expect(startRun(factionMission(), { faction: 'federation', seed: 1 }).ending?.nodeId).toBe('fed-end');
    const klingon = startRun(factionMission(), { faction: 'klingon', seed: 1 });
    expect(klingon.visits['any-start']).toBe(1);
    expect(klingon.ending?.nodeId).toBe('other-end');
  });

  it('starts at a chosen node with chosen variable values', () => {
    const state = startRun(tourMission(), { faction: 'klingon', seed: 1, at: 'route', variables: { clue: true, mood: 'tense' } });
    expect(state.nodeId).toBe('reach');
    expect(state.objectives).toEqual([{ nodeId: 'reach', text: 'Reach the docking ring.', optional: false, status: 'active' }]);
    expect(availableInputs(state)).toEqual([{ kind: 'objective', nodeId: 'reach' }]);
  });

  it.each([
    [{ faction: 'borg', seed: 1 }, /no faction "borg"/],
    [{ faction: 'federation', seed: 1, variables: { ghost: 1 } }, /no variable "ghost"/],
    [{ faction: 'federation', seed: 1, variables: { credits: 'many' } }, /does not fit variable "credits"/],
    [{ faction: 'federation', seed: 1, at: 'nowhere' }, /no node "nowhere"/],
  ])('gives an error state, never a throw, for %j', (options, message) => {
    const state = startRun(tourMission(), options);
    expect(state.status).toBe('error');
    expect(state.error?.message).toMatch(message);
    expect(state.events.at(-1)).toMatchObject({ type: 'error' });
    expect(availableInputs(state)).toEqual([]);
  });

  it('gives a plain JSON value that survives a JSON round trip unchanged', () => {
    const state = startRun(tourMission(), { faction: 'federation', seed: 3 });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
