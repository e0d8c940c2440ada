import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRuntimeFile } from '../export/runtime/export-runtime';
import { loadMission } from '../format/load';
import type { Mission } from '../format/mission.types';
import { smallMission } from '../test-support/mission-builder';
import { createRun, loadRuntime } from './create-run';
import { RunError } from './run';
import type { RuntimeFile } from './runtime-file.types';
import type { FightOutcome, RoundView, Step } from './runtime.types';

const secondWave = buildRuntimeFile(loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission);
const small = (): RuntimeFile => buildRuntimeFile(smallMission());

/** Plays Second Wave as the Federation to Kurland trapped in the cargo bay, without the stem bolts. */
function toCargoBay() {
  const run = createRun(secondWave, { faction: 'federation', seed: 1 });
  run.choose('agree-rounds');
  run.choose('continue');
  run.resolve('done');
  return run;
}

const choiceStep = (step: Step) => {
  if (step.kind !== 'choice') throw new Error(`expected a choice step, got ${step.kind}`);
  return step;
};

describe('a runtime run', () => {
  it('stands at its first choice with the lines that led there, each with its id and speaker', () => {
    const run = createRun(small(), { faction: 'federation' });
    const step = choiceStep(run.step);
    expect(step.nodeId).toBe('talk');
    expect(step.lines).toEqual([
      { id: 'start.text', text: 'You step onto the Promenade.', speaker: null },
      { id: 'talk.line.1', text: 'What will it be?', speaker: { id: 'quark', name: 'Quark' } },
    ]);
    expect(step.speaker).toEqual({ id: 'quark', name: 'Quark' });
  });

  it('lists a closed choice as unavailable, saying what it needs, and refuses it', () => {
    const run = createRun(small(), { faction: 'federation' });
    const bribe = choiceStep(run.step).choices.find((c) => c.id === 'bribe');
    expect(bribe).toMatchObject({ available: false, reason: 'needs credits >= 10 (credits = 5)', textId: 'talk.bribe.text' });
    expect(() => run.choose('bribe')).toThrow(RunError);
    expect(() => run.choose('nope')).toThrow(/there is no choice "nope"/);
    expect(run.variables).toEqual({ credits: 5, trusted: false });
  });

  it('never runs an effect while the game looks at the choices, however often', () => {
    const run = createRun(small(), { faction: 'federation' });
    const changes: string[] = [];
    run.on('variable', (name) => changes.push(name));
    for (let i = 0; i < 5; i++) void choiceStep(run.step).choices.map((c) => c.available);
    expect(changes).toEqual([]);
    expect(run.variables['credits']).toBe(5);
    run.choose('ask');
    expect(changes).toEqual(['credits']);
    expect(run.variables['credits']).toBe(4);
  });

  it('tells variable observers the new value and the old, and stops telling once unsubscribed', () => {
    const run = createRun(small(), { faction: 'federation' });
    const heard: unknown[] = [];
    const stop = run.on('variable', (name, value, previous) => heard.push([name, value, previous]));
    run.choose('ask');
    stop();
    expect(heard).toEqual([['credits', 4, 5]]);
  });

  it('reaches an ending with its text and outcome', () => {
    const run = createRun(small(), { faction: 'federation' });
    const end = run.choose('ask');
    expect(end).toMatchObject({ kind: 'end', nodeId: 'lose', outcome: 'failure', text: 'Quark shrugs.', textId: 'lose.text' });
    expect(() => run.choose('ask')).toThrow(/not a choice step/);
  });

  it("explains Second Wave's closed way out of the cargo bay in the designer's words", () => {
    const step = choiceStep(toCargoBay().step);
    expect(step.nodeId).toBe('kurland-trapped');
    expect(step.choices.find((c) => c.id === 'seal-pod')).toMatchObject({
      available: false,
      reason: 'needs hasStemBolts (hasStemBolts = false)',
    });
  });

  it("hides a hub's one-time option once taken and keeps its way on", () => {
    const run = createRun(secondWave, { faction: 'federation', seed: 1 });
    run.choose('agree-rounds');
    const hub = choiceStep(run.step);
    expect(hub.choices.map((c) => c.id)).toEqual(['find-skyl', 'find-surah', 'find-shon', 'find-staass', 'continue']);
    expect(hub.choices[0]?.once).toBe(true);
  });

  it("pauses at a fight until the game resolves it, and takes the game's outcome", () => {
    const file = secondWave;
    const run = createRun(file, { faction: 'federation', seed: 3 });
    // Walk to the first fight by taking the first open choice and finishing objectives.
    for (let i = 0; i < 60 && run.step.kind !== 'combat'; i++) {
      const step = run.step;
      if (step.kind === 'choice')
        run.choose((step.choices.find((c) => c.available && c.id !== 'continue') ?? step.choices.find((c) => c.available))!.id);
      else if (step.kind === 'objective') run.resolve('done');
    }
    const fight = run.step;
    if (fight.kind !== 'combat') throw new Error('no fight on the way');
    expect(fight.fight.allies.length).toBeGreaterThan(0);
    expect(fight.fight.enemies.every((e) => !e.name.startsWith('unit.'))).toBe(true);
    // Looking again changes nothing: the stub fights only when asked.
    expect(run.step).toBe(fight);
    expect(() => run.resolve('done')).toThrow(/victory.*defeat/);
    const after = run.resolve('victory');
    expect(after.nodeId).not.toBe(fight.nodeId);
  });

  it("answers hand-offs with the game's async handlers and hands their value to the mission", async () => {
    const seen: string[] = [];
    const run = createRun(secondWave, {
      faction: 'federation',
      seed: 3,
      handOffs: {
        objective: async (objective) => {
          seen.push(`objective: ${objective.text}`);
          await Promise.resolve();
        },
        combat: async (fight, nodeId): Promise<FightOutcome> => {
          seen.push(`fight at ${nodeId} (${fight.mode})`);
          return 'defeat';
        },
      },
    });
    for (let i = 0; i < 80; i++) {
      const step = await run.settle();
      if (step.kind !== 'choice') break;
      run.choose((step.choices.find((c) => c.available && c.id !== 'continue') ?? step.choices.find((c) => c.available))!.id);
    }
    expect(seen.some((s) => s.startsWith('objective: '))).toBe(true);
    expect(seen.some((s) => s.startsWith('fight at '))).toBe(true);
    expect(run.step.kind).toBe('end');
    expect(run.step.kind === 'end' && run.step.outcome).toBe('failure');
  });

  it('refuses other calls while a hand-off is being answered, then goes on with its answer', async () => {
    let release = (): void => undefined;
    const run = createRun(secondWave, {
      faction: 'federation',
      seed: 1,
      handOffs: { objective: () => new Promise<void>((r) => (release = r)) },
    });
    run.choose('agree-rounds');
    run.choose('continue');
    expect(run.step.kind).toBe('objective');
    const settling = run.settle();
    expect(() => run.resolve('done')).toThrow(/still being answered/);
    release();
    const step = await settling;
    expect(step.kind).toBe('choice');
    expect(step.nodeId).toBe('kurland-trapped');
  });

  it('plays its fights with the seeded stub only when asked: a round in a stance, or to the end', () => {
    const run = createRun(secondWave, { faction: 'federation', seed: 2 });
    for (let i = 0; i < 60 && run.step.kind !== 'combat'; i++) {
      const step = run.step;
      if (step.kind === 'choice') run.choose(step.choices.find((c) => c.available)!.id);
      else if (step.kind === 'objective') run.resolve('done');
    }
    const before = run.step;
    if (before.kind !== 'combat') throw new Error('no fight');
    expect(before.fight.round).toBe(0);
    const one = run.fightRound('attack');
    if (one.kind === 'combat') expect(one.fight.round).toBe(1);
    const done = run.autoResolve();
    expect(done.kind).not.toBe('combat');
  });

  it("tells round observers every round the stub plays, its shots by name and the fight's outcome last", () => {
    const run = createRun(secondWave, { faction: 'federation', seed: 2 });
    for (let i = 0; i < 60 && run.step.kind !== 'combat'; i++) {
      const step = run.step;
      if (step.kind === 'choice') run.choose(step.choices.find((c) => c.available)!.id);
      else if (step.kind === 'objective') run.resolve('done');
    }
    const fight = run.step;
    if (fight.kind !== 'combat') throw new Error('no fight');
    const rounds: RoundView[] = [];
    run.on('round', (round) => rounds.push(round));
    run.fightRound('defend');
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ nodeId: fight.nodeId, round: 1, stance: 'defend' });
    const names = new Set([...fight.fight.allies, ...fight.fight.enemies].map((c) => c.name));
    for (const shot of rounds[0]!.shots) expect([names.has(shot.attackerName), names.has(shot.targetName)]).toEqual([true, true]);
    run.autoResolve();
    expect(rounds.map((r) => r.round)).toEqual(rounds.map((_, i) => i + 1));
    expect(rounds.slice(0, -1).every((r) => r.outcome === null)).toBe(true);
    expect(rounds.at(-1)?.outcome).toMatch(/^(victory|defeat)$/);
  });

  it('shows the run in another language, falling back to the source where a string is missing', () => {
    const file = small();
    file.languages.push('de');
    file.strings['de'] = { 'talk.line.1': 'Was darf es sein?', 'talk.ask.text': 'Nur Auskünfte.' };
    const run = createRun(file, { faction: 'federation', language: 'de' });
    const step = choiceStep(run.step);
    expect(step.lines[1]).toEqual({ id: 'talk.line.1', text: 'Was darf es sein?', speaker: { id: 'quark', name: 'Quark' } });
    expect(step.lines[0]).toMatchObject({ text: 'You step onto the Promenade.', fallback: true });
    expect(step.choices[0]).toMatchObject({ text: 'Nur Auskünfte.' });
    expect(step.choices[1]).toMatchObject({ text: 'Here is a bar of latinum.', fallback: true });
    const english = choiceStep(run.setLanguage('en'));
    expect(english.lines[1]?.text).toBe('What will it be?');
    expect(() => run.setLanguage('fr')).toThrow(/no "fr" strings/);
  });

  it('refuses a faction the mission does not have, and a file that is not a runtime file', () => {
    expect(() => createRun(small(), { faction: 'romulan' })).toThrow(/no faction "romulan"/);
    expect(() => loadRuntime('{"format":"mission-studio/1"}')).toThrow(/\/format: must be "mission-studio-runtime\/1"/);
    const broken = JSON.parse(JSON.stringify(small())) as { nodes: Record<string, { next?: unknown }> };
    (broken.nodes['start'] as { next: unknown }).next = 'nowhere';
    expect(() => loadRuntime(broken)).toThrow(/\/nodes\/start\/next: must be null or the id of a node/);
  });
});
