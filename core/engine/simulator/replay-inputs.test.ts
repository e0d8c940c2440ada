import { describe, expect, it } from 'vitest';
import type { MissionNode } from '../../format/mission.types';
import type { Input } from '../compile/inputs';
import { tourMission } from '../test-fixtures';
import { advance } from './advance';
import { replayInputs } from './replay-inputs';
import { startRun } from './start-run';

const inputs: Input[] = [
  { kind: 'choice', nodeId: 'talk', choiceId: 'ask' },
  { kind: 'hub', nodeId: 'market', optionId: 'search' },
  { kind: 'hub', nodeId: 'market', optionId: 'rumour' },
  { kind: 'hub', nodeId: 'market', optionId: 'continue' },
  { kind: 'objective', nodeId: 'reach' },
  { kind: 'combat', nodeId: 'fight', stance: 'attack' },
  { kind: 'combat-auto', nodeId: 'fight' },
];

describe('replayInputs', () => {
  it('rebuilds exactly the state reached by advancing by hand', () => {
    const mission = tourMission();
    let state = startRun(mission, { faction: 'federation', seed: 5 });
    for (const input of inputs) state = advance(mission, state, input).state;
    const replay = replayInputs(mission, { faction: 'federation', seed: 5 }, inputs);
    expect(replay.divergedAt).toBeUndefined();
    expect(replay.state).toEqual(state);
    expect(replay.events).toEqual(state.events);
  });

  it('says where an edited mission no longer offers a recorded input, keeping the state before it', () => {
    const mission = tourMission();
    const edited = {
      ...mission,
      nodes: mission.nodes.map((node): MissionNode =>
        node.type === 'dialog' && node.id === 'talk'
          ? { ...node, data: { ...node.data, choices: [{ id: 'leave', text: 'Walk away.' }] } }
          : node,
      ),
    };
    const replay = replayInputs(edited, { faction: 'federation', seed: 5 }, inputs);
    expect(replay.divergedAt).toEqual({ index: 0, reason: expect.stringMatching(/"ask".*not offered at "talk"/) });
    expect(replay.state.nodeId).toBe('talk');
    expect(replay.state.inputs).toEqual([]);
  });

  it('says so when inputs remain after the run has ended', () => {
    const extra: Input = { kind: 'choice', nodeId: 'talk', choiceId: 'ask' };
    const replay = replayInputs(tourMission(), { faction: 'federation', seed: 5 }, [...inputs, extra]);
    expect(replay.state.status).toBe('ended');
    expect(replay.divergedAt).toEqual({ index: inputs.length, reason: 'the run had already ended' });
  });
});
