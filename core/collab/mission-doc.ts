import * as Y from 'yjs';
import { textFields } from '../edit/find';
import { FORMAT_ID, type Mission, type MissionMeta, type MissionNode } from '../format/mission.types';
import { orderMissionKeys } from '../format/serialize';
import { readList, writeList } from './keyed-list';
import { LISTS, listOf, MissionReader } from './mission-reader';
import { fromYValue, writeMap, type TextPaths } from './yjs-values';

/**
 * A mission as a Yjs document, for live co-editing.
 *
 * Every part is a root type of the document (`meta`, and per list `nodes` + `nodes.order` and so on), never a
 * type nested under another key: two people opening an empty room at once would each create the nested type,
 * and one of them would lose everything written into theirs. Inside, see keyed-list.ts (structure by id) and
 * yjs-values.ts (text by character).
 */

const META_TEXTS: TextPaths = new Set(['/title', '/summary']);
const NO_TEXTS: TextPaths = new Set();

/** The text fields of a node, as find and replace know them: the one list of what a person writes into a node. */
function nodeTexts(node: MissionNode): TextPaths {
  return new Set(textFields(node).map((f) => f.path));
}

/** Whether the document holds no mission yet (a new room): the first client to join writes its own. */
export function isEmptyMissionDoc(doc: Y.Doc): boolean {
  return !doc.getMap('meta').has('id');
}

// Each document's incremental reader (mission-reader.ts): an editor reads before every edit, and rebuilding the
// whole mission each time, after every remote keystroke, was most of an edit's cost (bench/collab.bench.ts).
const readers = new WeakMap<Y.Doc, MissionReader>();

/** The mission the document holds, its keys in file order; null for an empty room. Do not mutate it. */
export function readMission(doc: Y.Doc): Mission | null {
  let reader = readers.get(doc);
  if (!reader) {
    reader = new MissionReader(doc);
    readers.set(doc, reader);
  }
  return reader.read();
}

/** The mission read whole, item by item, with no cache: what `readMission` must always equal. */
export function readWholeMission(doc: Y.Doc): Mission | null {
  if (isEmptyMissionDoc(doc)) return null;
  const mission = {
    format: FORMAT_ID,
    meta: fromYValue(doc.getMap('meta')) as unknown as MissionMeta,
    ...Object.fromEntries(LISTS.map((key) => [key, readList(listOf(doc, key))])),
  } as Mission;
  return orderMissionKeys(mission);
}

/**
 * Makes the document hold `mission` with the fewest Yjs operations, in one transaction tagged `origin` (the
 * tag lets an UndoManager track only this client's writes). Called after core/edit applied an edit, it turns
 * that edit into exactly the operations it implies: a typed character is one insertion in one `Y.Text`.
 */
export function writeMission(doc: Y.Doc, mission: Mission, origin: unknown = null): void {
  // What the document holds (read incrementally, so never stale): parts of `mission` that are the very same
  // objects need no comparing. A document never read is compared in full.
  const previous = readers.get(doc)?.read() ?? undefined;
  doc.transact(() => {
    if (mission.meta !== previous?.meta) writeMap(doc.getMap('meta'), mission.meta as unknown as Record<string, unknown>, '', META_TEXTS);
    for (const key of LISTS) {
      const items = mission[key] as Array<{ id: string }>;
      const before = previous?.[key] as Array<{ id: string }> | undefined;
      if (items === before) continue;
      const unchanged = new Set(before);
      if (key === 'nodes') writeList(listOf(doc, key), mission.nodes, nodeTexts, unchanged);
      else writeList(listOf(doc, key), items, () => NO_TEXTS, unchanged);
    }
  }, origin);
}

/** The root types a mission lives in: what an UndoManager for this document tracks. */
export function missionTypes(doc: Y.Doc): Array<Y.Map<unknown>> {
  return [doc.getMap('meta'), ...LISTS.flatMap((key) => [doc.getMap(key), doc.getMap(`${key}.order`)])];
}
