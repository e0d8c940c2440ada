import type { PortChanges, Edit } from '@mission-studio/core/edit';
import type { BranchCase, BranchNode, Choice, DialogNode, HubNode, HubOption, MissionNode } from '@mission-studio/core/format';
import { freshId, ID_PATTERN, type IdRule } from './ids';
import { moveItem, removeAt, replaceAt } from './list-edit';

/** A node whose list items are output ports: a dialog's choices, a hub's options, a branch's cases. */
export type PortedNode = DialogNode | HubNode | BranchNode;
type PortItem = Choice | HubOption | BranchCase;

/** A node's new data, and how its ports change with it (so edges follow in the same undo step). */
export interface NodeUpdate {
  data: MissionNode['data'];
  ports?: PortChanges;
}

/** The update as an edit of the node `id`. */
export function updateEdit(id: string, update: NodeUpdate): Edit {
  return update.ports
    ? { kind: 'update-node', id, data: update.data, ports: update.ports }
    : { kind: 'update-node', id, data: update.data };
}

/** The items that are ports, in port order. */
export function portItems(node: PortedNode): readonly PortItem[] {
  switch (node.type) {
    case 'dialog':
      return node.data.choices;
    case 'hub':
      return node.data.options;
    case 'branch':
      return node.data.cases;
  }
}

function withItems(node: PortedNode, items: readonly PortItem[]): MissionNode['data'] {
  switch (node.type) {
    case 'dialog':
      return { ...node.data, choices: items as Choice[] };
    case 'hub':
      return { ...node.data, options: items as HubOption[] };
    case 'branch':
      return { ...node.data, cases: items as BranchCase[] };
  }
}

// `continue` and `else` are ports of their own: an option or a case may not take those names.
const RESERVED: Record<PortedNode['type'], string[]> = { dialog: [], hub: ['continue'], branch: ['else'] };
const STEMS: Record<PortedNode['type'], string> = { dialog: 'choice', hub: 'option', branch: 'case' };

/** What an item's id must satisfy: the id pattern, and no clash with the node's other ports. */
export function portIdRule(node: PortedNode, index: number): IdRule {
  const taken = new Set(RESERVED[node.type]);
  portItems(node).forEach((item, i) => i !== index && taken.add(item.id));
  return { pattern: ID_PATTERN, taken, what: STEMS[node.type] };
}

// A port id held by two items is ambiguous (the validator says so): its edge belongs to neither alone.
const isUnique = (items: readonly PortItem[], id: string): boolean => items.filter((item) => item.id === id).length === 1;

/**
 * A new item at the end of the list, with text that says what to write and an id that matches its place where it
 * can: the third choice is `choice-3` (the form calls it Choice 3), never `choice-1`.
 */
export function addPortItem(node: PortedNode): NodeUpdate {
  const items = portItems(node);
  const id = freshId(STEMS[node.type], new Set([...items.map((item) => item.id), ...RESERVED[node.type]]), '-', items.length + 1);
  const item: PortItem =
    node.type === 'dialog' ? { id, text: 'A new reply.' } : node.type === 'hub' ? { id, label: 'A new option' } : { id, condition: 'true' };
  return { data: withItems(node, [...items, item]) };
}

/** The list without the item at `index`; the edge leaving its port goes with it. */
export function removePortItem(node: PortedNode, index: number): NodeUpdate {
  const items = portItems(node);
  const item = items[index];
  if (!item) return { data: node.data };
  const data = withItems(node, removeAt(items, index));
  return isUnique(items, item.id) ? { data, ports: { removed: [item.id] } } : { data };
}

/** The item at `from` moved to `to`; port ids do not change, so edges stay where they are. */
export function movePortItem(node: PortedNode, from: number, to: number): NodeUpdate {
  return { data: withItems(node, moveItem(portItems(node), from, to)) };
}

/** The item at `index` with a new id; the edge leaving its port follows it. */
export function renamePortItem(node: PortedNode, index: number, to: string): NodeUpdate {
  const items = portItems(node);
  const item = items[index];
  if (!item || item.id === to) return { data: node.data };
  const data = withItems(node, replaceAt(items, index, { ...item, id: to }));
  return isUnique(items, item.id) ? { data, ports: { renamed: [{ from: item.id, to }] } } : { data };
}

/** The item at `index` replaced by `item` (text, condition, effects: nothing that names a port). */
export function replacePortItem<T extends PortItem>(node: PortedNode, index: number, item: T): NodeUpdate {
  return { data: withItems(node, replaceAt(portItems(node), index, item)) };
}
