import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeMission } from '@mission-studio/core/format';
import { loadRuntime } from '@mission-studio/core/runtime';
import { clone, smallMission } from '@mission-studio/core/test-support';
import { fakeIo } from '../fake-io';
import { main } from '../main';
import { exportCommand } from './export';

const good = serializeMission(smallMission());
const broken = (() => {
  const m = clone(smallMission());
  m.edges.splice(2, 1);
  return serializeMission(m);
})();
const secondWave = readFileSync('missions/second-wave.mission.json', 'utf8');

describe('mission-studio export', () => {
  it('writes a runtime file a game can load, to the file named by -o, and exits 0', async () => {
    const io = fakeIo({ 'a.mission.json': good });
    expect(await main(['export', 'a.mission.json', '--format', 'runtime', '-o', 'a.runtime.json'], io)).toBe(0);
    expect(loadRuntime(io.files['a.runtime.json']).mission.id).toBe('small');
    expect(io.stderr).toBe('wrote a.runtime.json\n');
  });

  it('prints text formats on stdout without -o', async () => {
    const io = fakeIo({ 'sw.mission.json': secondWave });
    expect(await main(['export', 'sw.mission.json', '--format', 'script'], io)).toBe(0);
    expect(new TextDecoder().decode(io.stdoutBytes[0])).toMatch(/^# Second Wave\n/);
  });

  it('exits 1 and lists the errors of a mission with errors, unless --force', async () => {
    const io = fakeIo({ 'b.mission.json': broken });
    expect(await main(['export', 'b.mission.json', '--format', 'runtime', '-o', 'b.json'], io)).toBe(1);
    expect(io.stderr).toMatch(/^b\.mission\.json:\d+:\d+ error dead-end /m);
    expect(io.stderr).toContain('export anyway with --force');
    expect(io.files['b.json']).toBeUndefined();
    const forced = fakeIo({ 'b.mission.json': broken });
    expect(await main(['export', 'b.mission.json', '--format', 'runtime', '-o', 'b.json', '--force'], forced)).toBe(0);
    expect(forced.files['b.json']).toBeDefined();
  });

  it('exits 2 for a file that cannot be read or is not a mission, and for an unknown format', async () => {
    const io = fakeIo({ 'x.json': '{"not": "a mission"}' });
    expect(await main(['export', 'missing.json', '--format', 'runtime'], io)).toBe(2);
    expect(await main(['export', 'x.json', '--format', 'runtime'], io)).toBe(2);
    const unknown = fakeIo({ 'a.mission.json': good });
    expect(await main(['export', 'a.mission.json', '--format', 'pdf'], unknown)).toBe(2);
    expect(unknown.stderr).toContain('--format takes one of runtime');
  });

  it('refuses a faction or a language the mission does not have, with exit 2', async () => {
    const io = fakeIo({ 'a.mission.json': good });
    expect(await main(['export', 'a.mission.json', '--format', 'script', '--faction', 'romulan'], io)).toBe(2);
    expect(io.stderr).toContain('no faction "romulan"');
    expect(await main(['export', 'a.mission.json', '--format', 'runtime', '--lang', 'tlh'], io)).toBe(2);
    expect(io.stderr).toContain('no "tlh" text');
  });

  it('says how long an export took when it took over a second, and nothing more when it did not', async () => {
    const clockStepping = (ms: number) => {
      let clock = 0;
      return () => (clock += ms);
    };
    const slow = fakeIo({ 'a.mission.json': good });
    expect(await exportCommand(slow, 'a.mission.json', { format: 'voice', output: 'a.csv' }, clockStepping(1500))).toBe(0);
    expect(slow.stderr).toBe('wrote a.csv in 1.5 s\n');
    const quick = fakeIo({ 'a.mission.json': good });
    expect(await exportCommand(quick, 'a.mission.json', { format: 'voice', output: 'a.csv' }, clockStepping(300))).toBe(0);
    expect(quick.stderr).toBe('wrote a.csv\n');
  });
});
