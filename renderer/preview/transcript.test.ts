import { describe, expect, it } from 'vitest';
import type { Input } from '@mission-studio/core/engine';
import { act, startSession, stepBack, type RunSession } from './run-session';
import { secondWave } from './test-missions';
import { buildTranscript, effectNote, summarizeRound } from './transcript';

const mission = secondWave();
const take = (session: RunSession, input: Input) => act(mission, session, { kind: 'input', input }).session;

describe('effectNote', () => {
  it('writes a change as `name before -> after`, with strings quoted', () => {
    expect(effectNote('coalition', 2, 3)).toBe('coalition 2 -> 3');
    expect(effectNote('cargoOutcome', 'unresolved', 'sealed')).toBe('cargoOutcome "unresolved" -> "sealed"');
  });
});

describe('buildTranscript', () => {
  const start = startSession(mission, { faction: 'federation', seed: 1 });
  const played = take(take(start, { kind: 'choice', nodeId: 'andrews-briefing', choiceId: 'agree-rounds' }), {
    kind: 'hub',
    nodeId: 'promenade-hub',
    optionId: 'find-skyl',
  });

  it('shows scenes by title, lines with the speaker’s name, and the choice taken by its text', () => {
    const entries = buildTranscript(mission, played);
    const andrews = mission.cast.find((c) => c.id === 'andrews')!;
    const briefing = mission.nodes.find((n) => n.id === 'andrews-briefing')!;
    expect(entries).toContainEqual(expect.objectContaining({ kind: 'scene', nodeId: 'andrews-briefing', text: briefing.title }));
    expect(entries).toContainEqual(expect.objectContaining({ kind: 'line', speaker: andrews.name }));
    const label = start.states[0]!.available.find((o) => o.input.kind === 'choice' && o.input.choiceId === 'agree-rounds')!.label;
    const taken = entries.findIndex((e) => e.kind === 'taken' && e.text === label);
    const hubScene = entries.findIndex((e) => e.kind === 'scene' && e.nodeId === 'promenade-hub');
    expect(taken).toBeGreaterThan(0);
    expect(hubScene).toBeGreaterThan(taken);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });

  it('notes effects, objectives, combat rounds and the ending', () => {
    let session = startSession(mission, { faction: 'federation', seed: 1, at: 'round-skyl', variables: { coalition: 2 } });
    session = take(session, { kind: 'choice', nodeId: 'round-skyl', choiceId: 'skyl-borders' });
    const notes = buildTranscript(mission, session)
      .filter((e) => e.kind === 'note')
      .map((e) => e.text);
    expect(notes).toContain('coalition 2 -> 3');

    let fight = startSession(mission, { faction: 'federation', seed: 2, at: 'promenade-fight' });
    fight = take(fight, { kind: 'combat-auto', nodeId: 'promenade-fight' });
    const entries = buildTranscript(mission, fight);
    const rounds = entries.filter((e) => e.kind === 'round');
    expect(rounds.length).toBeGreaterThan(0);
    expect(rounds[0]?.text).toMatch(/^Round 1 \((attack|defend|evasive)\): \d+\/\d+ hits, dealt \d+, took \d+/);
    expect(entries.some((e) => e.kind === 'note' && /^(Victory|Defeat) after \d+ rounds?$/.test(e.text))).toBe(true);
  });

  it('ends with the ending’s text when the run ends', () => {
    let session = startSession(mission, { faction: 'federation', seed: 1, at: 'space-battle' });
    session = take(session, { kind: 'combat-force', nodeId: 'space-battle', outcome: 'defeat' });
    const last = buildTranscript(mission, session).at(-1);
    const end = mission.nodes.find((n) => n.id === 'end-ship-lost');
    expect(last).toMatchObject({ kind: 'ending', outcome: 'failure', text: end?.type === 'end' ? end.data.text : '' });
  });

  it('after a step back, is the transcript of the shorter run', () => {
    // Same states, same entries: Step back shows exactly the transcript the run had one input earlier.
    const full = buildTranscript(mission, played);
    const shorter = buildTranscript(mission, stepBack(played));
    expect(full.slice(0, shorter.length)).toEqual(shorter);
    expect(full.length).toBeGreaterThan(shorter.length);
  });

  it("keeps what the view needs to show a run in another language: objective string ids, taken choices' ids, round reports", () => {
    const entries = buildTranscript(mission, played);
    expect(entries).toContainEqual(expect.objectContaining({ kind: 'taken', stringId: 'andrews-briefing.agree-rounds.text' }));
    const objective = mission.nodes.find((n) => n.type === 'objective')!;
    const atObjective = startSession(mission, { faction: 'federation', seed: 1, at: objective.id });
    const note = buildTranscript(mission, atObjective).find((e) => e.kind === 'note' && e.objective !== undefined);
    expect(note).toMatchObject({
      objective: { stringId: `${objective.id}.text`, text: objective.type === 'objective' ? objective.data.text : '' },
    });
    let fight = startSession(mission, { faction: 'federation', seed: 2, at: 'promenade-fight' });
    fight = take(fight, { kind: 'combat', nodeId: 'promenade-fight', stance: 'attack' });
    const round = buildTranscript(mission, fight).find((e) => e.kind === 'round');
    expect(round?.kind === 'round' && summarizeRound(round.report)).toBe(round?.text);
  });
});

describe('summarizeRound', () => {
  it('names destroyed units with the names it is given', () => {
    let fight = startSession(mission, { faction: 'federation', seed: 2, at: 'promenade-fight' });
    fight = take(fight, { kind: 'combat-auto', nodeId: 'promenade-fight' });
    const reports = fight.states.at(-1)!.events.flatMap((e) => (e.type === 'combat-round' ? [e.report] : []));
    const withLoss = reports.find((r) => r.hits.some((h) => h.destroyed))!;
    expect(summarizeRound(withLoss)).toMatch(/destroyed/);
    expect(summarizeRound(withLoss, (c) => `<${c.unit}>`)).toMatch(/destroyed <[a-z-]+>/);
  });
});
