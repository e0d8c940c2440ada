import { describe, expect, it } from 'vitest';
import type { DialogNode } from '@mission-studio/core/format';
import { runAutoPlay } from './auto-play';
import { loadPlaythrough, playthroughFile, unsavableReason } from './playthrough-io';
import { act, currentState, startSession } from './run-session';
import { secondWave, withNodeData } from './test-missions';

const mission = secondWave();
const ended = runAutoPlay(mission, startSession(mission, { faction: 'klingon', seed: 3 }), {
  policy: 'first',
  breakpoints: new Set(),
  maxSteps: 500,
}).session;

describe('unsavableReason', () => {
  it('asks for a finished run from the faction’s start with no variables changed by hand', () => {
    expect(unsavableReason(null)).toBe('Play a run first.');
    expect(unsavableReason(startSession(mission, { faction: 'klingon', seed: 3 }))).toMatch(/ending/);
    const fromNode = startSession(mission, { faction: 'klingon', seed: 3, at: 'space-battle' });
    const lost = act(mission, fromNode, {
      kind: 'input',
      input: { kind: 'combat-force', nodeId: 'space-battle', outcome: 'defeat' },
    }).session;
    expect(unsavableReason(lost)).toMatch(/started from a node/);
    expect(unsavableReason(ended)).toBeNull();
  });
});

describe('playthroughFile and loadPlaythrough', () => {
  it('saves an ended run that replays to the same run and passes', () => {
    const file = playthroughFile(mission, ended);
    expect(file.name).toBe(`second-wave-${currentState(ended).ending?.nodeId}.playthrough.json`);
    const loaded = loadPlaythrough(mission, file.text);
    expect(loaded).toMatchObject({ ok: true, difference: null });
    if (loaded.ok) expect(currentState(loaded.session)).toEqual(currentState(ended));
  });

  it('shows where a saved run diverges on an edited mission', () => {
    const text = playthroughFile(mission, ended).text;
    const first = ended.actions[0];
    if (first?.kind !== 'input' || first.input.kind !== 'choice') throw new Error('expected a dialog choice first');
    const { nodeId, choiceId } = first.input;
    const edited = withNodeData<DialogNode>(mission, nodeId, (n) => ({
      ...n.data,
      choices: n.data.choices.filter((c) => c.id !== choiceId),
    }));
    const loaded = loadPlaythrough(edited, text);
    expect(loaded).toMatchObject({ ok: true, difference: { at: 0, message: expect.stringMatching(/^input 1 of/) } });
    if (loaded.ok) expect(loaded.session.divergence?.index).toBe(0);
  });

  it('refuses text that is not a playthrough', () => {
    expect(loadPlaythrough(mission, '{"format": "mission-studio/1"}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not a playthrough file: /),
    });
  });
});
