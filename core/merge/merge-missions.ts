import type { MergeConflict, Mission } from '../format/mission.types';
import { checkSchema } from '../format/schema-check';
import { canonicalJson, ConflictLog, mergeValue } from './merge-values';

/** What a three-way merge gives: the merged mission (its `conflicts` included) and the conflicts it found now. */
export interface MergeResult {
  mission: Mission;
  /** The conflicts this merge found (conflicts the inputs already carried are in `mission.conflicts` too). */
  conflicts: MergeConflict[];
}

/**
 * Three-way merge of missions, as `mission-studio merge` and a git merge driver run it: nodes, edges and
 * declarations by id, and inside them field by field. Where both sides changed one field differently the
 * merged mission holds ours and lists the clash in `conflicts`, so it always loads. Pure: inputs are not changed.
 */
export function mergeMissions(base: Mission, ours: Mission, theirs: Mission): MergeResult {
  const log = new ConflictLog();
  const merged = mergeValue(withoutConflicts(base), withoutConflicts(ours), withoutConflicts(theirs), [], log) as Mission;
  const carried = carriedConflicts(base, ours, theirs);
  const first = withConflicts(merged, [...carried, ...log.conflicts]);
  const broken = schemaBrokenKeys(first);
  if (broken.size === 0) return { mission: first, conflicts: log.conflicts };
  // Each side is schema-valid alone, and whole-value fields (node type, fight goal) keep shapes apart, so this is
  // a safety net: a section whose field-by-field merge still breaks the schema is one conflict, holding ours.
  const conflicts = wholeSectionConflicts(base, ours, theirs, broken, log.conflicts);
  const mission = { ...merged } as Record<string, unknown>;
  for (const key of broken) if (key !== 'conflicts') mission[key] = (ours as unknown as Record<string, unknown>)[key];
  return { mission: withConflicts(mission as unknown as Mission, [...carried, ...conflicts]), conflicts };
}

const withConflicts = (mission: Mission, conflicts: MergeConflict[]): Mission =>
  conflicts.length > 0 ? { ...mission, conflicts } : mission;

/** The top-level keys the schema finds a problem under (`conflicts` itself past its size limit). */
function schemaBrokenKeys(mission: Mission): Set<string> {
  return new Set(checkSchema(mission).map((d) => d.path.split('/')[1] ?? ''));
}

function wholeSectionConflicts(
  base: Mission,
  ours: Mission,
  theirs: Mission,
  broken: Set<string>,
  found: MergeConflict[],
): MergeConflict[] {
  const sectionOf = (c: MergeConflict) => c.path.split('/')[1] ?? '';
  const sections = broken.has('conflicts') ? new Set([...broken, ...found.map(sectionOf)]) : broken;
  sections.delete('conflicts');
  const kept = found.filter((c) => !sections.has(sectionOf(c)));
  const section = (m: Mission, key: string) => (m as unknown as Record<string, unknown>)[key];
  const whole = [...sections].map((key) => ({
    path: `/${key}`,
    base: section(base, key),
    ours: section(ours, key),
    theirs: section(theirs, key),
  }));
  return [...kept, ...whole];
}

function withoutConflicts(mission: Mission): Mission {
  const { conflicts: _ignored, ...rest } = mission;
  return rest;
}

/**
 * Conflicts the sides still carry from an earlier merge: those either side has, less those one side resolved
 * (there in the base, gone on that side), each once.
 */
function carriedConflicts(base: Mission, ours: Mission, theirs: Mission): MergeConflict[] {
  const keys = (m: Mission) => new Set((m.conflicts ?? []).map(canonicalJson));
  const [b, o, t] = [keys(base), keys(ours), keys(theirs)];
  const out = new Map<string, MergeConflict>();
  for (const conflict of [...(ours.conflicts ?? []), ...(theirs.conflicts ?? [])]) {
    const key = canonicalJson(conflict);
    const resolved = b.has(key) && !(o.has(key) && t.has(key));
    if (!resolved && !out.has(key)) out.set(key, conflict);
  }
  return [...out.values()];
}
