import * as Y from 'yjs';
import { fromYValue, writeMap, type TextPaths } from './yjs-values';

/**
 * A list of items with ids (nodes, edges, variables...) as two root maps: `items` (id -> the item as a `Y.Map`)
 * and `order` (id -> a number the list sorts by, ties broken by id). Keying by id makes structure merge by id:
 * two people adding different nodes both keep theirs, one deleting a node another edits deletes it, two adding
 * the same id keep one. Order lives apart so that adding a node never rewrites its neighbours.
 */
export interface KeyedList {
  items: Y.Map<Y.Map<unknown>>;
  order: Y.Map<number>;
}

interface Identified {
  id: string;
}

/** List order: by rank, ties (two people appending at once) by id. */
export function compareRanked(a: { id: string; rank: number }, b: { id: string; rank: number }): number {
  return a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The items in list order. */
export function readList<T>(list: KeyedList): T[] {
  const entries = [...list.items.entries()].map(([id, item]) => ({ id, rank: list.order.get(id) ?? Number.MAX_VALUE, item }));
  entries.sort(compareRanked);
  return entries.map((e) => fromYValue(e.item) as T);
}

/**
 * Makes the list hold `next`, in its order, with the fewest operations: items equal to what is there get none,
 * a changed item is edited field by field, an item whose `type` changed is replaced whole (its fields mean
 * other things now). A list with a repeated id keeps the last of them: a map cannot hold two. `unchanged`: items
 * read from this document since its last update, skipped.
 */
export function writeList<T extends Identified>(
  list: KeyedList,
  next: readonly T[],
  textPaths: (item: T) => TextPaths,
  unchanged: ReadonlySet<unknown> = new Set(),
): void {
  const wanted = new Map(next.map((item) => [item.id, item]));
  for (const id of [...list.items.keys()]) {
    if (!wanted.has(id)) {
      list.items.delete(id);
      list.order.delete(id);
    }
  }
  for (const item of wanted.values()) {
    const current = list.items.get(item.id);
    // An item the caller knows the document holds as it is (the same object it read) needs no comparing.
    if (current && unchanged.has(item)) continue;
    const fresh = !current || current.get('type') !== (item as { type?: unknown }).type;
    const map = fresh ? new Y.Map<unknown>() : current;
    if (fresh) list.items.set(item.id, map);
    writeMap(map, item as unknown as Record<string, unknown>, '', textPaths(item));
  }
  writeOrder(list, [...wanted.keys()]);
}

// Keeps every rank that is already in order and gives the others ranks between their kept neighbours, so an
// insertion writes one number and two people appending at once both land at the end (sorted by id there).
function writeOrder(list: KeyedList, ids: readonly string[]): void {
  const ranks = ids.map((id) => list.order.get(id));
  const kept: boolean[] = [];
  let last = -Infinity;
  for (const rank of ranks) {
    const keep = rank !== undefined && rank > last;
    kept.push(keep);
    if (keep) last = rank;
  }
  let below = 0;
  for (let i = 0; i < ids.length;) {
    if (kept[i]) {
      below = ranks[i] as number;
      i++;
      continue;
    }
    let j = i;
    while (j < ids.length && !kept[j]) j++;
    const above = j < ids.length ? (ranks[j] as number) : undefined;
    for (let k = i; k < j; k++) {
      const rank = above === undefined ? below + (k - i + 1) : below + ((above - below) * (k - i + 1)) / (j - i + 1);
      list.order.set(ids[k] as string, rank);
      ranks[k] = rank;
    }
    below = ranks[j - 1] as number;
    i = j;
  }
}
