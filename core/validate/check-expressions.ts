import { analyzeCondition, analyzeEffect, parseCondition, parseEffect } from '../expressions';
import type { EffectExpr, Expr, ScopeVariable, TypeScope } from '../expressions';
import { forEachExpression, sitePath, type ExpressionSite } from '../format/expression-sites';
import type { VariableDecl } from '../format/mission.types';
import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';

/** The scope expressions see: declared variables plus the built-in, read-only `faction`. */
export function missionScope({ mission, nodeIndex }: MissionIndex): TypeScope {
  const variables = new Map<string, ScopeVariable>();
  for (const v of mission.variables) if (!variables.has(v.id)) variables.set(v.id, v);
  const faction: ScopeVariable = { id: 'faction', type: 'enum', initial: mission.meta.factions[0] ?? '', values: mission.meta.factions, readOnly: true };
  variables.set('faction', faction);
  return { variable: (name) => variables.get(name), hasNode: (id) => nodeIndex.has(id) };
}

function checkDeclaration(v: VariableDecl, i: number): Diagnostic[] {
  const at = (message: string, field: string): Diagnostic => ({ code: 'type-mismatch', severity: 'error', message, path: `/variables/${i}/${field}` });
  const out: Diagnostic[] = [];
  const expected = { bool: 'boolean', number: 'number', string: 'string', enum: 'string' }[v.type];
  if (typeof v.initial !== expected) out.push(at(`'${v.id}' is a ${v.type} but its initial value is ${JSON.stringify(v.initial)}`, 'initial'));
  if (v.type === 'enum') {
    if (!v.values) out.push(at(`enum '${v.id}' needs a list of values`, 'type'));
    else if (typeof v.initial === 'string' && !v.values.includes(v.initial)) {
      out.push(at(`initial value "${v.initial}" of '${v.id}' is not one of its values (${v.values.join(', ')})`, 'initial'));
    }
  } else if (v.values) out.push(at(`'${v.id}' is a ${v.type}; only enum variables take values`, 'values'));
  return out;
}

function checkSite(site: ExpressionSite, scope: TypeScope, read: Set<string>, written: Set<string>, out: Diagnostic[]): void {
  const parsed = site.kind === 'condition' ? parseCondition(site.text) : parseEffect(site.text);
  if (!parsed.ok) {
    out.push({
      code: 'expression-error',
      severity: 'error',
      message: `${site.kind} "${site.text}": ${parsed.error.message} (column ${parsed.error.offset + 1})`,
      innerOffset: parsed.error.offset,
      nodeId: site.nodeId,
      path: sitePath(site),
    });
    return;
  }
  const analysis =
    site.kind === 'condition' ? analyzeCondition(parsed.value as Expr, scope) : analyzeEffect(parsed.value as EffectExpr, scope);
  for (let i = 0; i < analysis.reads.length; i++) read.add(analysis.reads[i] as string);
  for (let i = 0; i < analysis.writes.length; i++) written.add(analysis.writes[i] as string);
  for (const problem of analysis.problems) {
    out.push({ code: problem.code, severity: 'error', message: `${site.kind} "${site.text}": ${problem.message}`, nodeId: site.nodeId, path: sitePath(site) });
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
  forEachExpression(mission, (site) => checkSite(site, scope, read, written, out));
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
