// `npm run test:node-lts`: the unit tests and the CLI again on the current Node LTS (24), fetched from the npm
// registry's `node` package, so the project is known to work on the Node its users install today as well as on
// the oldest it supports (the one running this script). `.ci/run` runs it before `npm test`.
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './build-state.mjs';

/** The LTS line to check, and the npm package that provides it. */
export const LTS = 'node@24';

/** Runs `node <args>` on the LTS through npx; returns the exit code. */
function onLts(args) {
  const result = spawnSync('npx', ['-y', LTS, ...args], { cwd: PROJECT_ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

const CHECKS = [
  ['unit and property tests', ['node_modules/vitest/vitest.mjs', 'run']],
  [
    'CLI: validate the samples',
    ['cli/bin/mission-studio.js', 'validate', 'missions/second-wave.mission.json', 'missions/tutorial.mission.json'],
  ],
  [
    'CLI: replay the golden playthroughs',
    [
      'cli/bin/mission-studio.js',
      'replay',
      'missions/second-wave/end-bajor.playthrough.json',
      'missions/second-wave/klingon-opening.playthrough.json',
    ],
  ],
];

let failed = 0;
for (const [name, args] of CHECKS) {
  console.log(`\n== ${LTS}: ${name} ==`);
  const code = onLts(args);
  if (code !== 0) {
    failed++;
    console.log(`FAILED on ${LTS}: ${name} (exit ${code})`);
  }
}
console.log(`\n${LTS}: ${CHECKS.length - failed} of ${CHECKS.length} checks passed`);
process.exit(failed === 0 ? 0 : 1);
