// Immutable list steps for the inspector's lists (lines, choices, effects, table rows): mission objects are
// frozen, so every change builds a new array.

/** The list with the item at `from` moved to `to` (clamped into the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = list.slice();
  if (from < 0 || from >= list.length) return next;
  const [item] = next.splice(from, 1) as [T];
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** The list without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The list with the item at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

/** An object without the optional key when `value` is empty (undefined or ''), so files stay free of blanks. */
export function withOptional<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | undefined | ''): T {
  const next = { ...object };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value as T[K];
  return next;
}
