import * as Y from 'yjs';
import { FORMAT_ID, type Mission, type MissionMeta } from '../format/mission.types';
import { orderMissionKeys } from '../format/serialize';
import { compareRanked, type KeyedList } from './keyed-list';
import { fromYValue } from './yjs-values';

/**
 * Reads a mission out of its Yjs document incrementally: each item (node, edge, variable...) is read once and
 * kept until a transaction changes something inside it, so one remote keystroke rebuilds one node, not the
 * whole mission. What changed comes from each transaction's `changed` map (the types it touched and the keys it
 * set in them), taken at `beforeObserverCalls`, before any observer or caller can read. Anything this cannot
 * place (a change to a type it never read) drops the whole list it is in: a slower read, never a stale one.
 */

export const LISTS = ['variables', 'cast', 'locations', 'units', 'nodes', 'edges'] as const;
export type ListKey = (typeof LISTS)[number];

/** The list `key` of a document: its items and their ranks, both root maps. */
export function listOf(doc: Y.Doc, key: ListKey): KeyedList {
  return { items: doc.getMap(key), order: doc.getMap(`${key}.order`) };
}

// One item in file key order, ordered as orderMissionKeys orders it inside a whole mission.
function orderedItem(key: ListKey, item: unknown): unknown {
  return (orderMissionKeys({ [key]: [item] } as unknown as Mission)[key] as unknown[])[0];
}

function orderedMeta(meta: unknown): MissionMeta {
  return orderMissionKeys({ meta } as unknown as Mission).meta;
}

/** One list's items as last read, and which of them changed since. */
class ListReader {
  private byId = new Map<string, unknown>();
  /** The `Y.Map` each read item lives in -> its id, to place a change deep inside an item. */
  private idOf = new WeakMap<object, string>();
  private dirty = new Set<string>();
  /** Items came or went, or the order changed: the list is sorted again (items not changed are kept). */
  private reorder = true;
  private array: unknown[] = [];
  private index = new Map<string, number>();

  constructor(
    private key: ListKey,
    private list: KeyedList,
  ) {}

  /** A change set `ids` in the list's root map (added, replaced or deleted them). */
  keysChanged(ids: Iterable<string | null>): void {
    for (const id of ids) if (id !== null) this.dirty.add(id);
    this.reorder = true;
  }

  orderChanged(): void {
    this.reorder = true;
  }

  /** A change inside the item held in `child` (a value of the root map). */
  itemChanged(child: object): void {
    const id = this.idOf.get(child);
    if (id === undefined) this.forgetAll();
    else this.dirty.add(id);
  }

  forgetAll(): void {
    this.byId.clear();
    this.reorder = true;
  }

  read(): unknown[] {
    if (this.reorder) this.readAll();
    else if (this.dirty.size > 0) {
      this.array = [...this.array];
      for (const id of this.dirty) {
        const at = this.index.get(id);
        const item = this.list.items.get(id);
        if (at === undefined || !item) return this.readAll();
        this.array[at] = this.readItem(id, item);
      }
    }
    this.dirty.clear();
    return this.array;
  }

  private readItem(id: string, item: Y.Map<unknown>): unknown {
    const value = orderedItem(this.key, fromYValue(item));
    this.byId.set(id, value);
    this.idOf.set(item, id);
    return value;
  }

  private readAll(): unknown[] {
    const entries = [...this.list.items.entries()].map(([id, item]) => ({ id, rank: this.list.order.get(id) ?? Number.MAX_VALUE, item }));
    entries.sort(compareRanked);
    const kept = new Map<string, unknown>();
    this.array = entries.map(({ id, item }) => {
      const known = this.byId.get(id);
      const value = known !== undefined && !this.dirty.has(id) && this.idOf.get(item) === id ? known : this.readItem(id, item);
      kept.set(id, value);
      return value;
    });
    this.byId = kept;
    this.index = new Map(entries.map(({ id }, i) => [id, i]));
    this.reorder = false;
    this.dirty.clear();
    return this.array;
  }
}

/** The incremental reader of one document. */
export class MissionReader {
  private lists: Map<ListKey, ListReader>;
  /** Root type -> what it holds. */
  private roots = new Map<object, { list: ListReader; part: 'items' | 'order' } | 'meta'>();
  private meta: MissionMeta | null = null;
  private mission: Mission | null = null;

  constructor(private doc: Y.Doc) {
    this.lists = new Map(LISTS.map((key) => [key, new ListReader(key, listOf(doc, key))]));
    this.roots.set(doc.getMap('meta'), 'meta');
    for (const [key, list] of this.lists) {
      this.roots.set(doc.getMap(key), { list, part: 'items' });
      this.roots.set(doc.getMap(`${key}.order`), { list, part: 'order' });
    }
    doc.on('beforeObserverCalls', (transaction: Y.Transaction) => this.changed(transaction.changed));
  }

  private changed(changed: Y.Transaction['changed']): void {
    for (const [type, keys] of changed) {
      // Climb to the root type, remembering the value of the root it came through (the item).
      let child: object | null = null;
      let at = type;
      while (at.parent !== null) {
        child = at;
        at = at.parent;
      }
      const root = this.roots.get(at);
      if (root === undefined) continue;
      this.mission = null;
      if (root === 'meta') this.meta = null;
      else if (root.part === 'order') root.list.orderChanged();
      else if (child === null) root.list.keysChanged(keys);
      else root.list.itemChanged(child);
    }
  }

  /** The mission, rebuilt only where a transaction changed it since the last read; null for an empty room. */
  read(): Mission | null {
    if (!this.doc.getMap('meta').has('id')) return null;
    if (this.mission) return this.mission;
    this.meta ??= orderedMeta(fromYValue(this.doc.getMap('meta')));
    // Built in file key order (orderMissionKeys' `mission` order): format, meta, then the lists.
    const mission: Record<string, unknown> = { format: FORMAT_ID, meta: this.meta };
    for (const [key, list] of this.lists) mission[key] = list.read();
    this.mission = mission as unknown as Mission;
    return this.mission;
  }
}
