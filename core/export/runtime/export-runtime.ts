/**
 * The `runtime` export: a mission as a game engine loads it (`mission-studio-runtime/1`, see
 * docs/runtime-format.md). Ports are resolved to the node they lead to, expressions are pre-parsed trees, every
 * player string is replaced by its id (core/strings) and collected in a string table; positions, groups and
 * descriptions stay in the editor.
 */
import type { EffectExpr, Expr } from '../../expressions/ast.types';
import { parseCondition, parseEffect } from '../../expressions/parse';
import type { Mission, MissionNode } from '../../format/mission.types';
import { fnv1a64 } from '../../engine/playthrough/fnv1a64';
import {
  choiceStringId,
  DEFAULT_SOURCE_LANGUAGE,
  missionLanguages,
  continueStringId,
  findStringIdCollisions,
  lineStringId,
  missionStrings,
  nameStringId,
  nodeTextStringId,
  optionStringId,
} from '../../strings/mission-strings';
import type { Translation } from '../../strings/translation.types';
import type { Diagnostic } from '../../validate/diagnostic.types';
import { RUNTIME_FORMAT, type RuntimeEffect, type RuntimeExpr, type RuntimeFile, type RuntimeNode } from '../../runtime/runtime-file.types';
import type { ExportOptions, ExportResult } from '../export.types';

/** A condition that did not parse: a mission with errors can still be exported with --force. */
class UnparsableExpression extends Error {}

function conditionTree(text: string | undefined): RuntimeExpr | null {
  if (text === undefined || text.trim() === '') return null;
  const parsed = parseCondition(text);
  if (!parsed.ok) throw new UnparsableExpression(`condition "${text}" does not parse: ${parsed.error.message}`);
  return parsed.value satisfies Expr as RuntimeExpr;
}

function effectTrees(texts: readonly string[] | undefined): RuntimeEffect[] {
  return (texts ?? []).map((text) => {
    const parsed = parseEffect(text);
    if (!parsed.ok) throw new UnparsableExpression(`effect "${text}" does not parse: ${parsed.error.message}`);
    return parsed.value satisfies EffectExpr as RuntimeEffect;
  });
}

/** Where each port of each node leads: the first edge leaving the port, as the engine follows it. */
function portTargets(mission: Mission): (nodeId: string, port: string) => string | null {
  const ids = new Set(mission.nodes.map((n) => n.id));
  const first = new Map<string, string>();
  for (const e of mission.edges) {
    const key = `${e.source}\u0000${e.sourceHandle}`;
    if (!first.has(key) && ids.has(e.target)) first.set(key, e.target);
  }
  return (nodeId, port) => first.get(`${nodeId}\u0000${port}`) ?? null;
}

function runtimeNode(node: Exclude<MissionNode, { type: 'group' }>, next: (port: string) => string | null): RuntimeNode {
  const { id, title } = node;
  const place = (location: string | undefined) => (location !== undefined ? { location } : {});
  switch (node.type) {
    case 'start':
      return { type: 'start', title, faction: node.data.faction, text: nodeTextStringId(id), next: next('next') };
    case 'narration':
      return {
        type: 'narration',
        title,
        speaker: node.data.speaker ?? null,
        ...place(node.data.location),
        lines: node.data.lines.map((_, i) => lineStringId(id, i)),
        next: next('next'),
      };
    case 'dialog':
      return {
        type: 'dialog',
        title,
        speaker: node.data.speaker,
        ...place(node.data.location),
        lines: node.data.lines.map((_, i) => lineStringId(id, i)),
        choices: node.data.choices.map((c) => ({
          id: c.id,
          text: choiceStringId(id, c.id),
          condition: conditionTree(c.condition),
          effects: effectTrees(c.effects),
          next: next(c.id),
        })),
      };
    case 'objective':
      return {
        type: 'objective',
        title,
        kind: node.data.kind,
        text: nodeTextStringId(id),
        ...place(node.data.location),
        ...(node.data.target !== undefined ? { target: node.data.target } : {}),
        optional: node.data.optional === true,
        next: next('done'),
      };
    case 'hub':
      return {
        type: 'hub',
        title,
        text: node.data.text !== undefined ? nodeTextStringId(id) : null,
        options: node.data.options.map((o) => ({
          id: o.id,
          label: optionStringId(id, o.id),
          condition: conditionTree(o.condition),
          once: o.once === true,
          next: next(o.id),
        })),
        continue: { label: continueStringId(id), condition: conditionTree(node.data.continue.condition), next: next('continue') },
      };
    case 'branch':
      return {
        type: 'branch',
        title,
        // An empty case holds, as in the engine (a port without a condition is open).
        cases: node.data.cases.map((c) => ({
          id: c.id,
          condition: conditionTree(c.condition) ?? { kind: 'literal', value: true },
          next: next(c.id),
        })),
        else: next('else'),
      };
    case 'set':
      return { type: 'set', title, effects: effectTrees(node.data.effects), next: next('next') };
    case 'combat':
      return {
        type: 'combat',
        title,
        mode: node.data.mode,
        ...place(node.data.location),
        allies: node.data.allies.map((a) => ({ unit: a.unit, count: a.count })),
        enemies: node.data.enemies.map((e) => ({ unit: e.unit, count: e.count, wave: e.wave ?? 1 })),
        goal: node.data.goal,
        roundLimit: node.data.roundLimit,
        victory: next('victory'),
        defeat: next('defeat'),
      };
    case 'end':
      return { type: 'end', title, outcome: node.data.outcome, text: nodeTextStringId(id) };
  }
}

/** Each faction's start node, as the engine picks it: the faction's own start, else the first `any` start. */
function findStarts(mission: Mission): Record<string, string> {
  const starts: Record<string, string> = {};
  for (const node of mission.nodes) {
    if (node.type !== 'start') continue;
    const key = node.data.faction;
    if (!Object.hasOwn(starts, key)) starts[key] = node.id;
  }
  return starts;
}

function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}

/** The fingerprint of what decides play: everything but node titles, which are the designer's labels. */
function rulesVersion(rules: { nodes: Record<string, RuntimeNode> }): string {
  const nodes = Object.fromEntries(Object.entries(rules.nodes).map(([id, node]) => [id, without(node, 'title')]));
  return fnv1a64(JSON.stringify({ ...rules, nodes }));
}

/** Builds the runtime file of a mission. Throws only when an expression does not parse (the mission has errors). */
export function buildRuntimeFile(mission: Mission, options: ExportOptions = {}): RuntimeFile {
  const languages = missionLanguages(mission);
  const language = languages[0] ?? DEFAULT_SOURCE_LANGUAGE;
  const target = portTargets(mission);
  const nodes: Record<string, RuntimeNode> = {};
  for (const node of mission.nodes) {
    if (node.type === 'group' || Object.hasOwn(nodes, node.id)) continue;
    nodes[node.id] = runtimeNode(node, (port) => target(node.id, port));
  }
  const strings: Record<string, string> = {};
  for (const s of missionStrings(mission)) if (!Object.hasOwn(strings, s.id)) strings[s.id] = s.text;
  const rules = {
    starts: findStarts(mission),
    variables: mission.variables.map((v) => (v.description === undefined ? { ...v } : without(v, 'description'))),
    cast: Object.fromEntries(
      mission.cast.map((c) => [
        c.id,
        { name: nameStringId('cast', c.id), ...(c.species ? { species: c.species } : {}), ...(c.role ? { role: c.role } : {}) },
      ]),
    ),
    locations: Object.fromEntries(mission.locations.map((l) => [l.id, { name: nameStringId('location', l.id), kind: l.kind }])),
    units: Object.fromEntries(mission.units.map((u) => [u.id, { ...without(u, 'id'), name: nameStringId('unit', u.id) }])),
    nodes,
  };
  return {
    format: RUNTIME_FORMAT,
    mission: { id: mission.meta.id, title: 'mission.title', summary: 'mission.summary', factions: [...mission.meta.factions] },
    version: rulesVersion(rules),
    ...rules,
    languages,
    strings: { [language]: strings, ...translatedStrings(languages.slice(1), strings, options.translations ?? []) },
  };
}

/**
 * Each translation's strings, for the ids the mission has (a table's unknown rows are left out). A language
 * without a table gets an empty one: it plays, every string falling back to the source language, marked.
 */
function translatedStrings(
  languages: readonly string[],
  source: Record<string, string>,
  translations: readonly Translation[],
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const language of languages) {
    const table: Record<string, string> = {};
    const entries = translations.find((t) => t.language === language)?.entries;
    if (entries) for (const [id, entry] of entries) if (Object.hasOwn(source, id)) table[id] = entry.text;
    out[language] = table;
  }
  return out;
}

/** The `runtime` export: the runtime file as compact JSON, with a diagnostic for what stopped it. */
export function exportRuntime(mission: Mission, options: ExportOptions = {}): ExportResult {
  const collisions = findStringIdCollisions(missionStrings(mission));
  const diagnostics: Diagnostic[] = collisions.map((c) => ({
    code: 'export-error',
    severity: 'error',
    message: `two strings would share the id "${c.id}" (${c.paths[0]} and ${c.paths[1]}): rename a node or choice id`,
    path: c.paths[1],
  }));
  if (diagnostics.length > 0) return { text: '', diagnostics };
  try {
    return { text: `${JSON.stringify(buildRuntimeFile(mission, options))}\n`, diagnostics: [] };
  } catch (e) {
    if (!(e instanceof UnparsableExpression)) throw e;
    return { text: '', diagnostics: [{ code: 'export-error', severity: 'error', message: e.message, path: '' }] };
  }
}
