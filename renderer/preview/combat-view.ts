/** The fight in progress as the combat view draws it: both sides' bars and this fight's round log. */
import { shotWords, type Combatant, type CombatRoundReport, type RunState } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import { sourceNames, type CombatantNamer } from '../translations/unit-names';
import { summarizeRound } from './transcript';

/** One unit's bars; `onField` is false for an enemy wave that has not arrived yet. */
export interface UnitBars {
  key: string;
  name: string;
  hull: number;
  maxHull: number;
  shields: number;
  maxShields: number;
  alive: boolean;
  onField: boolean;
}

/** What the combat view shows. */
export interface CombatView {
  nodeId: string;
  title: string;
  round: number;
  wave: number;
  /** The last wave number, to say "wave 1 of 2". */
  waves: number;
  allies: UnitBars[];
  enemies: UnitBars[];
  /** This fight's rounds, oldest first: a one-line summary and every shot in words. */
  log: RoundLog[];
}

/** One round: "Round 2 (attack): 3/4 hits, dealt 30, took 14", then "Jem'Hadar Soldier 1 hits Captain for 14 hull". */
export interface RoundLog {
  summary: string;
  shots: string[];
}

/** Every shot of a round in words, with the units' names (the HTML player's sentences). */
function roundLog(report: CombatRoundReport, nameOf: CombatantNamer): RoundLog {
  const names = new Map([...report.allies, ...report.enemies].map((c) => [c.key, nameOf(c)]));
  const shots = report.hits.map((hit) =>
    shotWords({ ...hit, attackerName: names.get(hit.attacker) ?? hit.attacker, targetName: names.get(hit.target) ?? hit.target }),
  );
  return { summary: summarizeRound(report, nameOf), shots };
}

const barsOf = (c: Combatant, onField: boolean, nameOf: CombatantNamer): UnitBars => ({
  key: c.key,
  name: nameOf(c),
  hull: c.hull,
  maxHull: c.maxHull,
  shields: c.shields,
  maxShields: c.maxShields,
  alive: c.alive,
  onField,
});

/** One side as drawn: the units fighting now get bars; the rest are named on a line each, so a big fight stays short. */
export interface SideRows {
  fighting: UnitBars[];
  /** Units of a later wave, not on the field yet. */
  waiting: string[];
  destroyed: string[];
}

/** Splits a side into the units with bars (on the field and alive) and the names of those waiting or destroyed. */
export function sideRows(units: readonly UnitBars[]): SideRows {
  const rows: SideRows = { fighting: [], waiting: [], destroyed: [] };
  for (const unit of units) {
    if (!unit.alive) rows.destroyed.push(unit.name);
    else if (!unit.onField) rows.waiting.push(unit.name);
    else rows.fighting.push(unit);
  }
  return rows;
}

/** The combat view of the run's current fight, or null when no fight is in progress; `nameOf` names the units (the preview's language). */
export function combatView(mission: Mission, state: RunState, nameOf: CombatantNamer = sourceNames): CombatView | null {
  const combat = state.combat;
  if (!combat) return null;
  const log: RoundLog[] = [];
  // This fight's rounds: the events since the run last entered the combat node.
  for (let i = state.events.length - 1; i >= 0; i--) {
    const e = state.events[i];
    if (!e || (e.type === 'enter-node' && e.nodeId === combat.nodeId)) break;
    if (e.type === 'combat-round' && e.nodeId === combat.nodeId) log.push(roundLog(e.report, nameOf));
  }
  log.reverse();
  return {
    nodeId: combat.nodeId,
    title: mission.nodes.find((n) => n.id === combat.nodeId)?.title ?? combat.nodeId,
    round: combat.round,
    wave: combat.wave,
    waves: combat.enemies.reduce((max, c) => Math.max(max, c.wave), 1),
    allies: combat.allies.map((c) => barsOf(c, true, nameOf)),
    enemies: combat.enemies.map((c) => barsOf(c, c.wave <= combat.wave, nameOf)),
    log,
  };
}
