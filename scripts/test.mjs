// `npm test`: every check, in order, stopping at the first failure. Ends with the line
// `N passed, N failed[, N skipped]` (unit + e2e tests; a failed step with no failed test counts as one).
// Run: npm test [-- --from <step>]   (steps: generate, typecheck, lint, format, knip, security, unit, build, e2e-browser, e2e-electron)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSuite } from './e2e.mjs';
import { addTallies, countPlaywrightReport, countVitestReport, emptyTally, formatTally, tallyStep } from './test-report.mjs';
import { runTool } from './tools.mjs';

const reports = mkdtempSync(join(tmpdir(), 'mission-studio-test-'));

/** Each step runs tools and returns { code, counts } (counts null for steps that are not tests). */
const STEPS = [
  {
    key: 'generate',
    name: 'Generated code (the HTML player bundle: scripts/generate-player.mjs)',
    run: async () => ({ code: await runTool('generate-player', []), counts: null }),
  },
  {
    key: 'typecheck',
    name: 'Typecheck (tsc: whole project, then core/ without DOM or Node types)',
    run: async () => ({
      code: (await runTool('tsc', ['-p', 'tsconfig.json', '--noEmit'])) || (await runTool('tsc', ['-p', 'core/tsconfig.json', '--noEmit'])),
      counts: null,
    }),
  },
  { key: 'lint', name: 'Lint (eslint)', run: async () => ({ code: await runTool('eslint', ['.']), counts: null }) },
  {
    key: 'format',
    name: 'Formatting (prettier --check; `npm run format` fixes it)',
    run: async () => ({ code: await runTool('prettier', ['--check', '--log-level', 'warn', '.']), counts: null }),
  },
  {
    key: 'knip',
    name: 'Dead code (knip: unused files, exports and dependencies; knip.jsonc)',
    run: async () => ({ code: await runTool('knip', ['--no-progress']), counts: null }),
  },
  {
    key: 'security',
    name: 'Electron security scan (electronegativity; findings explained in electronegativity.json)',
    run: async () => ({ code: await runTool('electronegativity', []), counts: null }),
  },
  {
    key: 'unit',
    name: 'Unit and property tests (vitest run)',
    run: async () => {
      const file = join(reports, 'vitest.json');
      const code = await runTool('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
      return { code, counts: readReport(file, countVitestReport) };
    },
  },
  {
    key: 'build',
    name: 'Build (electron-vite build)',
    run: async () => ({ code: await runTool('electron-vite', ['build']), counts: null }),
  },
  { key: 'e2e-browser', name: 'E2E: browser host in Chromium (playwright)', run: () => runE2e('browser') },
  { key: 'e2e-electron', name: 'E2E: Electron (playwright _electron)', run: () => runE2e('electron') },
];

async function runE2e(kind) {
  const file = join(reports, `playwright-${kind}.json`);
  const code = await runSuite(kind, { jsonReport: file });
  return { code, counts: readReport(file, countPlaywrightReport) };
}

function readReport(file, count) {
  try {
    return count(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

function banner(text) {
  console.log(`\n${'='.repeat(8)} ${text} ${'='.repeat(Math.max(8, 92 - text.length))}`);
}

/** The steps to run: all, or from the one named by `--from` on. */
function selectSteps(args) {
  const index = args.indexOf('--from');
  if (index < 0) return STEPS;
  const start = STEPS.findIndex((step) => step.key === args[index + 1]);
  if (start < 0) {
    console.error(`npm test: --from takes one of ${STEPS.map((step) => step.key).join(', ')}`);
    process.exit(2);
  }
  return STEPS.slice(start);
}

let tally = emptyTally();
let failedStep = null;
const started = Date.now();
for (const step of selectSteps(process.argv.slice(2))) {
  const index = STEPS.indexOf(step);
  banner(`[${index + 1}/${STEPS.length}] ${step.name}`);
  const stepStarted = Date.now();
  let result;
  try {
    result = await step.run();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    result = { code: 1, counts: null };
  }
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (result.counts || result.code !== 0) tally = addTallies(tally, tallyStep(result.counts, result.code));
  if (result.code !== 0) {
    failedStep = step.name;
    console.log(`\nFAILED: ${step.name} (exit ${result.code}, ${seconds}s). Stopping here.`);
    break;
  }
  console.log(`\nok: ${step.name} (${seconds}s)`);
}
rmSync(reports, { recursive: true, force: true });

banner(failedStep ? `npm test FAILED at: ${failedStep}` : `npm test passed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
console.log(formatTally(tally));
process.exit(failedStep ? 1 : 0);
