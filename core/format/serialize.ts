import type { Mission } from './mission.types';

// Key order on disk, per kind of object, so files diff well in git. Kept equal to the schema's `properties`
// order by serialize.test.ts. Keys not listed (none, after the schema check) follow in alphabetical order.
export const KEY_ORDER = {
  mission: ['format', 'meta', 'variables', 'cast', 'locations', 'units', 'nodes', 'edges', 'conflicts', 'notes'],
  meta: ['id', 'title', 'summary', 'factions', 'authors', 'tags', 'languages'],
  variable: ['id', 'type', 'initial', 'values', 'description'],
  castMember: ['id', 'name', 'species', 'role'],
  location: ['id', 'name', 'kind'],
  unit: ['id', 'name', 'kind', 'hull', 'shields', 'shieldRegen', 'damage', 'accuracy', 'evasion'],
  node: ['id', 'type', 'title', 'position', 'parentId', 'tags', 'data'],
  position: ['x', 'y'],
  startData: ['faction', 'text'],
  narrationData: ['speaker', 'lines', 'location'],
  dialogData: ['speaker', 'lines', 'choices', 'location'],
  choice: ['id', 'text', 'condition', 'effects'],
  objectiveData: ['kind', 'text', 'location', 'target', 'optional'],
  hubData: ['text', 'options', 'continue'],
  hubOption: ['id', 'label', 'condition', 'once'],
  hubContinue: ['label', 'condition'],
  branchData: ['cases'],
  branchCase: ['id', 'condition'],
  setData: ['effects'],
  combatData: ['mode', 'location', 'allies', 'enemies', 'goal', 'roundLimit'],
  unitGroup: ['unit', 'count'],
  enemyGroup: ['unit', 'count', 'wave'],
  combatGoal: ['type', 'rounds', 'units', 'atLeast'],
  endData: ['outcome', 'text'],
  groupData: ['width', 'height'],
  edge: ['id', 'source', 'sourceHandle', 'target'],
  conflict: ['path', 'base', 'ours', 'theirs'],
  note: ['id', 'text', 'position', 'width', 'colour'],
} as const satisfies Record<string, readonly string[]>;

type Shape = keyof typeof KEY_ORDER;
type Json = unknown;

function ordered(value: Json, shape: Shape, children?: (key: string, child: Json) => Json): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, Json>;
  const listed: readonly string[] = KEY_ORDER[shape];
  const keys = [
    ...listed.filter((k) => Object.hasOwn(source, k)),
    ...Object.keys(source)
      .filter((k) => !listed.includes(k))
      .sort(),
  ];
  const out: Record<string, Json> = {};
  for (const key of keys) {
    const child = children ? children(key, source[key]) : source[key];
    // defineProperty for `__proto__`: that key must stay a plain key and never touch the prototype. Plain
    // assignment for the rest: co-editing orders each changed node on every remote edit.
    if (key === '__proto__') Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
    else out[key] = child;
  }
  return out;
}

const each = (value: Json, shape: Shape): Json => (Array.isArray(value) ? value.map((v) => ordered(v, shape)) : value);

const DATA_SHAPES: Record<string, Shape> = {
  start: 'startData',
  narration: 'narrationData',
  dialog: 'dialogData',
  objective: 'objectiveData',
  hub: 'hubData',
  branch: 'branchData',
  set: 'setData',
  combat: 'combatData',
  end: 'endData',
  group: 'groupData',
};

function orderData(type: unknown, data: Json): Json {
  const shape = typeof type === 'string' ? DATA_SHAPES[type] : undefined;
  if (!shape) return data;
  return ordered(data, shape, (key, child) => {
    if (key === 'choices') return each(child, 'choice');
    if (key === 'options') return each(child, 'hubOption');
    if (key === 'continue') return ordered(child, 'hubContinue');
    if (key === 'cases') return each(child, 'branchCase');
    if (key === 'allies') return each(child, 'unitGroup');
    if (key === 'enemies') return each(child, 'enemyGroup');
    if (key === 'goal') return ordered(child, 'combatGoal');
    return child;
  });
}

function orderNode(node: Json): Json {
  const type = node !== null && typeof node === 'object' ? (node as { type?: unknown }).type : undefined;
  return ordered(node, 'node', (key, child) => {
    if (key === 'position') return ordered(child, 'position');
    if (key === 'data') return orderData(type, child);
    return child;
  });
}

/**
 * Ordered copies of a document's nodes, edges and notes, kept by the original object between writes. Only for
 * missions that are replaced, never changed in place (Immer's, as in the document worker): an edit then orders
 * just the items it made, not all 1,000 nodes of a big mission on every drag.
 */
export type OrderMemo = WeakMap<object, Json>;

/** `order(item)`, or the copy `memo` kept of it. */
function memoized(memo: OrderMemo | undefined, item: Json, order: (item: Json) => Json): Json {
  if (!memo || item === null || typeof item !== 'object') return order(item);
  let copy = memo.get(item);
  if (copy === undefined) memo.set(item, (copy = order(item)));
  return copy;
}

const orderEdge = (edge: Json): Json => ordered(edge, 'edge');
const orderNote = (note: Json): Json => ordered(note, 'note', (key, c) => (key === 'position' ? ordered(c, 'position') : c));

/** The mission with every object's keys in file order (a new value; the input is not changed). */
export function orderMissionKeys(mission: Mission, memo?: OrderMemo): Mission {
  const items = (list: Json, order: (item: Json) => Json): Json =>
    Array.isArray(list) ? list.map((item) => memoized(memo, item, order)) : list;
  return ordered(mission, 'mission', (key, child) => {
    switch (key) {
      case 'meta':
        return ordered(child, 'meta');
      case 'variables':
        return each(child, 'variable');
      case 'cast':
        return each(child, 'castMember');
      case 'locations':
        return each(child, 'location');
      case 'units':
        return each(child, 'unit');
      case 'nodes':
        return items(child, orderNode);
      case 'edges':
        return items(child, orderEdge);
      case 'conflicts':
        return each(child, 'conflict');
      case 'notes':
        return items(child, orderNote);
      default:
        return child;
    }
  }) as Mission;
}

/** The text of a mission file: stable key order, 2-space indent, a final newline. `memo`: see OrderMemo. */
export function serializeMission(mission: Mission, memo?: OrderMemo): string {
  return `${JSON.stringify(orderMissionKeys(mission, memo), null, 2)}\n`;
}
