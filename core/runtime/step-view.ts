/**
 * What a game sees of a run state: the step, its lines and choices, in the run's language. Pure: building a
 * view never runs an effect or a hand-off, however often a game asks (articy's "shadowing" problem).
 */
import { explainExpression } from '../engine/simulator/explain-condition';
import type { RunEvent, RunState } from '../engine/simulator/run-state.types';
import type { CombatRoundReport, CombatState, Combatant } from '../engine/combat/combat.types';
import type { Expr } from '../expressions/ast.types';
import type { RuntimeFile, RuntimeNode } from './runtime-file.types';
import type { ChoiceView, CombatantView, FightView, Line, ObjectiveView, RoundView, ShotView, Speaker, Step } from './runtime.types';

/** Looks strings up in one language, falling back to the source language (and saying so). */
export class StringTable {
  private readonly table: Record<string, string>;
  private readonly source: Record<string, string>;

  constructor(
    file: RuntimeFile,
    readonly language: string,
  ) {
    this.source = file.strings[file.languages[0] as string] ?? {};
    this.table = file.strings[language] ?? this.source;
  }

  /** The text of a string id, and whether it came from the source language instead. */
  lookup(id: string): { text: string; fallback: boolean } {
    if (Object.hasOwn(this.table, id)) return { text: this.table[id] as string, fallback: false };
    return { text: Object.hasOwn(this.source, id) ? (this.source[id] as string) : id, fallback: this.table !== this.source };
  }

  text(id: string): string {
    return this.lookup(id).text;
  }
}

const fallbackMark = (fallback: boolean) => (fallback ? { fallback: true as const } : {});

function speakerOf(file: RuntimeFile, strings: StringTable, castId: string | null): Speaker | null {
  if (castId === null) return null;
  const member = Object.hasOwn(file.cast, castId) ? file.cast[castId] : undefined;
  return { id: castId, name: member ? strings.text(member.name) : castId };
}

/**
 * The lines among a transition's events, with their string ids: the k-th line after a node is entered is the
 * k-th of its `lines` (narration, dialog), or its `text` (start, hub). Taken from the file, so a loader's own
 * ids work as well as Mission Studio's.
 */
export function linesOf(file: RuntimeFile, strings: StringTable, events: readonly RunEvent[]): Line[] {
  const lines: Line[] = [];
  let node: RuntimeNode | undefined;
  let index = 0;
  for (const e of events) {
    if (e.type === 'enter-node') {
      node = Object.hasOwn(file.nodes, e.nodeId) ? file.nodes[e.nodeId] : undefined;
      index = 0;
    } else if (e.type === 'line') {
      let id = e.stringId;
      if (node?.type === 'narration' || node?.type === 'dialog') id = node.lines[index++] ?? id;
      else if ((node?.type === 'start' || node?.type === 'hub') && node.text !== null) id = node.text;
      const { text, fallback } = strings.lookup(id);
      lines.push({ id, text, speaker: speakerOf(file, strings, e.speaker), ...fallbackMark(fallback) });
    }
  }
  return lines;
}

function choiceView(
  id: string,
  textId: string,
  strings: StringTable,
  open: boolean,
  condition: Expr | null,
  state: RunState,
  once: boolean,
): ChoiceView {
  const { text, fallback } = strings.lookup(textId);
  const reason = open || condition === null ? null : explainExpression(condition, state);
  return {
    id,
    textId,
    text,
    available: open,
    ...(reason !== null ? { reason } : {}),
    ...(once ? { once: true as const } : {}),
    ...fallbackMark(fallback),
  };
}

function choicesOf(node: RuntimeNode, state: RunState, strings: StringTable): ChoiceView[] {
  const open = new Set(
    state.available.map((o) => (o.input.kind === 'choice' ? o.input.choiceId : o.input.kind === 'hub' ? o.input.optionId : '')),
  );
  if (node.type === 'dialog') {
    return node.choices.map((c) => choiceView(c.id, c.text, strings, open.has(c.id), c.condition as Expr | null, state, false));
  }
  if (node.type !== 'hub') return [];
  const used = new Set(state.usedOnce);
  const options = node.options
    .filter((o) => !(o.once && used.has(`${state.nodeId}/${o.id}`)))
    .map((o) => choiceView(o.id, o.label, strings, open.has(o.id), o.condition as Expr | null, state, o.once));
  return [
    ...options,
    choiceView('continue', node.continue.label, strings, open.has('continue'), node.continue.condition as Expr | null, state, false),
  ];
}

function placeOf(file: RuntimeFile, strings: StringTable, id: string | undefined) {
  if (id === undefined) return {};
  const location = Object.hasOwn(file.locations, id) ? file.locations[id] : undefined;
  return { location: { id, name: location ? strings.text(location.name) : id } };
}

function combatantView(c: Combatant, file: RuntimeFile, strings: StringTable, many: ReadonlySet<string>): CombatantView {
  const unit = Object.hasOwn(file.units, c.unit) ? file.units[c.unit] : undefined;
  const base = unit ? strings.text(unit.name) : c.unit;
  const number = c.key.slice(c.key.lastIndexOf('#') + 1);
  return {
    key: c.key,
    unit: c.unit,
    name: many.has(c.unit) ? `${base} ${number}` : base,
    side: c.side,
    wave: c.wave,
    hull: c.hull,
    maxHull: c.maxHull,
    shields: c.shields,
    maxShields: c.maxShields,
    alive: c.alive,
  };
}

/** The views of a fight's combatants; a unit that fights more than once is numbered. */
function combatantViews(file: RuntimeFile, strings: StringTable, allies: readonly Combatant[], enemies: readonly Combatant[]) {
  const counts = new Map<string, number>();
  for (const c of [...allies, ...enemies]) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  const many = new Set([...counts].filter(([, n]) => n > 1).map(([unit]) => unit));
  return {
    allies: allies.map((c) => combatantView(c, file, strings, many)),
    enemies: enemies.map((c) => combatantView(c, file, strings, many)),
  };
}

/** The fight at a combat node, named in the run's language. */
function fightView(file: RuntimeFile, strings: StringTable, nodeId: string, combat: CombatState | null): FightView {
  const node = file.nodes[nodeId];
  if (node?.type !== 'combat') throw new Error(`"${nodeId}" is not a combat node`);
  return {
    mode: node.mode,
    ...placeOf(file, strings, node.location),
    goal: node.goal,
    roundLimit: node.roundLimit,
    round: combat?.round ?? 0,
    wave: combat?.wave ?? 1,
    ...combatantViews(file, strings, combat?.allies ?? [], combat?.enemies ?? []),
  };
}

/** A round the combat stub played, its shots named in the run's language. */
export function roundView(file: RuntimeFile, strings: StringTable, nodeId: string, report: CombatRoundReport): RoundView {
  const { allies, enemies } = combatantViews(file, strings, report.allies, report.enemies);
  const names = new Map([...allies, ...enemies].map((c) => [c.key, c.name]));
  const shots: ShotView[] = report.hits.map((h) => ({
    attacker: h.attacker,
    target: h.target,
    attackerName: names.get(h.attacker) ?? h.attacker,
    targetName: names.get(h.target) ?? h.target,
    hit: h.hit,
    damage: h.damage,
    shieldDamage: h.shieldDamage,
    destroyed: h.destroyed,
  }));
  return {
    nodeId,
    round: report.round,
    stance: report.stance,
    shots,
    ...(report.waveArrived !== undefined ? { waveArrived: report.waveArrived } : {}),
    outcome: report.outcome,
    allies,
    enemies,
  };
}

function objectiveView(file: RuntimeFile, strings: StringTable, node: Extract<RuntimeNode, { type: 'objective' }>): ObjectiveView {
  return {
    kind: node.kind,
    textId: node.text,
    text: strings.text(node.text),
    optional: node.optional,
    ...placeOf(file, strings, node.location),
    ...(node.target !== undefined ? { target: node.target } : {}),
  };
}

/** The step a game shows for a run state, with the lines of the transition that led to it. */
export function stepView(file: RuntimeFile, strings: StringTable, state: RunState, lines: Line[]): Step {
  const nodeId = state.nodeId;
  const node = nodeId !== null && Object.hasOwn(file.nodes, nodeId) ? file.nodes[nodeId] : undefined;
  if (state.status === 'error' || nodeId === null || node === undefined) {
    return { kind: 'error', nodeId, lines, message: state.error?.message ?? `the run stands at an unknown node "${nodeId ?? ''}"` };
  }
  if (state.status === 'ended' && node.type === 'end') {
    return { kind: 'end', nodeId, lines, outcome: node.outcome, textId: node.text, text: strings.text(node.text) };
  }
  switch (node.type) {
    case 'dialog':
    case 'hub':
      return {
        kind: 'choice',
        nodeId,
        lines,
        node: node.type,
        speaker: node.type === 'dialog' ? speakerOf(file, strings, node.speaker) : null,
        choices: choicesOf(node, state, strings),
      };
    case 'objective':
      return { kind: 'objective', nodeId, lines, objective: objectiveView(file, strings, node) };
    case 'combat':
      return { kind: 'combat', nodeId, lines, fight: fightView(file, strings, nodeId, state.combat) };
    default:
      return { kind: 'error', nodeId, lines, message: `the run cannot wait at a ${node.type} node` };
  }
}
