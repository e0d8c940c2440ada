import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// These run the real command in a child process: the point is that no input crashes it, hangs it, or prints a
// stack trace, and that it exits 2 with a message naming the file.
const bin = join(__dirname, 'bin', 'mission-studio.js');
const dir = mkdtempSync(join(tmpdir(), 'mission-studio-hostile-'));
const run = async (file: string) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, 'validate', file], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('mission-studio validate on hostile input', () => {
  it('refuses a 50 MB file with a clear error', async () => {
    const file = write('huge.mission.json', `{"format":"mission-studio/1","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`);
    const result = await run(file);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/huge\.mission\.json:1:1 error parse-error .*limited to 32 MB/);
  });

  it('refuses 100,000 levels of nesting without a stack overflow', async () => {
    const file = write('deep.mission.json', `{"format":"mission-studio/1","meta":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const result = await run(file);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('error schema');
    expect(result.stderr).toBe('');
  });

  it('refuses __proto__ keys as unknown properties', async () => {
    const sample = readFileSync(join(__dirname, '..', 'missions', 'tutorial.mission.json'), 'utf8');
    const file = write(
      'proto.mission.json',
      sample.replace('"format": "mission-studio/2",', '"format": "mission-studio/2", "__proto__": {"x": 1},'),
    );
    const result = await run(file);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("unknown property '__proto__'");
  });

  it('reports a truncated file with the line and column where it ends', async () => {
    const sample = readFileSync(join(__dirname, '..', 'missions', 'tutorial.mission.json'), 'utf8');
    const file = write('cut.mission.json', sample.slice(0, Math.floor(sample.length / 2)));
    const result = await run(file);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/cut\.mission\.json:\d+:\d+ error parse-error not valid JSON/);
    expect(result.stderr).toBe('');
  });
});
