// `npm run example [-- --auto] [-- --faction klingon]`: exports Second Wave for a game and plays it with the
// terminal example (examples/terminal-game/play.mjs) on mission-studio/runtime, built first if it is stale.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-state.mjs';
import { buildRuntimeIfStale } from './build-runtime.mjs';

const runtimeFile = join(PROJECT_ROOT, '.tmp/second-wave.runtime.json');
mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
await buildRuntimeIfStale();
const run = (args) => spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit' }).status ?? 1;
const exported = run([
  'cli/bin/mission-studio.js',
  'export',
  'missions/second-wave.mission.json',
  '--format',
  'runtime',
  '-o',
  runtimeFile,
]);
process.exit(exported !== 0 ? exported : run(['examples/terminal-game/play.mjs', runtimeFile, ...process.argv.slice(2)]));
