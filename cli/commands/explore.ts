import { plural } from '@mission-studio/core/strings';
import { describeObserved } from '@mission-studio/core/engine';
import { exploreMission } from '@mission-studio/core/engine';
import type { ExploreReport, Witness } from '@mission-studio/core/engine';
import { CHECK_TIME_BUDGET_MS } from '@mission-studio/core/check';
import { EXIT, type CliIo } from '../cli-io';
import type { CliCommand, OptionValues } from '../command.types';
import { formatInput } from '../format-input';
import { errorNote, loadMissionFile } from '../load-mission-file';
import { integerOption, secondsOption } from '../option-values';

const count = (n: number): string => n.toLocaleString('en-US');

function witness(w: Witness): string {
  const steps =
    w.inputs.length === 0 ? 'straight from the start' : `${plural(w.inputs.length, 'input')}: ${w.inputs.map(formatInput).join(', ')}`;
  return `as ${w.faction}, ${steps}`;
}

/** The report as text: a summary line, then each finding with the witness that shows it. */
function formatExploreReport(file: string, r: ExploreReport): string[] {
  const lines = [
    `${file}: ${count(r.states)} states, ${count(r.transitions)} transitions in ${Math.round(r.elapsedMs)} ms` +
      (r.complete ? ' (complete)' : ` (INCOMPLETE: ${r.incompleteReason ?? 'stopped early'})`),
  ];
  if (r.factionsWithoutStart.length > 0) lines.push(`Factions without a start: ${r.factionsWithoutStart.join(', ')}`);
  const unreachable = r.endings.filter((e) => !e.reachable).length;
  lines.push(`Endings: ${r.endings.length}, ${unreachable === 0 ? 'all reachable' : `${unreachable} UNREACHABLE`}`);
  const width = Math.max(0, ...r.endings.map((e) => e.nodeId.length));
  for (const e of r.endings) {
    lines.push(`  ${e.nodeId.padEnd(width)}  ${e.outcome.padEnd(7)}  ${e.reachable ? 'reachable' : 'UNREACHABLE'}`);
    if (e.witness) lines.push(`    ${witness(e.witness)}`);
  }
  const section = (title: string, items: string[]): void => {
    lines.push(`${title}: ${items.length === 0 ? 'none' : items.length}`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section(
    'Never reached nodes',
    r.neverReachedNodes.map((n) => n.nodeId),
  );
  section(
    'Never enabled choices',
    r.neverEnabledChoices.map((c) => {
      const there = c.observed.length === 0 ? '' : `; there, ${c.observed.map(describeObserved).join('; ')}`;
      return `${c.nodeId}/${c.portId} (${c.kind})${c.condition === null ? '' : `: "${c.condition}"${there}`}`;
    }),
  );
  section(
    'Soft-locks',
    r.softLocks.map((s) => `${s.nodeId}: ${s.reason} (${count(s.states)} states)\n    ${witness(s.witness)}`),
  );
  section(
    'Traps',
    r.traps.map((t) => `${t.nodeId} (${count(t.states)} states)\n    ${witness(t.witness)}`),
  );
  return lines;
}

/** True when the report has a finding that fails the command: an unreachable ending, a soft-lock or a trap. */
function exploreFailed(r: ExploreReport): boolean {
  return r.endings.some((e) => !e.reachable) || r.softLocks.length > 0 || r.traps.length > 0;
}

async function run(io: CliIo, files: string[], options: OptionValues): Promise<number> {
  const fail = (message: string): number => {
    io.err(`mission-studio explore: ${message}\n`);
    return EXIT.unusable;
  };
  if (files.length !== 1) return fail('name exactly one mission file');
  const file = files[0] as string;
  const maxStates = integerOption(options, 'max-states', 5_000_000, { min: 1 });
  if (!maxStates.ok) return fail(maxStates.message);
  const budget = secondsOption(options, 'time-budget', CHECK_TIME_BUDGET_MS);
  if (!budget.ok) return fail(budget.message);
  const loaded = await loadMissionFile(io, file);
  if (!loaded.ok) return fail(loaded.message);
  const note = errorNote(file, loaded.diagnostics);
  if (note) io.err(note);
  const report = exploreMission(loaded.mission, {
    maxStates: maxStates.value,
    ...(budget.value === undefined ? {} : { timeBudgetMs: budget.value }),
    now: () => performance.now(),
  });
  if (options.json === true) io.out(`${JSON.stringify({ file, ...report })}\n`);
  else for (const line of formatExploreReport(file, report)) io.out(`${line}\n`);
  if (exploreFailed(report)) return EXIT.problems;
  return report.complete ? EXIT.ok : EXIT.incomplete;
}

/** The `explore` subcommand. */
export const explore: CliCommand = {
  name: 'explore',
  usage: 'explore FILE [--json] [--max-states N] [--time-budget S]',
  summary: 'walk every reachable state; exit 1 on an unreachable ending, a soft-lock or a trap; 3 when cut short',
  help: [
    '--json           print the report as one JSON object',
    '--max-states N   stop storing states past N (default 5,000,000); the report then says INCOMPLETE',
    '--time-budget S  stop searching after S seconds (default 3, as validate and the app; 0: no budget); the',
    '                 report then says INCOMPLETE, and the exit code is 3 unless what was searched has a problem',
  ],
  options: { json: { type: 'boolean', default: false }, 'max-states': { type: 'string' }, 'time-budget': { type: 'string' } },
  run,
};
