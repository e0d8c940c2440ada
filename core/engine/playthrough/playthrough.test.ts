import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mission } from '../../format/mission.types';
import type { Input } from '../compile/inputs';
import { playRandomRun } from '../monte-carlo/simulator-run';
import { replayInputs } from '../simulator/replay-inputs';
import { randomMission, tourMission } from '../test-fixtures';
import { parsePlaythrough } from './parse-playthrough';
import { recordPlaythrough, serializePlaythrough } from './record-playthrough';
import { replayPlaythrough } from './replay-playthrough';

const toFight: Input[] = [
  { kind: 'choice', nodeId: 'talk', choiceId: 'ask' },
  { kind: 'hub', nodeId: 'market', optionId: 'rumour' },
  { kind: 'hub', nodeId: 'market', optionId: 'continue' },
  { kind: 'objective', nodeId: 'reach' },
];
const inputs: Input[] = [...toFight, { kind: 'combat', nodeId: 'fight', stance: 'attack' }, { kind: 'combat-auto', nodeId: 'fight' }];

function recorded(mission: Mission = tourMission()) {
  const run = replayInputs(mission, { faction: 'federation', seed: 4 }, inputs).state;
  return recordPlaythrough(mission, run);
}

function edited(change: (m: Mission) => void): Mission {
  const m = tourMission();
  change(m);
  return m;
}

describe('recordPlaythrough', () => {
  it('keeps the inputs, the ending and every declared variable of a finished run', () => {
    const p = recorded();
    expect(p).toMatchObject({ format: 'mission-studio-playthrough/1', mission: 'fixture', faction: 'federation', seed: 4, inputs });
    expect(p.expect.variables).toEqual({ clue: true, credits: 3, mood: 'tense' });
    expect(['won', 'lost']).toContain(p.expect.ending);
    expect(p.expect.transcriptHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('pins only the variables it is asked to', () => {
    const mission = tourMission();
    const run = replayInputs(mission, { faction: 'federation', seed: 4 }, inputs).state;
    expect(recordPlaythrough(mission, run, { variables: ['clue'] }).expect.variables).toEqual({ clue: true });
    expect(() => recordPlaythrough(mission, run, { variables: ['ghost'] })).toThrow(/no variable "ghost"/);
  });

  it('refuses a run that has not ended', () => {
    const mission = tourMission();
    const run = replayInputs(mission, { faction: 'federation', seed: 4 }, toFight).state;
    expect(() => recordPlaythrough(mission, run)).toThrow(/only a run that has reached an ending/);
  });
});

describe('replayPlaythrough', () => {
  it('passes on the mission it was recorded on', () => {
    expect(replayPlaythrough(tourMission(), recorded()).ok).toBe(true);
  });

  it('names the first input that is no longer offered when a choice is removed', () => {
    const mission = edited((m) => {
      const hub = m.nodes.find((n) => n.id === 'market');
      if (hub?.type === 'hub') hub.data.options = hub.data.options.filter((o) => o.id !== 'rumour');
    });
    const verdict = replayPlaythrough(mission, recorded());
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.firstDifference).toMatchObject({ at: 1, expected: JSON.stringify(inputs[1]) });
    expect(verdict.firstDifference.message).toMatch(/^input 2 of 6: .* is not offered at "market"/);
  });

  it('reports a changed variable at the end', () => {
    const mission = edited((m) => {
      const talk = m.nodes.find((n) => n.id === 'talk');
      if (talk?.type === 'dialog') talk.data.choices[0] = { ...talk.data.choices[0]!, effects: ['credits += 3'] };
    });
    const verdict = replayPlaythrough(mission, recorded());
    expect(verdict.ok ? null : verdict.firstDifference).toEqual({
      at: 'end',
      expected: '3',
      actual: '4',
      message: 'variable "credits" ends as 4, not 3',
    });
  });

  it('catches a changed line of text through the transcript hash', () => {
    const mission = edited((m) => {
      const arrive = m.nodes.find((n) => n.id === 'arrive');
      if (arrive?.type === 'narration') arrive.data.lines = ['The promenade is quiet.'];
    });
    const verdict = replayPlaythrough(mission, recorded());
    expect(verdict.ok ? null : verdict.firstDifference.message).toMatch(/transcript changed/);
  });

  it('says so when the inputs run out before an ending, or belong to another mission', () => {
    const short = { ...recorded(), inputs: toFight };
    const verdict = replayPlaythrough(tourMission(), short);
    expect(verdict.ok ? null : verdict.firstDifference).toMatchObject({ at: 'end', actual: 'waits for input at "fight"' });
    const other = replayPlaythrough(
      edited((m) => (m.meta.id = 'other')),
      recorded(),
    );
    expect(other.ok ? null : other.firstDifference.message).toBe('the playthrough is for mission "fixture", not "other"');
  });

  it('passes for the recording of any random run that ends, after a trip through its file text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 2, max: 9 }), (seed, size) => {
        const mission = randomMission(seed, size);
        const run = playRandomRun(mission, seed, { maxInputs: 40 });
        if (run.state.status !== 'ended') return;
        const parsed = parsePlaythrough(serializePlaythrough(recordPlaythrough(mission, run.state)));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(replayPlaythrough(mission, parsed.value)).toMatchObject({ ok: true });
      }),
      { numRuns: 150 },
    );
  });
});
