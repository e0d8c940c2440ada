import type { FindMatch } from '@mission-studio/core/edit';

/** The match `step` places after `index` (before it when negative), wrapping around; -1 when there are none. */
export function cycleIndex(index: number, count: number, step: number): number {
  if (count <= 0) return -1;
  return (((index + step) % count) + count) % count;
}

/** What the find bar's counter says: `3 of 12`, `No matches`, or nothing while the query is blank. */
export function counterText(index: number, count: number, query: string): string {
  if (query.trim() === '') return '';
  if (count === 0) return 'No matches';
  return `${Math.min(index, count - 1) + 1} of ${count}`;
}

/**
 * Where the cursor goes when the matches change under it (the mission was edited): the same field if it still
 * matches, else the same position clamped to the new list.
 */
export function followMatch(previous: FindMatch | undefined, index: number, matches: readonly FindMatch[]): number {
  if (matches.length === 0) return 0;
  const same = previous ? matches.findIndex((m) => m.nodeId === previous.nodeId && m.path === previous.path) : -1;
  return same >= 0 ? same : Math.min(Math.max(index, 0), matches.length - 1);
}

/** What the find bar says after Replace all: how many fields it changed (each is one field, not one occurrence). */
export function replacedText(fields: number): string {
  if (fields === 0) return 'Nothing to replace';
  return `Replaced in ${fields} ${fields === 1 ? 'field' : 'fields'}`;
}
