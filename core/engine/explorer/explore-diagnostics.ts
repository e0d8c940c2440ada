/** Turns an explorer report into diagnostics for the problems pane and the CLI. */
import type { Mission } from '../../format/mission.types';
import { plural } from '../../strings/plural';
import type { Diagnostic, Severity } from '../../validate/diagnostic.types';
import type { ExploreReport, NeverEnabledChoice, ObservedValues, Witness } from './explore-report.types';

function describeWitness(w: Witness): string {
  if (w.inputs.length === 0) return `as ${w.faction}, straight from the start`;
  return `as ${w.faction}, after ${plural(w.inputs.length, 'input')}`;
}

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** "credits is 1 to 5", "trusted is false", "mood is \"calm\" or \"angry\"", "name takes 80 values". */
export function describeObserved(o: ObservedValues): string {
  if (o.distinct === 1) return `${o.variable} is ${show(o.values[0])}`;
  if (o.min !== undefined && o.max !== undefined && o.distinct > 2) return `${o.variable} is ${o.min} to ${o.max}`;
  if (o.distinct <= 4) return `${o.variable} is ${o.values.slice(0, -1).map(show).join(', ')} or ${show(o.values[o.values.length - 1])}`;
  return `${o.variable} takes ${o.distinct} values`;
}

/** Why a choice is never on offer: its condition, and what it read where it was asked. */
function neverEnabledReason(c: NeverEnabledChoice): string {
  const condition = c.condition === null ? 'its condition' : `its condition "${c.condition}"`;
  const there = c.observed.length === 0 ? '' : ` (there, ${c.observed.map(describeObserved).join('; ')})`;
  return `${condition} is false whenever the node is reached${there}`;
}

function choicePath(c: NeverEnabledChoice): string {
  if (c.kind === 'choice') return `/nodes/${c.nodeIndex}/data/choices/${c.portIndex}`;
  if (c.kind === 'option') return `/nodes/${c.nodeIndex}/data/options/${c.portIndex}`;
  return `/nodes/${c.nodeIndex}/data/continue`;
}

/**
 * Why no run gets to an ending (or any node), from its ways in: the choices into it that are never on offer and the nodes
 * before it that are never reached (a branch case that never holds has no finding of its own: none is named).
 * The lookups are built once per report; the returned function is called per finding.
 */
function closedWaysIn(mission: Mission, report: ExploreReport, title: (index: number) => string): (nodeId: string) => string {
  const indexOf = new Map(mission.nodes.map((n, i) => [n.id, i]));
  const closed = new Map(report.neverEnabledChoices.map((c) => [`${c.nodeId}\u0000${c.portId}`, c]));
  const unreached = new Set(report.neverReachedNodes.map((n) => n.nodeId));
  const reasons = new Map<string, string[]>();
  for (const edge of mission.edges) {
    const source = title(indexOf.get(edge.source) ?? -1);
    const choice = closed.get(`${edge.source}\u0000${edge.sourceHandle}`);
    const reason = choice
      ? `${choice.kind === 'continue' ? 'the continue option' : `"${edge.sourceHandle}"`} of "${source}" is never available`
      : unreached.has(edge.source)
        ? `"${source}" is never reached`
        : null;
    if (reason === null) continue;
    const into = reasons.get(edge.target);
    if (into) into.push(reason);
    else reasons.set(edge.target, [reason]);
  }
  return (nodeId) => {
    const found = reasons.get(nodeId) ?? [];
    if (found.length === 0) return '';
    const more = found.length > 3 ? `; and ${found.length - 3} more ways in are closed` : '';
    return `: ${found.slice(0, 3).join('; ')}${more}`;
  };
}

/**
 * One diagnostic per finding. When the search was incomplete, "never" findings are only likely, so they
 * drop to `info` and say so.
 */
export function exploreDiagnostics(mission: Mission, report: ExploreReport): Diagnostic[] {
  const title = (index: number): string => mission.nodes[index]?.title || mission.nodes[index]?.id || `#${index}`;
  const hedge = report.complete ? '' : ' (exploration incomplete: this may be wrong)';
  const never = (severity: Severity): Severity => (report.complete ? severity : 'info');
  const blockedWays = closedWaysIn(mission, report, title);
  const out: Diagnostic[] = [];
  for (const e of report.endings) {
    if (e.reachable) continue;
    out.push({
      code: 'unreachable-ending',
      severity: never('warning'),
      message: `No play-through reaches the ending "${title(e.nodeIndex)}"${blockedWays(e.nodeId)}${hedge}`,
      nodeId: e.nodeId,
      path: `/nodes/${e.nodeIndex}`,
    });
  }
  for (const n of report.neverReachedNodes) {
    out.push({
      code: 'never-reached-node',
      severity: never('warning'),
      message: `Edges lead to "${title(n.nodeIndex)}" but no play-through gets there${blockedWays(n.nodeId)}${hedge}`,
      nodeId: n.nodeId,
      path: `/nodes/${n.nodeIndex}`,
    });
  }
  for (const c of report.neverEnabledChoices) {
    const what = c.kind === 'continue' ? 'The continue option' : c.kind === 'choice' ? `Choice "${c.portId}"` : `Option "${c.portId}"`;
    out.push({
      code: 'never-enabled-choice',
      severity: never('warning'),
      message: `${what} of "${title(c.nodeIndex)}" is never available: ${neverEnabledReason(c)}${hedge}`,
      nodeId: c.nodeId,
      path: choicePath(c),
    });
  }
  for (const s of report.softLocks) {
    out.push({
      code: 'soft-lock',
      severity: 'error',
      message: `The run gets stuck at "${title(s.nodeIndex)}": ${s.reason} (${describeWitness(s.witness)})`,
      nodeId: s.nodeId,
      path: `/nodes/${s.nodeIndex}`,
    });
  }
  for (const t of report.traps) {
    out.push({
      code: 'trap',
      severity: 'warning',
      message: `From "${title(t.nodeIndex)}" no ending can be reached any more (${describeWitness(t.witness)})`,
      nodeId: t.nodeId,
      path: `/nodes/${t.nodeIndex}`,
    });
  }
  return out;
}
