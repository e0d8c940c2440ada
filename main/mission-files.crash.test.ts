import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFileOf, writeFileAtomically } from './mission-files';

// A real process killed with SIGKILL mid-save: no `finally`, no cleanup, exactly what a crash or power cut does
// to the app's own process. The file on disk must still be one whole version.
const CHILD = join(__dirname, 'test-support', 'crash-save-child.ts');
const TSX = createRequire(__filename).resolve('tsx');
const BIG = 8 * 1024 * 1024;

let folder: string;
let child: ChildProcess | undefined;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'mission-crash-'));
});

afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
  rmSync(folder, { recursive: true, force: true });
});

/** Starts the child and resolves with its first stdout line that matches `pattern`. */
function startChild(mode: 'pause' | 'loop', target: string, pattern: RegExp): Promise<string> {
  const started = spawn(process.execPath, ['--import', TSX, CHILD, mode, target, String(BIG)], { stdio: ['ignore', 'pipe', 'pipe'] });
  child = started;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    started.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => pattern.test(l));
      if (line) resolve(line);
    });
    started.stderr?.on('data', (chunk: Buffer) => void (err += chunk.toString()));
    started.on('exit', (code) => reject(new Error(`child exited (${code}) before "${pattern.source}": ${err}`)));
  });
}

function killAndWait(running: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    running.once('exit', () => resolve());
    running.kill('SIGKILL');
  });
}

describe('writeFileAtomically in a process killed mid-save', () => {
  it('leaves the original intact when the process dies after the flush and before the rename', async () => {
    const target = join(folder, 'second-wave.mission.json');
    writeFileSync(target, '{"the":"original"}');
    const line = await startChild('pause', target, /^paused /);
    const temp = line.slice('paused '.length);
    // The new text was fully written and flushed: the kill lands at the worst moment, not before any work.
    expect(readFileSync(temp, 'utf8').length).toBe(BIG);
    await killAndWait(child!);
    expect(readFileSync(target, 'utf8')).toBe('{"the":"original"}');
    expect(readdirSync(folder).filter((name) => isTempFileOf(target, name))).toEqual([basename(temp)]);

    // The next save tidies what the killed one left behind.
    await writeFileAtomically(target, '{"the":"next"}');
    expect(readdirSync(folder)).toEqual(['second-wave.mission.json']);
  });

  it('never leaves a mix of two versions when killed while saving over and over', async () => {
    const target = join(folder, 'loop.mission.json');
    writeFileSync(target, 'A'.repeat(BIG));
    await startChild('loop', target, /^saved [2-9]/);
    await killAndWait(child!);
    const text = readFileSync(target, 'utf8');
    expect(text.length).toBe(BIG);
    expect(text === 'A'.repeat(BIG) || text === 'B'.repeat(BIG)).toBe(true);
  });
});
