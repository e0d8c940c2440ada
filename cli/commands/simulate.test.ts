import { describe, expect, it } from 'vitest';
import { playRandomRun } from '@mission-studio/core/engine';
import { parsePlaythrough } from '@mission-studio/core/engine';
import { replayPlaythrough } from '@mission-studio/core/engine';
import type { Input } from '@mission-studio/core/engine';
import { recordPlaythrough } from '@mission-studio/core/engine';
import { replayInputs } from '@mission-studio/core/engine';
import { tourMission } from '@mission-studio/core/engine';
import { serializeMission } from '@mission-studio/core/format';
import { fakeIo } from '../fake-io';
import { main } from '../main';

const mission = tourMission();
const files = { 'tour.mission.json': serializeMission(mission) };
const toFight = [
  { kind: 'choice', nodeId: 'talk', choiceId: 'ask' },
  { kind: 'hub', nodeId: 'market', optionId: 'rumour' },
  { kind: 'hub', nodeId: 'market', optionId: 'continue' },
  { kind: 'objective', nodeId: 'reach' },
];

/** A recorded run of the tour mission that reaches the fight and auto-resolves it. */
function parsedGolden() {
  const run = replayInputs(mission, { faction: 'federation', seed: 2 }, [
    ...toFight,
    { kind: 'combat-auto', nodeId: 'fight' },
  ] as Input[]).state;
  return recordPlaythrough(mission, run);
}

describe('mission-studio simulate', () => {
  it('takes the first choice each time by default and prints the transcript', async () => {
    const io = fakeIo(files);
    // The first choice goes round the market forever: the run is stopped, not left to hang.
    expect(await main(['simulate', 'tour.mission.json', '--max-inputs', '40'], io)).toBe(1);
    const lines = io.stdout.split('\n');
    expect(lines[0]).toBe('# Fixture (fixture) as federation, seed 1, choices: first');
    expect(lines).toContain('> Ask about the delay.');
    expect(lines).toContain('  1. Listen for rumours');
    expect(io.stdout).toContain('\nSTOPPED: stopped after 40 inputs at "market" (see --max-inputs)\n');
  });

  it('plays fights round by round from the inputs of a list, and auto-resolves fights it does not cover', async () => {
    const rounds = [...toFight, { kind: 'combat', nodeId: 'fight', stance: 'evasive' }];
    const io = fakeIo({ ...files, 'rounds.json': JSON.stringify(rounds) });
    expect(await main(['simulate', 'tour.mission.json', '--choices', 'rounds.json', '--seed', '8'], io)).toBe(0);
    expect(io.stdout).toMatch(/\n {2}Round 1 \(evasive\): /);
    expect(io.stdout).toContain('> Auto-resolve the rest');
  });

  it('plays the same run as the Monte Carlo random player with --choices random', async () => {
    const io = fakeIo(files);
    await main(['simulate', 'tour.mission.json', '--choices', 'random', '--seed', '21', '--faction', 'klingon', '--json'], io);
    const printed = JSON.parse(io.stdout) as { inputs: unknown[]; nodeId: string; faction: string };
    const reference = playRandomRun(mission, 21, { factions: ['klingon'], record: true });
    expect(printed).toMatchObject({ faction: 'klingon', nodeId: reference.nodeId, inputs: reference.recorded });
  });

  it('prints every event as JSON with --json', async () => {
    const io = fakeIo({ ...files, 'to-fight.json': JSON.stringify(toFight) });
    expect(await main(['simulate', 'tour.mission.json', '--json', '--choices', 'to-fight.json'], io)).toBe(0);
    const run = JSON.parse(io.stdout) as { status: string; events: { type: string }[] };
    expect(run.status).toBe('ended');
    expect(run.events[0]).toEqual({ type: 'enter-node', nodeId: 'start' });
    expect(run.events.at(-1)?.type).toBe('end');
  });

  it('records a playthrough with --record that replays, and replays a playthrough with its own faction and seed', async () => {
    const io = fakeIo(files);
    expect(
      await main(
        ['simulate', 'tour.mission.json', '--choices', 'random', '--seed', '5', '--faction', 'klingon', '--record', 'run.playthrough.json'],
        io,
      ),
    ).toBe(0);
    const recorded = parsePlaythrough(io.files['run.playthrough.json'] ?? '');
    expect(recorded.ok && recorded.value).toMatchObject({ faction: 'klingon', seed: 5 });
    if (!recorded.ok) return;
    expect(replayPlaythrough(mission, recorded.value).ok).toBe(true);
    const again = fakeIo(io.files);
    expect(await main(['simulate', 'tour.mission.json', '--choices', 'run.playthrough.json'], again)).toBe(0);
    expect(again.stdout.split('\n')[0]).toBe(`# Fixture (fixture) as klingon, seed 5, choices: run.playthrough.json`);
    expect(again.stdout).toContain(`THE END (${recorded.value.expect.outcome}, ${recorded.value.expect.ending})`);
  });

  it('keeps the description when a playthrough is re-recorded onto itself', async () => {
    const golden = { ...parsedGolden(), description: 'A run worth keeping.' };
    const io = fakeIo({ ...files, 'g.playthrough.json': JSON.stringify(golden) });
    expect(await main(['simulate', 'tour.mission.json', '--choices', 'g.playthrough.json', '--record', 'g.playthrough.json'], io)).toBe(0);
    const again = parsePlaythrough(io.files['g.playthrough.json'] ?? '');
    expect(again.ok && again.value).toEqual(golden);
  });

  it('exits 1 and says where when an input is not offered or the inputs run out', async () => {
    const io = fakeIo({
      ...files,
      'bad.json': JSON.stringify([{ kind: 'choice', nodeId: 'talk', choiceId: 'bribe' }]),
      'short.json': JSON.stringify(toFight.slice(0, 1)),
    });
    expect(await main(['simulate', 'tour.mission.json', '--choices', 'bad.json'], io)).toBe(1);
    expect(io.stdout).toContain('STOPPED: input 1 (choice talk/bribe) is not offered at "talk"');
    expect(await main(['simulate', 'tour.mission.json', '--choices', 'short.json'], io)).toBe(1);
    expect(io.stdout).toContain('STOPPED: the inputs ran out at "market" after 1 inputs');
  });

  it('exits 2 with one line for a missing file, a bad choices file, an unknown faction or a bad seed', async () => {
    const cases: [string[], RegExp][] = [
      [['simulate', 'missing.mission.json'], /^mission-studio simulate: missing\.mission\.json: cannot read: no such file\n$/],
      [['simulate', 'tour.mission.json', '--choices', 'junk.json'], /^mission-studio simulate: junk\.json: not valid JSON/],
      [
        ['simulate', 'tour.mission.json', '--choices', 'obj.json'],
        /^mission-studio simulate: obj\.json: \/format: expected "mission-studio-playthrough\/1"/,
      ],
      [
        ['simulate', 'tour.mission.json', '--faction', 'borg'],
        /^mission-studio simulate: tour\.mission\.json has no faction 'borg' \(it has: federation, klingon\)\n$/,
      ],
      [['simulate', 'tour.mission.json', '--seed', 'x'], /^mission-studio simulate: --seed takes a whole number, not 'x'\n$/],
    ];
    for (const [argv, message] of cases) {
      const io = fakeIo({ ...files, 'junk.json': '[{', 'obj.json': '{"inputs": []}' });
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toMatch(message);
    }
  });
});
