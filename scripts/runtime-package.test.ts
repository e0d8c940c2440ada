// The package entry `mission-studio/runtime`, as a game imports it: the built bundle found through
// package.json's exports map, its declarations, and the terminal example played to an ending.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRuntimeIfStale, RUNTIME_OUTPUTS } from './build-runtime.mjs';

const tmp = join('.tmp', 'runtime-package');
const runtimeFile = join(tmp, 'second-wave.runtime.json');

beforeAll(async () => {
  await buildRuntimeIfStale(() => undefined);
  mkdirSync(tmp, { recursive: true });
  const exported = spawnSync(
    process.execPath,
    ['cli/bin/mission-studio.js', 'export', 'missions/second-wave.mission.json', '--format', 'runtime', '-o', runtimeFile],
    { encoding: 'utf8' },
  );
  expect(exported.status, exported.stderr).toBe(0);
}, 120_000);

describe('mission-studio/runtime', () => {
  it('is one ES module and its declarations, found through the exports map', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, { types: string; default: string }> };
    expect(join(pkg.exports['./runtime']?.default ?? '')).toBe(join('dist/runtime/index.mjs'));
    expect(existsSync(RUNTIME_OUTPUTS.bundle)).toBe(true);
    const types = readFileSync(RUNTIME_OUTPUTS.types, 'utf8');
    for (const name of ['createRun', 'loadRuntime', 'restoreRun', 'Step', 'RunSave']) expect(types).toContain(name);
  });

  it('plays every golden playthrough of Second Wave from the built bundle, imported by package name', () => {
    const script = join(tmp, 'goldens.mjs');
    writeFileSync(
      script,
      `import { readFileSync, readdirSync } from 'node:fs';
import { createRun, loadRuntime } from 'mission-studio/runtime';
const file = loadRuntime(readFileSync(${JSON.stringify(runtimeFile)}, 'utf8'));
const dir = 'missions/second-wave';
for (const name of readdirSync(dir).filter((f) => f.endsWith('.playthrough.json'))) {
  const golden = JSON.parse(readFileSync(dir + '/' + name, 'utf8'));
  const run = createRun(file, { faction: golden.faction, seed: golden.seed });
  for (const input of golden.inputs) {
    if (input.kind === 'choice') run.choose(input.choiceId);
    else if (input.kind === 'hub') run.choose(input.optionId);
    else if (input.kind === 'objective') run.resolve('done');
    else if (input.kind === 'combat') run.fightRound(input.stance);
    else if (input.kind === 'combat-auto') run.autoResolve();
    else run.resolve(input.outcome);
  }
  console.log(name, run.step.kind, run.step.nodeId === golden.expect.ending);
}
`,
    );
    const played = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(played.stderr).toBe('');
    const lines = played.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line).toMatch(/ end true$/);
  });

  it('runs the terminal example to the success ending', () => {
    const played = spawnSync(process.execPath, ['examples/terminal-game/play.mjs', runtimeFile, '--auto'], { encoding: 'utf8' });
    expect(played.status, played.stderr).toBe(0);
    expect(played.stdout).toContain('*** SUCCESS:');
  });
});
