import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { flawedMission } from '@mission-studio/core/engine';
import { serializeMission } from '@mission-studio/core/format';

// The engine commands run for real in a child process: exit codes, stdout and stderr as a shell sees them.
const bin = join(__dirname, 'bin', 'mission-studio.js');
const root = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'mission-studio-engine-'));
const flawed = join(dir, 'flawed.mission.json');
writeFileSync(flawed, serializeMission(flawedMission()));

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: root, timeout: 90_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the engine commands in a child process', () => {
  it('replays every golden playthrough of Second Wave and exits 0', async () => {
    const r = await run(
      'replay',
      'missions/second-wave/end-bajor.playthrough.json',
      'missions/second-wave/klingon-opening.playthrough.json',
    );
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('ok   '))).toHaveLength(2);
  });

  it('exits 1 from explore and validate on a mission with a soft-lock and a trap', async () => {
    expect((await run('explore', flawed)).code).toBe(1);
    const v = await run('validate', flawed);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(' error soft-lock ');
  });

  it('exits 2 with one line and no stack trace for a missing file', async () => {
    for (const command of ['simulate', 'explore', 'balance', 'replay']) {
      const r = await run(command, join(dir, 'missing.json'));
      expect(r.code, command).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^mission-studio ${command}: .*missing\\.json: cannot read: no such file\\n$`));
    }
  });

  it('runs balance in worker threads of the bundled command, with plain progress on a pipe', async () => {
    const r = await run('balance', 'missions/tutorial.mission.json', '--runs', '100', '--workers', '2');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('balance: 25%\nbalance: 50%\nbalance: 75%\nbalance: 100%\n');
    expect(r.stdout).toContain('Random playthroughs: 100 ');
  });
});
