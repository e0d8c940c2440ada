import { useReactFlow, useStoreApi, ViewportPortal, type Node } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactElement } from 'react';
import { inlineText, inlineTextEdit, type InlineField } from '@mission-studio/core/edit';
import type { MissionNode } from '@mission-studio/core/format';
import { useServices } from '../app-context';
import type { Command, CommandContext } from '../commands/command.types';
import { canEdit } from '../state/editor-store';
import './inline-editor.css';

/** An open in-place editor: which node and field, the text it started from, and the row it covers (flow px). */
interface Open {
  nodeId: string;
  field: InlineField;
  text: string;
  box: { x: number; y: number; width: number; height: number };
  font: { fontSize: string; fontWeight: string; lineHeight: string };
}

const LABELS: Record<InlineField, string> = { title: 'Node title', 'first-line': 'Node first line' };

/** The row a double-click landed on: a full node's title or its content line (chips and bars have no editor). */
function fieldAt(target: EventTarget): { field: InlineField; row: HTMLElement } | null {
  if (!(target instanceof Element)) return null;
  const title = target.closest<HTMLElement>('.node-title:not(.chip-title)');
  if (title) return { field: 'title', row: title };
  const content = target.closest<HTMLElement>('.node-content');
  return content ? { field: 'first-line', row: content } : null;
}

/** A node's full title row on the canvas, if it is drawn (zoomed out, nodes are chips without one). */
function titleRowOf(canvas: HTMLElement | null, nodeId: string): HTMLElement | null {
  return canvas?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"] .node-title:not(.chip-title)`) ?? null;
}

/** The one selected node F2 would edit, when the mission can be edited and the node has a title. */
function nodeToRename(ctx: CommandContext): MissionNode | undefined {
  const state = ctx.store.getState();
  const { nodeIds, edgeIds } = ctx.ui.getState().selection;
  if (nodeIds.length !== 1 || edgeIds.length > 0 || !canEdit(state)) return undefined;
  const node = state.doc?.mission.nodes.find((n) => n.id === nodeIds[0]);
  return node && inlineText(node, 'title') !== null ? node : undefined;
}

// Frames to wait for a node's full title row after zooming to it (the detail level redraws the nodes).
const ROW_WAIT_FRAMES = 30;

/**
 * Editing a node's title or first line in place: double-click the row, type, Enter keeps it as one undoable
 * edit (leaving the field keeps it too), Escape drops it. One input for the whole canvas, laid over the row in
 * the viewport (so it pans and zooms with it), opened by React Flow's node double-click: nodes carry nothing
 * for it, so a thousand of them cost no more. F2 (the "Edit Title in Place" command) opens the title of the one
 * selected node from the keyboard, zooming to it first when it is drawn as a chip or out of view.
 */
export function useInlineEditor(): { onNodeDoubleClick(event: MouseEvent, node: Node): void; element: ReactElement | null } {
  const { store, commands } = useServices();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const [open, setOpen] = useState<Open | null>(null);
  const cancelled = useRef(false);

  // Lays the input over `row` (the node's title or content row as drawn now).
  const openOver = useCallback(
    (node: MissionNode, field: InlineField, row: HTMLElement) => {
      const state = store.getState();
      const text = inlineText(node, field);
      if (text === null || !canEdit(state)) return;
      const rect = row.getBoundingClientRect();
      const zoom = flow.getZoom();
      const at = flow.screenToFlowPosition({ x: rect.left, y: rect.top }, { snapToGrid: false });
      const style = getComputedStyle(row);
      cancelled.current = false;
      setOpen({
        nodeId: node.id,
        field,
        text,
        box: { ...at, width: rect.width / zoom, height: rect.height / zoom },
        font: { fontSize: style.fontSize, fontWeight: style.fontWeight, lineHeight: style.lineHeight },
      });
    },
    [store, flow],
  );

  const onNodeDoubleClick = useCallback(
    (event: MouseEvent, flowNode: Node) => {
      const node = store.getState().doc?.mission.nodes.find((n) => n.id === flowNode.id);
      const hit = fieldAt(event.target);
      if (node && hit) openOver(node, hit.field, hit.row);
    },
    [store, openOver],
  );

  // F2: the selected node's title, from the keyboard. A chip (zoomed out) or a node out of view is first fitted
  // at a readable zoom, then its title row is waited for a few frames (the detail level redraws the nodes).
  useEffect(() => {
    const renameInPlace = async (node: MissionNode) => {
      const canvas = flowStore.getState().domNode;
      const row = titleRowOf(canvas, node.id);
      const bounds = canvas?.getBoundingClientRect();
      const rect = row?.getBoundingClientRect();
      const inView =
        rect && bounds && rect.left >= bounds.left && rect.right <= bounds.right && rect.top >= bounds.top && rect.bottom <= bounds.bottom;
      if (row && inView) return openOver(node, 'title', row);
      const zoom = Math.max(1, flow.getZoom());
      await flow.fitView({ nodes: [{ id: node.id }], minZoom: 1, maxZoom: zoom, padding: 0.2, duration: 200 });
      for (let frame = 0; frame < ROW_WAIT_FRAMES; frame++) {
        const drawn = titleRowOf(flowStore.getState().domNode, node.id);
        if (drawn) return openOver(node, 'title', drawn);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    };
    const command: Command = {
      id: 'edit.titleInPlace',
      label: 'Edit Title in Place',
      menu: 'edit',
      shortcut: 'F2',
      enabled: (ctx) => nodeToRename(ctx) !== undefined,
      run: (ctx) => {
        const node = nodeToRename(ctx);
        if (node) void renameInPlace(node);
      },
    };
    return commands.register([command]);
  }, [commands, flow, flowStore, openOver]);

  const finish = useCallback(
    (event: FocusEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setOpen(null);
      const state = store.getState();
      const node = open && state.doc?.mission.nodes.find((n) => n.id === open.nodeId);
      if (cancelled.current || !open || !node || !canEdit(state)) return;
      const edit = inlineTextEdit(node, open.field, value);
      if (edit) state.edit(edit);
    },
    [store, open],
  );
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation(); // Delete, Backspace, Escape and Mod+Z belong to this text, not to the canvas
    if (event.key === 'Escape') cancelled.current = true;
    if (event.key === 'Escape' || event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.blur();
    }
  }, []);

  const element = open ? (
    <ViewportPortal>
      <input
        key={`${open.nodeId}/${open.field}`}
        className="inline-editor nodrag nopan nowheel"
        aria-label={LABELS[open.field]}
        defaultValue={open.text}
        maxLength={20000}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={onKeyDown}
        onBlur={finish}
        style={{ transform: `translate(${open.box.x}px, ${open.box.y}px)`, width: open.box.width, height: open.box.height, ...open.font }}
      />
    </ViewportPortal>
  ) : null;
  return { onNodeDoubleClick, element };
}
