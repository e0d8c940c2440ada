// The Electron security scan: runs Doyensec's Electronegativity over the desktop app's own code (main/, preload/,
// renderer/ without tests, and package.json) and checks every finding against electronegativity.json, where each
// accepted finding is explained. Fails on a finding nobody explained, on an explanation whose finding is gone
// (so the notes stay true), and on a file the scanner could not parse (it would go unchecked).
// Run: node scripts/electronegativity.mjs
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from './build-state.mjs';

const require = createRequire(import.meta.url);
const NOTES_FILE = join(PROJECT_ROOT, 'electronegativity.json');
const SCANNED = ['main', 'preload', 'renderer'];

/** Whether a source file ships in the app (tests and their helpers do not). */
export function isShippedSource(path) {
  const normalized = path.split('\\').join('/');
  if (/\.test\.tsx?$/.test(normalized)) return false;
  if (/(^|\/)(testing|test-support)(\/|$)/.test(normalized)) return false;
  return true;
}

/** Copies what ships into a fresh folder, so the scanner sees neither tests nor node_modules nor build output. */
function stage() {
  const folder = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  for (const top of SCANNED) {
    cpSync(join(PROJECT_ROOT, top), join(folder, top), {
      recursive: true,
      filter: (source) => isShippedSource(relative(PROJECT_ROOT, source)),
    });
  }
  cpSync(join(PROJECT_ROOT, 'package.json'), join(folder, 'package.json'));
  return folder;
}

/**
 * Splits findings into explained and unexplained, and lists notes that match no finding. A note matches a
 * finding with its check id and file (not its line, so unrelated edits do not churn the notes).
 */
export function reconcile(findings, notes) {
  const used = new Set();
  const explained = [];
  const unexplained = [];
  for (const finding of findings) {
    const index = notes.findIndex((note) => note.check === finding.check && note.file === finding.file);
    if (index < 0) unexplained.push(finding);
    else {
      used.add(index);
      explained.push({ ...finding, reason: notes[index].reason });
    }
  }
  const stale = notes.filter((_, index) => !used.has(index));
  return { explained, unexplained, stale };
}

/** Reads electronegativity.json: `{ excludedChecks: [{ check, reason }], accepted: [{ check, file, reason }] }`. */
export function readNotes(text) {
  const notes = JSON.parse(text);
  const valid = (entry, keys) => keys.every((key) => typeof entry?.[key] === 'string' && entry[key].trim() !== '');
  if (!Array.isArray(notes.accepted) || !notes.accepted.every((entry) => valid(entry, ['check', 'file', 'reason']))) {
    throw new Error('electronegativity.json: every "accepted" entry needs a check, a file and a reason');
  }
  if (!Array.isArray(notes.excludedChecks) || !notes.excludedChecks.every((entry) => valid(entry, ['check', 'reason']))) {
    throw new Error('electronegativity.json: every "excludedChecks" entry needs a check (its class name) and a reason');
  }
  return notes;
}

async function main() {
  const notes = readNotes(readFileSync(NOTES_FILE, 'utf8'));
  const run = require('@doyensec/electronegativity');
  const electronVersion = require('electron/package.json').version;
  const folder = stage();
  let result;
  try {
    result = await run({
      input: folder,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: notes.excludedChecks.map((entry) => entry.check.toLowerCase()),
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file.split('\\').join('/'),
    line: issue.location.line,
    severity: issue.severity.name,
    sample: String(issue.sample ?? '')
      .trim()
      .slice(0, 100),
  }));
  const { explained, unexplained, stale } = reconcile(findings, notes.accepted);
  const unparsed = result.errors.filter((error) => !error.tolerable);

  console.log(
    `Electronegativity ${require('@doyensec/electronegativity/package.json').version}: ${result.globalChecks + result.atomicChecks} checks on Electron ${electronVersion}`,
  );
  for (const entry of notes.excludedChecks) console.log(`  skipped  ${entry.check}: ${entry.reason}`);
  for (const finding of explained)
    console.log(`  explained  ${finding.check} ${finding.file}:${finding.line} (${finding.severity}): ${finding.reason}`);
  for (const finding of unexplained)
    console.log(`  UNEXPLAINED  ${finding.check} ${finding.file}:${finding.line} (${finding.severity}): ${finding.sample}`);
  for (const note of stale)
    console.log(`  STALE NOTE  ${note.check} ${note.file}: no such finding any more; remove it from electronegativity.json`);
  for (const error of unparsed) console.log(`  UNPARSED  ${relative(folder, error.file)}: ${error.message}`);
  const failed = unexplained.length + stale.length + unparsed.length;
  console.log(
    failed === 0
      ? `${findings.length} findings, all explained in electronegativity.json`
      : `${failed} problem(s): fix each finding, or explain it in electronegativity.json`,
  );
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`electronegativity: ${error instanceof Error ? error.stack : String(error)}`);
      process.exit(1);
    },
  );
}
