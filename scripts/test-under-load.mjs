// `npm run test:under-load [-- <npm test args>]`: runs `npm test` while one CPU burner per core keeps every core
// busy, as on a newcomer's laptop that is never idle. The suite must pass here too: its tests wait on
// conditions, not on time. Prints how long the run took; exits with npm test's code.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { PROJECT_ROOT } from './build-state.mjs';

/** A process that spins one core until it is killed (lowest priority would defeat the point: normal priority). */
function startBurner() {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

const burners = Array.from({ length: availableParallelism() }, startBurner);
const stopBurners = () => burners.forEach((burner) => burner.kill('SIGKILL'));
process.on('SIGINT', () => {
  stopBurners();
  process.exit(130);
});

console.log(`test-under-load: ${burners.length} CPU burner(s) running, one per core; now npm test`);
const started = Date.now();
const test = spawn(process.execPath, ['scripts/test.mjs', ...process.argv.slice(2)], { cwd: PROJECT_ROOT, stdio: 'inherit' });
test.on('exit', (code, signal) => {
  stopBurners();
  console.log(
    `test-under-load: npm test ${code === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s with every core busy`,
  );
  process.exit(code ?? (signal ? 1 : 0));
});
