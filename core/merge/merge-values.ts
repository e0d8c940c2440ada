import { diff3Merge } from 'node-diff3';
import type { MergeConflict } from '../format/mission.types';
import { idPathOf } from '../format/id-path';

/**
 * The three-way merge of JSON values that `mergeMissions` runs over a mission: objects field by field, lists
 * whose items have ids item by item, other lists line by line. `undefined` stands for "not there" (a key or
 * list item missing on that side). Where both sides changed one value differently the result holds ours and a
 * conflict is recorded, so the merge always gives a whole mission.
 */

/** Lists whose items are merged by their `id` (when every item has a distinct one). */
const KEYED_LISTS = new Set(['variables', 'cast', 'locations', 'units', 'nodes', 'edges', 'choices', 'options', 'cases', 'notes']);

/**
 * Lists of distinct strings, each string its own id: a node's and the mission's tags, its languages, authors and
 * factions, a variable's allowed values. Both sides adding a tag keeps both; one removing one removes it.
 */
const STRING_SETS = new Set(['tags', 'languages', 'authors', 'factions', 'values']);

/**
 * Values merged whole, never field by field: a node's position (x from one side and y from the other is a
 * place nobody chose) and a fight's goal (its `type` decides which other fields belong).
 */
const WHOLE_VALUES = new Set(['position', 'goal']);

type Json = unknown;
type Obj = Record<string, Json>;

const isObject = (v: Json): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** JSON text with keys sorted, so two values compare equal whatever key order their files had. */
export function canonicalJson(value: Json): string {
  return (
    JSON.stringify(value, (_key, v: Json) =>
      isObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, v[k]]),
          )
        : v,
    ) ?? 'undefined'
  );
}

const same = (a: Json, b: Json): boolean => a === b || canonicalJson(a) === canonicalJson(b);

/** Collects the conflicts of one merge. */
export class ConflictLog {
  readonly conflicts: MergeConflict[] = [];

  /** Records a conflict at `steps` and returns ours, the value the merged mission holds meanwhile. */
  keepOurs(steps: readonly string[], base: Json, ours: Json, theirs: Json): Json {
    const conflict: MergeConflict = { path: idPathOf(steps) };
    if (base !== undefined) conflict.base = base;
    if (ours !== undefined) conflict.ours = ours;
    if (theirs !== undefined) conflict.theirs = theirs;
    this.conflicts.push(conflict);
    return ours;
  }
}

/** Three-way merge of one value at `steps` (the id path of it, for conflicts). */
export function mergeValue(base: Json, ours: Json, theirs: Json, steps: readonly string[], log: ConflictLog): Json {
  if (same(ours, theirs)) return ours;
  if (same(base, ours)) return theirs;
  if (same(base, theirs)) return ours;
  const key = steps[steps.length - 1] ?? '';
  if (isObject(base) && isObject(ours) && isObject(theirs) && !WHOLE_VALUES.has(key) && !typeChanged(steps, base, ours, theirs)) {
    return mergeObjects(base, ours, theirs, steps, log);
  }
  const keyed = mergeByKey(key, base, ours, theirs, steps, log);
  if (keyed !== NOT_KEYED) return keyed;
  if (Array.isArray(base) && Array.isArray(ours) && Array.isArray(theirs)) return mergeLists(base, ours, theirs, steps, log);
  return log.keepOurs(steps, base, ours, theirs);
}

const NOT_KEYED = Symbol('not a keyed list');

/**
 * A list merged item by item (by id, or by the string itself), or NOT_KEYED. A side without the list has none
 * of its items (optional lists such as `notes` and `tags` are left out when empty): two people each adding the
 * first note keep both, and the list stays left out when the merge empties it and a side had left it out.
 */
function mergeByKey(
  key: string,
  base: Json,
  ours: Json,
  theirs: Json,
  steps: readonly string[],
  log: ConflictLog,
): Json | typeof NOT_KEYED {
  const sides = [base, ours, theirs];
  if (!sides.every((side) => side === undefined || Array.isArray(side))) return NOT_KEYED;
  const [b, o, t] = sides.map((side) => (side ?? []) as Json[]) as [Json[], Json[], Json[]];
  let merged: Json[];
  if (KEYED_LISTS.has(key) && [b, o, t].every(hasDistinctIds)) merged = mergeKeyedLists(b as Obj[], o as Obj[], t as Obj[], steps, log);
  else if (STRING_SETS.has(key) && [b, o, t].every(isStringSet)) {
    const set = mergeStringSets(b as string[], o as string[], t as string[], steps);
    if (set === null) return log.keepOurs(steps, base, ours, theirs);
    merged = set;
  } else return NOT_KEYED;
  return merged.length === 0 && (ours === undefined || theirs === undefined) ? undefined : merged;
}

// A node whose type changed has data of another shape: field by field would mix the two.
function typeChanged(steps: readonly string[], base: Obj, ours: Obj, theirs: Obj): boolean {
  return steps.length === 2 && steps[0] === 'nodes' && !(base.type === ours.type && base.type === theirs.type);
}

function mergeObjects(base: Obj, ours: Obj, theirs: Obj, steps: readonly string[], log: ConflictLog): Obj {
  const out: Obj = {};
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)]);
  for (const key of keys) {
    const value = mergeValue(own(base, key), own(ours, key), own(theirs, key), [...steps, key], log);
    // defineProperty, not assignment: a `__proto__` key stays a plain key.
    if (value !== undefined) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const own = (o: Obj, key: string): Json => (Object.hasOwn(o, key) ? o[key] : undefined);

function hasDistinctIds(list: readonly Json[]): boolean {
  const ids = new Set<string>();
  for (const item of list) {
    if (!isObject(item) || typeof item.id !== 'string' || ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}

const isStringSet = (list: readonly Json[]): boolean =>
  list.every((item) => typeof item === 'string') && new Set(list).size === list.length;

/**
 * Lists of distinct strings, merged as sets: a string stays where one side kept it and the other did not remove
 * it, in the merged order of `mergeOrder`. The first of a mission's `languages` is its source language, so there
 * it is the first string both sides' changes agree on; null when they clash over it (a conflict on the list).
 */
function mergeStringSets(base: string[], ours: string[], theirs: string[], steps: readonly string[]): string[] | null {
  const [inBase, inOurs, inTheirs] = [new Set(base), new Set(ours), new Set(theirs)];
  const kept = new Map<string, Json>();
  for (const item of new Set([...ours, ...theirs, ...base])) {
    const [b, o, t] = [inBase.has(item), inOurs.has(item), inTheirs.has(item)];
    if (o === t ? o : b === o ? t : o) kept.set(item, item);
  }
  const out = mergeOrder(base, ours, theirs, kept);
  if (steps.length !== 2 || steps[0] !== 'meta' || steps[1] !== 'languages') return out;
  const [b, o, t] = [base[0], ours[0], theirs[0]];
  const source = o === t || b === t ? o : b === o ? t : undefined;
  if (source === undefined || !kept.has(source)) return null;
  return [source, ...out.filter((item) => item !== source)];
}

/**
 * Lists without ids (lines, effects, factions, a fight's units). Of the same length on all sides, position by
 * position (two people rewording neighbouring lines both keep theirs); otherwise diff3, as git merges text.
 * Any clash makes the whole list one conflict: half a dialogue from each side reads as nobody wrote it.
 */
function mergeLists(base: Json[], ours: Json[], theirs: Json[], steps: readonly string[], log: ConflictLog): Json {
  if (base.length === ours.length && base.length === theirs.length) {
    const out: Json[] = [];
    for (let i = 0; i < base.length; i++) {
      if (same(ours[i], theirs[i]) || same(base[i], theirs[i])) out.push(ours[i]);
      else if (same(base[i], ours[i])) out.push(theirs[i]);
      else return log.keepOurs(steps, base, ours, theirs);
    }
    return out;
  }
  // diff3 compares items as object keys, so each item goes in as its canonical JSON text.
  const texts = new Map<string, Json>();
  const keyed = (list: Json[]) =>
    list.map((item) => {
      const text = canonicalJson(item);
      texts.set(text, item);
      return text;
    });
  const regions = diff3Merge(keyed(ours), keyed(base), keyed(theirs), { excludeFalseConflicts: true });
  if (regions.some((r) => r.conflict)) return log.keepOurs(steps, base, ours, theirs);
  return regions.flatMap((r) => r.ok ?? []).map((text) => texts.get(text));
}

/** Id-keyed lists: each id merged on its own, then put in order (see `mergeOrder`). */
function mergeKeyedLists(base: Obj[], ours: Obj[], theirs: Obj[], steps: readonly string[], log: ConflictLog): Json[] {
  const byId = (list: Obj[]) => new Map(list.map((item) => [item.id as string, item]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const merged = new Map<string, Json>();
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const value = mergeValue(b.get(id), o.get(id), t.get(id), [...steps, id], log);
    if (value !== undefined) merged.set(id, value);
  }
  return mergeOrder([...b.keys()], [...o.keys()], [...t.keys()], merged).map((id) => merged.get(id));
}

/**
 * The order of a merged id-keyed list: ours, unless only theirs reordered the items both kept. Items only the
 * other side has go in after the item before them on that side; of two items added at one place, ours come
 * first, as if our edits were made before theirs.
 */
function mergeOrder(base: string[], ours: string[], theirs: string[], kept: ReadonlyMap<string, Json>): string[] {
  const [inBase, inOurs, inTheirs] = [new Set(base), new Set(ours), new Set(theirs)];
  const inAll = (list: string[]) => list.filter((id) => inBase.has(id) && inOurs.has(id) && inTheirs.has(id));
  const theirsReorderedAlone = same(inAll(ours), inAll(base)) && !same(inAll(theirs), inAll(base));
  const [skeleton, other] = theirsReorderedAlone ? [theirs, ours] : [ours, theirs];
  const fromSkeleton = new Set(skeleton);
  const out = skeleton.filter((id) => kept.has(id));
  const placed = new Set(out);
  for (let i = 0; i < other.length; i++) {
    const id = other[i]!;
    if (!kept.has(id) || placed.has(id)) continue;
    let before = i - 1;
    while (before >= 0 && !placed.has(other[before]!)) before--;
    let at = before < 0 ? 0 : out.indexOf(other[before]!) + 1;
    // Past ours' own additions at this place when the skeleton is ours: ours come first.
    if (!theirsReorderedAlone) while (at < out.length && !inBase.has(out[at]!) && fromSkeleton.has(out[at]!)) at++;
    out.splice(at, 0, id);
    placed.add(id);
  }
  return out;
}
