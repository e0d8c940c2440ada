/**
 * A runtime file as the engine's mission: the runtime plays with the simulator itself (one implementation of
 * the rules), so it rebuilds the mission object the simulator reads. Texts are the source language's; the run
 * shows them in its own language by their ids. Expressions keep the file's trees: each gets a text (its printed
 * form, for messages) and the compiler is handed the tree for that text instead of parsing it.
 */
import { getCompiledMission, type ExpressionParsers } from '../engine/compile';
import type { EffectExpr, Expr } from '../expressions/ast.types';
import { formatEffect, formatExpression } from '../expressions/format';
import type { Choice, EnemyGroup, Mission, MissionEdge, MissionNode, Position } from '../format/mission.types';
import type { RuntimeEffect, RuntimeExpr, RuntimeFile, RuntimeNext, RuntimeNode } from './runtime-file.types';

const ORIGIN: Position = { x: 0, y: 0 };

/** The trees of a file's expressions by the text the rebuilt mission gives them. */
class TreeTable {
  private readonly conditions = new Map<string, Expr>();
  private readonly effects = new Map<string, EffectExpr>();

  condition(tree: RuntimeExpr): string {
    return this.key(this.conditions, formatExpression(tree as Expr), tree as Expr);
  }

  effect(tree: RuntimeEffect): string {
    return this.key(this.effects, formatEffect(tree as EffectExpr), tree as EffectExpr);
  }

  /** The text for a tree; two trees that print alike (a hand-written file) get texts of their own. */
  private key<T>(table: Map<string, T>, text: string, tree: T): string {
    let key = text;
    for (let n = 2; table.has(key) && JSON.stringify(table.get(key)) !== JSON.stringify(tree); n++) key = `${text} #${n}`;
    table.set(key, tree);
    return key;
  }

  parsers(): ExpressionParsers {
    const missing = (text: string) => ({ ok: false as const, error: { message: `no tree for "${text}"`, offset: 0 } });
    return {
      condition: (text) => {
        const tree = this.conditions.get(text);
        return tree ? { ok: true, value: tree } : missing(text);
      },
      effect: (text) => {
        const tree = this.effects.get(text);
        return tree ? { ok: true, value: tree } : missing(text);
      },
    };
  }
}

/** The engine's mission for a runtime file, compiled from the file's trees (never by parsing text). */
export function runtimeMission(file: RuntimeFile): Mission {
  const source = file.strings[file.languages[0] as string] ?? {};
  const text = (id: string): string => source[id] ?? id;
  const trees = new TreeTable();
  const edges: MissionEdge[] = [];
  const link = (source: string, port: string, target: RuntimeNext): void => {
    if (target !== null) edges.push({ id: `${source}.${port}`, source, sourceHandle: port, target });
  };
  const cond = (tree: RuntimeExpr | null) => (tree === null ? {} : { condition: trees.condition(tree) });
  const nodes: MissionNode[] = [];
  // The starts the file names come first, so the engine's "first start of the faction" is the file's choice.
  const startIds = new Set(Object.values(file.starts));
  const ordered = [...Object.entries(file.nodes)].sort(([a], [b]) => Number(startIds.has(b)) - Number(startIds.has(a)));
  for (const [id, node] of ordered) {
    nodes.push(missionNode(id, node, text, trees, cond, link));
  }
  const mission: Mission = {
    format: 'mission-studio/2',
    meta: {
      id: file.mission.id,
      title: text(file.mission.title),
      summary: text(file.mission.summary),
      factions: [...file.mission.factions],
    },
    variables: file.variables.map((v) => ({ ...v })),
    cast: Object.entries(file.cast).map(([id, c]) => ({
      id,
      name: text(c.name),
      ...(c.species ? { species: c.species } : {}),
      ...(c.role ? { role: c.role } : {}),
    })),
    locations: Object.entries(file.locations).map(([id, l]) => ({ id, name: text(l.name), kind: l.kind })),
    units: Object.entries(file.units).map(([id, u]) => ({ ...u, id, name: text(u.name) })),
    nodes,
    edges,
  };
  getCompiledMission(mission, trees.parsers());
  return mission;
}

function missionNode(
  id: string,
  node: RuntimeNode,
  text: (id: string) => string,
  trees: TreeTable,
  cond: (tree: RuntimeExpr | null) => { condition?: string },
  link: (source: string, port: string, target: RuntimeNext) => void,
): MissionNode {
  const base = { id, title: node.title, position: ORIGIN };
  const place = (location: string | undefined) => (location !== undefined ? { location } : {});
  switch (node.type) {
    case 'start':
      link(id, 'next', node.next);
      return { ...base, type: 'start', data: { faction: node.faction, text: text(node.text) } };
    case 'narration':
      link(id, 'next', node.next);
      return {
        ...base,
        type: 'narration',
        data: { ...(node.speaker !== null ? { speaker: node.speaker } : {}), lines: node.lines.map(text), ...place(node.location) },
      };
    case 'dialog': {
      const choices = node.choices.map((c): Choice => {
        link(id, c.id, c.next);
        return {
          id: c.id,
          text: text(c.text),
          ...cond(c.condition),
          ...(c.effects.length > 0 ? { effects: c.effects.map((e) => trees.effect(e)) } : {}),
        };
      });
      return { ...base, type: 'dialog', data: { speaker: node.speaker, lines: node.lines.map(text), choices, ...place(node.location) } };
    }
    case 'objective':
      link(id, 'done', node.next);
      return {
        ...base,
        type: 'objective',
        data: {
          kind: node.kind,
          text: text(node.text),
          ...place(node.location),
          ...(node.target !== undefined ? { target: node.target } : {}),
          optional: node.optional,
        },
      };
    case 'hub': {
      const options = node.options.map((o) => {
        link(id, o.id, o.next);
        return { id: o.id, label: text(o.label), ...cond(o.condition), ...(o.once ? { once: true } : {}) };
      });
      link(id, 'continue', node.continue.next);
      return {
        ...base,
        type: 'hub',
        data: {
          ...(node.text !== null ? { text: text(node.text) } : {}),
          options,
          continue: { label: text(node.continue.label), ...cond(node.continue.condition) },
        },
      };
    }
    case 'branch': {
      const cases = node.cases.map((c) => {
        link(id, c.id, c.next);
        return { id: c.id, condition: trees.condition(c.condition) };
      });
      link(id, 'else', node.else);
      return { ...base, type: 'branch', data: { cases } };
    }
    case 'set':
      link(id, 'next', node.next);
      return { ...base, type: 'set', data: { effects: node.effects.map((e) => trees.effect(e)) } };
    case 'combat':
      link(id, 'victory', node.victory);
      link(id, 'defeat', node.defeat);
      return {
        ...base,
        type: 'combat',
        data: {
          mode: node.mode,
          ...place(node.location),
          allies: node.allies.map((a) => ({ unit: a.unit, count: a.count })),
          enemies: node.enemies.map((e): EnemyGroup => ({ unit: e.unit, count: e.count, wave: e.wave })),
          goal: node.goal,
          roundLimit: node.roundLimit,
        },
      };
    case 'end':
      return { ...base, type: 'end', data: { outcome: node.outcome, text: text(node.text) } };
  }
}
