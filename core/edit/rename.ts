import type { Mission } from '../format/mission.types';
import type { Edit } from './edit.types';
import { nodeIdProblem, variableNameProblem } from './names';
import { unparsedMentions, type NameChange, type UnparsedExpression } from './rewrite-expressions';

/**
 * A rename, checked: the one edit that makes it (one undo step) and the expressions it cannot rewrite because they
 * do not parse; or why the new name cannot be used.
 */
export type RenamePlan = { ok: true; edit: Edit; unparsed: UnparsedExpression[] } | { ok: false; reason: string };

/**
 * Renames node `from` to `to`: the node, its children's `parentId`, every edge to or from it, and every
 * `visited("from")` in the mission's conditions and effects. Refuses an id of the wrong form or one another node has.
 */
export function renameNode(mission: Mission, from: string, to: string): RenamePlan {
  if (!mission.nodes.some((n) => n.id === from)) return { ok: false, reason: `There is no node '${from}'.` };
  if (to === from) return { ok: false, reason: `The node is already called '${to}'.` };
  const problem = nodeIdProblem(to);
  if (problem) return { ok: false, reason: problem };
  if (mission.nodes.some((n) => n.id === to)) return { ok: false, reason: `Another node already has the id '${to}'.` };
  return plan(mission, { what: 'node', from, to }, { kind: 'rename-node', from, to });
}

/**
 * Renames variable `from` to `to`: its declaration and every read and write of it in the mission's conditions and
 * effects. Refuses a name that is not an identifier, a reserved word (`visited`, `faction`, `true`...) or taken.
 */
export function renameVariable(mission: Mission, from: string, to: string): RenamePlan {
  if (!mission.variables.some((v) => v.id === from)) return { ok: false, reason: `There is no variable '${from}'.` };
  if (to === from) return { ok: false, reason: `The variable is already called '${to}'.` };
  const problem = variableNameProblem(to);
  if (problem) return { ok: false, reason: problem };
  if (mission.variables.some((v) => v.id === to)) return { ok: false, reason: `Another variable already has the id '${to}'.` };
  return plan(mission, { what: 'variable', from, to }, { kind: 'rename-variable', from, to });
}

function plan(mission: Mission, change: NameChange, edit: Edit): RenamePlan {
  return { ok: true, edit, unparsed: unparsedMentions(mission, change) };
}
