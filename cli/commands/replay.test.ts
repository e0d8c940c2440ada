import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../fake-io';
import { main } from '../main';
import { missionCandidates } from './replay';

const root = join(__dirname, '../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const golden = 'missions/second-wave/end-captured.playthrough.json';
const files = { 'missions/second-wave.mission.json': read('missions/second-wave.mission.json'), [golden]: read(golden) };

describe('mission-studio replay', () => {
  it('finds the mission above the playthrough and passes a golden run', async () => {
    const io = fakeIo(files);
    expect(await main(['replay', golden], io)).toBe(0);
    expect(io.stdout).toBe(`ok   ${golden} (end-captured, 17 inputs)\n`);
  });

  it('exits 1 and prints the first difference when the mission changed', async () => {
    const edited = files['missions/second-wave.mission.json']
      .replace('"id": "pocket-device"', '"id": "keep-device"')
      .replace('"sourceHandle": "pocket-device"', '"sourceHandle": "keep-device"');
    const io = fakeIo({ ...files, 'edited.mission.json': edited });
    expect(await main(['replay', golden, '--mission', 'edited.mission.json'], io)).toBe(1);
    expect(io.stdout).toMatch(
      new RegExp(`^FAIL ${golden}: at input 4: input 4 of 17: .*pocket-device.* is not offered at "skyl-device-choice"`),
    );
    expect(io.stdout).toContain('\n     expected: {"kind":"choice","nodeId":"skyl-device-choice","choiceId":"pocket-device"}\n');
    expect(io.stdout).toContain('\n     actual:   offered: {"kind":"choice","nodeId":"skyl-device-choice","choiceId":"give-device"}, ');
  });

  it('prints one JSON object per playthrough with --json', async () => {
    const io = fakeIo(files);
    await main(['replay', '--json', golden], io);
    expect(JSON.parse(io.stdout)).toEqual({ file: golden, mission: 'missions/second-wave.mission.json', ok: true });
  });

  it('exits 2 for a file that is not a playthrough, or whose mission cannot be found', async () => {
    const mission = files['missions/second-wave.mission.json'];
    const io = fakeIo({ 'elsewhere/lonely.playthrough.json': read(golden), 'm.mission.json': mission });
    expect(await main(['replay', 'elsewhere/lonely.playthrough.json', 'm.mission.json'], io)).toBe(2);
    expect(io.stderr).toContain('mission-studio replay: elsewhere/lonely.playthrough.json: cannot find mission "second-wave"');
    expect(io.stderr).toContain(
      'mission-studio replay: m.mission.json: /format: expected "mission-studio-playthrough/1" (is this a playthrough file?)',
    );
    expect(io.stdout).toBe('');
  });
});

describe('missionCandidates', () => {
  it('looks beside the playthrough, in each folder above it, then in the working folder', () => {
    expect(missionCandidates('missions/second-wave/a.playthrough.json', 'second-wave')).toEqual([
      'missions/second-wave/second-wave.mission.json',
      'missions/second-wave/missions/second-wave.mission.json',
      'missions/second-wave.mission.json',
      'missions/missions/second-wave.mission.json',
      'second-wave.mission.json',
    ]);
    expect(missionCandidates('/data/a.playthrough.json', 'm')).toEqual([
      '/data/m.mission.json',
      '/data/missions/m.mission.json',
      '/m.mission.json',
      '/missions/m.mission.json',
      'm.mission.json',
      'missions/m.mission.json',
    ]);
  });
});
