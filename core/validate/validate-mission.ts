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

/**
 * Every static problem of a mission. Total: it never throws, whatever it is given; anything that is not a
 * schema-valid mission gets `schema` diagnostics and no further checks (they rely on the shape).
 */
export function validateMission(mission: unknown): Diagnostic[] {
  const schemaProblems = checkSchema(mission);
  if (schemaProblems.length > 0) return schemaProblems;
  const index = indexMission(mission as Mission);
  return CHECKS.flatMap((check) => check(index));
}
