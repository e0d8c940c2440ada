import { checkSchema } from '../format/schema-check';
import type { Mission } from '../format/mission.types';
import { checkConflicts } from './check-conflicts';
import { checkDeadEnds, checkEdges } from './check-edges';
import { checkExpressions } from './check-expressions';
import { checkIds } from './check-ids';
import { checkReachability } from './check-reachability';
import { checkReferences } from './check-references';
import { checkStarts } from './check-starts';
import { checkText } from './check-text';
import type { Diagnostic } from './diagnostic.types';
import { indexMission, type MissionIndex } from './mission-index';
import { inWholeMission, withoutBrokenNodes } from './without-broken-nodes';

/** The static checks, in the order their diagnostics are listed. */
const CHECKS: ReadonlyArray<(index: MissionIndex) => Diagnostic[]> = [
  checkIds,
  checkStarts,
  checkEdges,
  checkDeadEnds,
  checkReachability,
  checkReferences,
  checkExpressions,
  checkText,
  checkConflicts,
];

const runChecks = (mission: Mission): Diagnostic[] => {
  const index = indexMission(mission);
  return CHECKS.flatMap((check) => check(index));
};

/**
 * Every static problem of a mission. Total: it never throws, whatever it is given; anything that is not a
 * schema-valid mission gets `schema` diagnostics. When they all lie inside some nodes (a node just dropped on
 * the canvas and not filled in yet), the other checks still run on the rest of the mission, so its other
 * problems and badges stay in sight; otherwise no further check runs (they rely on the shape).
 */
export function validateMission(mission: unknown): Diagnostic[] {
  const schemaProblems = checkSchema(mission);
  if (schemaProblems.length === 0) return runChecks(mission as Mission);
  const partial = withoutBrokenNodes(mission, schemaProblems);
  // The rest must fit the schema on its own: a broken node can hide nothing else, but stay sure.
  if (partial === null || checkSchema(partial.mission).length > 0) return schemaProblems;
  return [...schemaProblems, ...inWholeMission(partial, runChecks(partial.mission as unknown as Mission))];
}
