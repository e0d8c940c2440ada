import { analyzeCondition, analyzeEffect, parseCondition, parseEffect } from '../expressions';
import type { EffectExpr, Expr, ExprAnalysis, ScopeVariable, TypeScope } from '../expressions';
import { forEachExpression, sitePath, type ExpressionSite } from '../format/expression-sites';
import type { VariableDecl } from '../format/mission.types';
import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';

/** The scope expressions see: declared variables plus the built-in, read-only `faction`. */
export function missionScope({ mission, nodeIndex }: MissionIndex): TypeScope {
  const variables = new Map<string, ScopeVariable>();
  for (const v of mission.variables) if (!variables.has(v.id)) variables.set(v.id, v);
  const faction: ScopeVariable = {
    id: 'faction',
    type: 'enum',
    initial: mission.meta.factions[0] ?? '',
    values: mission.meta.factions,
    readOnly: true,
  };
  variables.set('faction', faction);
  return { variable: (name) => variables.get(name), hasNode: (id) => nodeIndex.has(id) };
}

function checkDeclaration(v: VariableDecl, i: number): Diagnostic[] {
  const at = (message: string, field: string): Diagnostic => ({
    code: 'type-mismatch',
    severity: 'error',
    message,
    path: `/variables/${i}/${field}`,
  });
  const out: Diagnostic[] = [];
  const expected = { bool: 'boolean', number: 'number', string: 'string', enum: 'string' }[v.type];
  if (typeof v.initial !== expected)
    out.push(at(`'${v.id}' is a ${v.type} but its initial value is ${JSON.stringify(v.initial)}`, 'initial'));
  if (v.type === 'enum') {
    if (!v.values) out.push(at(`enum '${v.id}' needs a list of values`, 'type'));
    else if (typeof v.initial === 'string' && !v.values.includes(v.initial)) {
      out.push(at(`initial value "${v.initial}" of '${v.id}' is not one of its values (${v.values.join(', ')})`, 'initial'));
    }
  } else if (v.values) out.push(at(`'${v.id}' is a ${v.type}; only enum variables take values`, 'values'));
  return out;
}

type SiteResult = { ok: false; message: string; offset: number } | { ok: true; analysis: ExprAnalysis };
interface SiteMemos {
  conditions: Map<string, SiteResult>;
  effects: Map<string, SiteResult>;
}

// Within one validation the scope is fixed, so an expression's analysis depends on its text alone: missions
// repeat texts such as `coalition += 1` many times, and each distinct one is parsed and analyzed once.
function analyzeSite(site: ExpressionSite, scope: TypeScope, memos: SiteMemos): SiteResult {
  const memo = site.kind === 'condition' ? memos.conditions : memos.effects;
  let result = memo.get(site.text);
  if (result) return result;
  const parsed = site.kind === 'condition' ? parseCondition(site.text) : parseEffect(site.text);
  if (!parsed.ok) result = { ok: false, message: parsed.error.message, offset: parsed.error.offset };
  else {
    const analysis =
      site.kind === 'condition' ? analyzeCondition(parsed.value as Expr, scope) : analyzeEffect(parsed.value as EffectExpr, scope);
    result = { ok: true, analysis };
  }
  memo.set(site.text, result);
  return result;
}

function checkSite(
  site: ExpressionSite,
  scope: TypeScope,
  memo: SiteMemos,
  read: Set<string>,
  written: Set<string>,
  out: Diagnostic[],
): void {
  const result = analyzeSite(site, scope, memo);
  if (!result.ok) {
    out.push({
      code: 'expression-error',
      severity: 'error',
      message: `${site.kind} "${site.text}": ${result.message} (column ${result.offset + 1})`,
      innerOffset: result.offset,
      nodeId: site.nodeId,
      path: sitePath(site),
    });
    return;
  }
  const { analysis } = result;
  for (let i = 0; i < analysis.reads.length; i++) read.add(analysis.reads[i] as string);
  for (let i = 0; i < analysis.writes.length; i++) written.add(analysis.writes[i] as string);
  for (const problem of analysis.problems) {
    out.push({
      code: problem.code,
      severity: 'error',
      message: `${site.kind} "${site.text}": ${problem.message}`,
      nodeId: site.nodeId,
      path: sitePath(site),
    });
  }
}

/**
 * `expression-error`, `undefined-variable`, `type-mismatch` in every condition and effect and in variable
 * declarations, and `unused-variable` (warning) for variables no expression reads.
 */
export function checkExpressions(index: MissionIndex): Diagnostic[] {
  const { mission } = index;
  const out: Diagnostic[] = mission.variables.flatMap(checkDeclaration);
  const scope = missionScope(index);
  const read = new Set<string>();
  const written = new Set<string>();
  const memo: SiteMemos = { conditions: new Map(), effects: new Map() };
  forEachExpression(mission, (site) => checkSite(site, scope, memo, read, written, out));
  mission.variables.forEach((v, i) => {
    if (read.has(v.id)) return;
    out.push({
      code: 'unused-variable',
      severity: 'warning',
      message: written.has(v.id) ? `'${v.id}' is set but never read` : `'${v.id}' is never used`,
      path: `/variables/${i}`,
    });
  });
  return out;
}
