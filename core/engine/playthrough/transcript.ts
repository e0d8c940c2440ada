/**
 * A run as text: who says what, the choices offered and taken, effects, objectives, fights and the ending.
 * The CLI prints it; its canonical form (one summary line per fight) is what a playthrough's hash covers.
 */
import type { Mission, MissionNode } from '../../format/mission.types';
import type { CombatRoundReport, Combatant } from '../combat/combat.types';
import { sameInput, type Input } from '../compile/inputs';
import type { OfferedInput, RunEvent } from '../simulator/run-state.types';
import { plural } from '../../strings/plural';
import { fnv1a64 } from './fnv1a64';
import type { PlayStep } from './playthrough.types';

/** How much of each fight to show. */
export interface TranscriptOptions {
  /** One line per combat round as well as the fight's summary (default false: the summary only). */
  rounds?: boolean;
}

/** Walks the steps, remembering the last offer and the fight in progress. */
class TranscriptWriter {
  readonly lines: string[] = [];
  private offer: OfferedInput[] = [];
  private fight: { reports: CombatRoundReport[] } | null = null;
  private readonly nodes: Map<string, MissionNode>;

  constructor(
    mission: Mission,
    private readonly rounds: boolean,
  ) {
    this.nodes = new Map(mission.nodes.map((n) => [n.id, n]));
  }

  private title(nodeId: string): string {
    return this.nodes.get(nodeId)?.title || nodeId;
  }

  input(input: Input): void {
    if (input.kind === 'combat') return; // each round's line (or the fight's summary) shows the stance
    const offered = this.offer.find((o) => sameInput(o.input, input));
    const label = offered?.label ?? JSON.stringify(input);
    this.lines.push(input.kind === 'objective' ? `> Done: ${label}` : `> ${label}`);
  }

  event(e: RunEvent): void {
    switch (e.type) {
      case 'enter-node':
        return;
      case 'line':
        this.lines.push(`${e.speakerName ?? e.speaker ?? 'Narrator'}: ${e.text}`);
        return;
      case 'choice-offered':
        this.offerMade(e.nodeId, e.options);
        return;
      case 'effect':
        this.lines.push(`  [${e.variable}: ${JSON.stringify(e.before)} -> ${JSON.stringify(e.after)}]`);
        return;
      case 'objective-started':
        this.lines.push(`  Objective${e.optional ? ' (optional)' : ''}: ${e.text}`);
        return;
      case 'objective-done':
        return; // the input line says it
      case 'combat-round':
        this.fight?.reports.push(e.report);
        if (this.rounds) this.lines.push(formatRound(e.report));
        return;
      case 'combat-end':
        this.lines.push(this.fightSummary(e.nodeId, e.outcome, e.rounds, e.forced));
        this.fight = null;
        return;
      case 'end':
        this.lines.push(`THE END (${e.outcome}, ${e.nodeId}): ${e.text}`);
        return;
      case 'error':
        this.lines.push(`ERROR${e.nodeId === undefined ? '' : ` at ${e.nodeId}`}: ${e.message}`);
        return;
    }
  }

  private offerMade(nodeId: string, options: OfferedInput[]): void {
    this.offer = options;
    const first = options[0]?.input.kind;
    if (first === 'combat') {
      this.fight = { reports: [] };
      this.lines.push(`Fight: ${this.title(nodeId)}`);
    } else if (first !== 'objective') {
      options.forEach((o, i) => this.lines.push(`  ${i + 1}. ${o.label}`));
    }
  }

  private fightSummary(nodeId: string, outcome: string, rounds: number, forced: boolean): string {
    const reports = this.fight?.reports ?? [];
    const stances = new Map<string, number>();
    for (const r of reports) stances.set(r.stance, (stances.get(r.stance) ?? 0) + 1);
    const used = [...stances].map(([s, n]) => `${s} x${n}`).join(', ');
    const last = reports[reports.length - 1];
    const lost = last ? last.allies.filter((a) => !a.alive).map((a) => a.name) : [];
    const parts = [`Fight "${this.title(nodeId)}": ${outcome} after ${plural(rounds, 'round')}`];
    if (forced) parts.push('forced');
    if (used) parts.push(`stances: ${used}`);
    if (last) parts.push(`allies lost: ${lost.length > 0 ? lost.join(', ') : 'none'}`);
    return parts.join('; ');
  }
}

function bars(side: readonly Combatant[]): string {
  let hull = 0;
  let maxHull = 0;
  let shields = 0;
  let maxShields = 0;
  for (const c of side) {
    hull += c.hull;
    maxHull += c.maxHull;
    shields += c.shields;
    maxShields += c.maxShields;
  }
  return `hull ${Math.round(hull)}/${maxHull}` + (maxShields > 0 ? `, shields ${Math.round(shields)}/${maxShields}` : '');
}

/** One combat round in a line: stance, hits, losses, and both sides' bars afterwards. */
export function formatRound(r: CombatRoundReport): string {
  const hits = r.hits.filter((h) => h.hit).length;
  const names = new Map([...r.allies, ...r.enemies].map((c) => [c.key, c.name]));
  const destroyed = r.hits.filter((h) => h.destroyed).map((h) => names.get(h.target) ?? h.target);
  return (
    `  Round ${r.round} (${r.stance}): ${hits}/${r.hits.length} shots hit` +
    (destroyed.length > 0 ? `; destroyed: ${destroyed.join(', ')}` : '') +
    (r.waveArrived !== undefined ? `; wave ${r.waveArrived} arrives` : '') +
    `; allies ${bars(r.allies)}; enemies (all waves) ${bars(r.enemies)}`
  );
}

/** The transcript of a run's steps, one string per line. */
export function formatTranscript(mission: Mission, steps: readonly PlayStep[], options: TranscriptOptions = {}): string[] {
  const writer = new TranscriptWriter(mission, options.rounds === true);
  for (const step of steps) {
    if (step.input !== null) writer.input(step.input);
    for (const e of step.events) writer.event(e);
  }
  return writer.lines;
}

/** The canonical transcript a playthrough's hash covers: fight summaries only, one line each, newline-ended. */
export function canonicalTranscript(mission: Mission, steps: readonly PlayStep[]): string {
  return formatTranscript(mission, steps)
    .map((line) => `${line}\n`)
    .join('');
}

/** The hash of the canonical transcript. */
export function transcriptHash(mission: Mission, steps: readonly PlayStep[]): string {
  return fnv1a64(canonicalTranscript(mission, steps));
}
