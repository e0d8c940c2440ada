import { applyPatches, current, isDraft, type Draft } from 'immer';
import type { Mission, MissionNode } from '../format/mission.types';
import type { Edit, PortChanges, TextChange } from './edit.types';
import { textFields } from './find';
import { variableNameProblem } from './names';
import { applyNoteEdit, noteEditLabel } from './notes';
import { setAtPointer } from './pointer';
import { resolveConflictInDraft } from './resolve-conflict';
import { renameInMissionExpressions } from './rewrite-expressions';

/** A short, human label for an edit, as the Undo menu item shows it ("Undo Move 3 Nodes"). */
export function labelOf(edit: Edit): string {
  const count = (n: number, word: string): string => (n === 1 ? word : `${n} ${word}s`);
  switch (edit.kind) {
    case 'add-nodes':
      return `Add ${count(edit.nodes.length, 'Node')}`;
    case 'connect':
      return 'Connect';
    case 'delete':
      return `Delete ${count(edit.nodeIds.length + edit.edgeIds.length, 'Item')}`;
    case 'move-nodes':
      return `Move ${count(edit.moves.length, 'Node')}`;
    case 'layout':
      return 'Auto-layout';
    case 'update-node':
      return 'Edit Node';
    case 'rename-node':
      return 'Rename Node';
    case 'rename-variable':
      return 'Rename Variable';
    case 'replace-text':
      return edit.changes.length === 1 ? 'Replace' : `Replace in ${edit.changes.length} Fields`;
    case 'set-meta':
      return 'Edit Mission Details';
    case 'set-variables':
      return 'Edit Variables';
    case 'set-cast':
      return 'Edit Cast';
    case 'set-locations':
      return 'Edit Locations';
    case 'set-units':
      return 'Edit Units';
    case 'replace-mission':
      return 'Edit Source';
    case 'resolve-conflict':
      return edit.take === 'ours' ? 'Take Mine' : 'Take Theirs';
    case 'add-note':
    case 'update-note':
    case 'delete-notes':
      return noteEditLabel(edit);
    case 'batch':
    case 'apply-patches':
      return edit.label;
  }
}

// A group's children are positioned relative to it; when the group goes, they keep their place on the canvas.
function releaseChildren(draft: Draft<Mission>, groupIds: Set<string>): void {
  const groups = new Map(draft.nodes.filter((n) => groupIds.has(n.id)).map((n) => [n.id, n.position]));
  for (const node of draft.nodes) {
    const origin = node.parentId !== undefined ? groups.get(node.parentId) : undefined;
    if (!origin) continue;
    node.position = { x: node.position.x + origin.x, y: node.position.y + origin.y };
    delete node.parentId;
  }
}

/** Draft nodes by id. */
interface NodeLookup {
  get(id: string): Draft<MissionNode> | undefined;
}

/**
 * Draft nodes by id, each drafted only when asked for. Reading `draft.nodes` element by element drafts every node
 * (Immer makes a proxy per node read, and checks each one when the edit ends): moving one node of a 1,000-node
 * mission that way was most of the drop's time on the page. The ids come from the plain array instead.
 */
function lazyNodeLookup(draft: Draft<Mission>): NodeLookup {
  const plain = isDraft(draft.nodes) ? current(draft.nodes) : draft.nodes;
  const index = new Map(plain.map((n, i) => [n.id, i]));
  return {
    get: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : draft.nodes[i];
    },
  };
}

// A node may move into a group, but never into itself or a group inside it (that would make a parent cycle).
// The walk reads the draft as it is being changed, so moves earlier in the same edit count.
function canAdopt(byId: NodeLookup, parentId: string, childId: string): boolean {
  const seen = new Set<string>();
  for (let p = byId.get(parentId); p && !seen.has(p.id); p = p.parentId === undefined ? undefined : byId.get(p.parentId)) {
    if (p.id === childId) return false;
    seen.add(p.id);
  }
  return byId.get(parentId)?.type === 'group';
}

// Edges hang on ports by id: when the inspector renames or removes a choice, its edge must follow in the same step.
function followPorts(draft: Draft<Mission>, nodeId: string, ports: PortChanges): void {
  const removed = new Set(ports.removed);
  const renamed = new Map((ports.renamed ?? []).map((r) => [r.from, r.to]));
  const leaving = (e: { source: string; sourceHandle: string }) => e.source === nodeId && removed.has(e.sourceHandle);
  if (draft.edges.some(leaving)) draft.edges = draft.edges.filter((e) => !leaving(e));
  for (const e of draft.edges) {
    const to = e.source === nodeId ? renamed.get(e.sourceHandle) : undefined;
    if (to !== undefined) e.sourceHandle = to;
  }
}

// Only the fields find searches may be written this way: never an id, an expression or a number.
function replaceTexts(draft: Draft<Mission>, changes: readonly TextChange[]): void {
  const byId = new Map(draft.nodes.map((n) => [n.id, n]));
  for (const change of changes) {
    const node = byId.get(change.nodeId);
    if (node && textFields(node as MissionNode).some((f) => f.path === change.path)) setAtPointer(node, change.path, change.text);
  }
}

/** Applies an edit to an Immer draft of the mission. Edits naming things that are gone change nothing. */
export function applyEditToDraft(draft: Draft<Mission>, edit: Edit): void {
  switch (edit.kind) {
    case 'add-nodes':
      draft.nodes.push(...(edit.nodes as Draft<MissionNode>[]));
      if (edit.edges) draft.edges.push(...edit.edges);
      if (edit.units) draft.units.push(...edit.units);
      if (edit.cast) draft.cast.push(...edit.cast);
      return;
    case 'connect':
      // One edge per port: connecting a port that already has an edge moves that edge.
      draft.edges = draft.edges.filter((e) => !(e.source === edit.edge.source && e.sourceHandle === edit.edge.sourceHandle));
      draft.edges.push(edit.edge);
      return;
    case 'delete': {
      const nodes = new Set(edit.nodeIds);
      const edges = new Set(edit.edgeIds);
      releaseChildren(draft, new Set(draft.nodes.filter((n) => nodes.has(n.id) && n.type === 'group').map((n) => n.id)));
      draft.nodes = draft.nodes.filter((n) => !nodes.has(n.id));
      draft.edges = draft.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target));
      return;
    }
    case 'move-nodes': {
      const byId = lazyNodeLookup(draft);
      // In the edit's order, so of two moves that would frame each other, the first one wins.
      for (const move of edit.moves) {
        const node = byId.get(move.id);
        // The position is relative to the new parent: a parent it cannot have makes the whole move void.
        if (!node || (typeof move.parentId === 'string' && !canAdopt(byId, move.parentId, node.id))) continue;
        node.position = { x: move.position.x, y: move.position.y };
        if (move.parentId === null) delete node.parentId;
        else if (move.parentId !== undefined) node.parentId = move.parentId;
      }
      return;
    }
    case 'layout': {
      applyEditToDraft(draft, { kind: 'move-nodes', moves: edit.moves });
      const sizes = new Map(edit.groupSizes.map((s) => [s.id, s]));
      for (const node of draft.nodes) {
        const size = sizes.get(node.id);
        if (!size || node.type !== 'group') continue;
        node.data.width = size.width;
        node.data.height = size.height;
      }
      return;
    }
    case 'update-node': {
      const node = draft.nodes.find((n) => n.id === edit.id);
      if (!node) return;
      if (edit.title !== undefined) node.title = edit.title;
      if (edit.parentId === null) delete node.parentId;
      else if (edit.parentId !== undefined) node.parentId = edit.parentId;
      if (edit.tags !== undefined) {
        if (edit.tags.length === 0) delete node.tags;
        else node.tags = [...edit.tags];
      }
      if (edit.data !== undefined) node.data = edit.data as Draft<MissionNode['data']>;
      if (edit.ports) followPorts(draft, edit.id, edit.ports);
      return;
    }
    case 'rename-node': {
      if (!draft.nodes.some((n) => n.id === edit.from) || draft.nodes.some((n) => n.id === edit.to)) return;
      for (const node of draft.nodes) {
        if (node.id === edit.from) node.id = edit.to;
        if (node.parentId === edit.from) node.parentId = edit.to;
      }
      for (const e of draft.edges) {
        if (e.source === edit.from) e.source = edit.to;
        if (e.target === edit.from) e.target = edit.to;
      }
      renameInMissionExpressions(draft, { what: 'node', from: edit.from, to: edit.to });
      return;
    }
    case 'rename-variable': {
      // A name expressions could not use would turn every rewritten expression into an error: refuse it.
      const variable = draft.variables.find((v) => v.id === edit.from);
      if (!variable || draft.variables.some((v) => v.id === edit.to) || variableNameProblem(edit.to) !== null) return;
      variable.id = edit.to;
      renameInMissionExpressions(draft, { what: 'variable', from: edit.from, to: edit.to });
      return;
    }
    case 'replace-text':
      replaceTexts(draft, edit.changes);
      return;
    case 'set-meta':
      draft.meta = edit.meta;
      return;
    case 'set-variables':
      draft.variables = edit.items;
      return;
    case 'set-cast':
      draft.cast = edit.items;
      return;
    case 'set-locations':
      draft.locations = edit.items;
      return;
    case 'set-units':
      draft.units = edit.items;
      return;
    case 'resolve-conflict':
      resolveConflictInDraft(draft, edit.path, edit.take);
      return;
    case 'add-note':
    case 'update-note':
    case 'delete-notes':
      applyNoteEdit(draft, edit);
      return;
    case 'batch':
      for (const inner of edit.edits) applyEditToDraft(draft, inner);
      return;
    case 'apply-patches':
      applyPatches(draft, edit.patches);
      return;
    case 'replace-mission':
      // Replace key by key rather than the root, so the patches stay small and the unchanged parts are shared.
      for (const key of Object.keys(edit.mission) as Array<keyof Mission>) {
        if (JSON.stringify(draft[key]) !== JSON.stringify(edit.mission[key])) (draft as Record<string, unknown>)[key] = edit.mission[key];
      }
      for (const key of Object.keys(draft) as Array<keyof Mission>) {
        if (!(key in edit.mission)) delete (draft as Record<string, unknown>)[key];
      }
      return;
  }
}
