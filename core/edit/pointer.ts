/**
 * Writes `value` at a JSON pointer (`/nodes/3/data/lines/0`) inside `root`, an Immer draft or a plain object.
 * Returns whether it was written: a pointer through a missing or non-object value, or the root itself, is not.
 * Pointers here come from the mission's own walkers (`sitePath`, find's text fields), so no `~` escapes occur;
 * keys that are not own properties (`__proto__`) are refused rather than followed.
 */
export function setAtPointer(root: unknown, pointer: string, value: unknown): boolean {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop();
  if (last === undefined) return false;
  let at: unknown = root;
  for (const key of keys) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  if (at === null || typeof at !== 'object' || !Object.hasOwn(at, last)) return false;
  (at as Record<string, unknown>)[last] = value;
  return true;
}
