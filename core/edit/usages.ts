import type { EffectExpr, Expr } from '../expressions/ast.types';
import { parseCondition, parseEffect } from '../expressions/parse';
import { forEachExpression, sitePath, type ExpressionSite } from '../format/expression-sites';
import type { Mission, MissionNode, NodeType } from '../format/mission.types';

/** The declarations "Where is this used" answers for: a variable, a cast member, a unit or a location. */
export type DeclarationKind = 'variable' | 'cast' | 'unit' | 'location';

/**
 * How a place uses the declaration: an expression that reads or writes a variable, a field that names a cast
 * member, unit or location (`uses`), or an expression that seems to mention it but does not parse (`unparsed`).
 */
export type UsageAccess = 'read' | 'write' | 'uses' | 'unparsed';

/** One place in a node that reads, writes or names a declaration. */
export interface Usage {
  nodeId: string;
  nodeTitle: string;
  nodeType: NodeType;
  /** JSON pointer of the field in the mission (`/nodes/4/data/choices/0/condition`). */
  path: string;
  /** The field as the inspector names it: `speaker`, `choice "agree" condition`, `enemy group 2`. */
  field: string;
  access: UsageAccess;
  /** The expression's text, for a variable's usages. */
  expression?: string;
}

/** Every node field that reads, writes or names the declaration `id` of `kind`, in file order. */
export function findUsages(mission: Mission, kind: DeclarationKind, id: string): Usage[] {
  if (kind === 'variable') return variableUsages(mission, id);
  const found: Usage[] = [];
  mission.nodes.forEach((node, n) => {
    for (const [field, suffix] of namedFields(node, kind, id)) {
      found.push({
        nodeId: node.id,
        nodeTitle: node.title,
        nodeType: node.type,
        path: `/nodes/${n}/data/${suffix}`,
        field,
        access: 'uses',
      });
    }
  });
  return found;
}

// The data fields of a node that hold a declaration's id, as [field in words, pointer below `data/`].
function namedFields(node: MissionNode, kind: Exclude<DeclarationKind, 'variable'>, id: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const data = node.data as Partial<Record<'speaker' | 'location' | 'target', string>>;
  if (kind === 'cast' && data.speaker === id && (node.type === 'narration' || node.type === 'dialog')) out.push(['speaker', 'speaker']);
  if (kind === 'location' && data.location === id) out.push(['location', 'location']);
  // An objective's target is a cast member or a unit (the format allows either).
  if ((kind === 'cast' || kind === 'unit') && node.type === 'objective' && data.target === id) out.push(['target', 'target']);
  if (kind === 'unit' && node.type === 'combat') {
    node.data.allies.forEach((g, i) => g.unit === id && out.push([`ally group ${i + 1}`, `allies/${i}/unit`]));
    node.data.enemies.forEach((g, i) => g.unit === id && out.push([`enemy group ${i + 1}`, `enemies/${i}/unit`]));
    const goal = node.data.goal;
    if (goal.type === 'protect') goal.units.forEach((u, i) => u === id && out.push(['goal: protect', `goal/units/${i}`]));
  }
  return out;
}

function variableUsages(mission: Mission, name: string): Usage[] {
  const found: Usage[] = [];
  const mentions = new RegExp(`(?<![\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`, 'u');
  forEachExpression(mission, (site) => {
    // Cheap test first: the validator's cached parse runs only for expressions whose text has the name.
    if (!mentions.test(site.text)) return;
    const access = expressionAccess(site, name);
    if (!access) return;
    const node = mission.nodes[site.nodeIndex] as MissionNode;
    found.push({
      nodeId: node.id,
      nodeTitle: node.title,
      nodeType: node.type,
      path: sitePath(site),
      field: siteField(node, site),
      access,
      expression: site.text,
    });
  });
  return found;
}

// Whether an expression reads or writes the variable; null when the name is only inside a string literal.
function expressionAccess(site: ExpressionSite, name: string): UsageAccess | null {
  if (site.kind === 'condition') {
    const parsed = parseCondition(site.text);
    if (!parsed.ok) return 'unparsed';
    return reads(parsed.value, name) ? 'read' : null;
  }
  const parsed = parseEffect(site.text);
  if (!parsed.ok) return 'unparsed';
  const effect: EffectExpr = parsed.value;
  // `x += 1` reads x too, but what a designer asks is where it changes: a write.
  if (effect.target === name) return 'write';
  return reads(effect.value, name) ? 'read' : null;
}

function reads(expr: Expr, name: string): boolean {
  switch (expr.kind) {
    case 'var':
      return expr.name === name;
    case 'literal':
    case 'visited':
      return false;
    case 'not':
    case 'neg':
      return reads(expr.arg, name);
    case 'binary':
      return reads(expr.left, name) || reads(expr.right, name);
  }
}

// The expression's place in words, as the inspector labels its items (by their ids, which the file shows too).
function siteField(node: MissionNode, site: ExpressionSite): string {
  const itemId = (list: ReadonlyArray<{ id: string }>) => list[site.item]?.id ?? String(site.item + 1);
  switch (site.field) {
    case 'choices': {
      const choice = `choice "${node.type === 'dialog' ? itemId(node.data.choices) : site.item + 1}"`;
      return site.kind === 'condition' ? `${choice} condition` : `${choice} effect ${site.effect + 1}`;
    }
    case 'options':
      return `option "${node.type === 'hub' ? itemId(node.data.options) : site.item + 1}" condition`;
    case 'continue':
      return 'continue condition';
    case 'cases':
      return `case "${node.type === 'branch' ? itemId(node.data.cases) : site.item + 1}" condition`;
    case 'effects':
      return `effect ${site.item + 1}`;
  }
}
