import { useReactFlow, type Edge } from '@xyflow/react';
import {
  useCallback,
  useMemo,
  useState,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactElement,
  type RefObject,
} from 'react';
import type { NodeType, Position } from '@mission-studio/core/format';
import { useServices } from '../app-context';
import type { CommandRegistry } from '../commands/command-registry';
import { canEdit } from '../state/editor-store';
import { revealNode } from '../state/reveal';
import type { UiStore } from '../state/ui-store';
import { ContextMenu } from './context-menu';
import { menuEntries, menuRows, type CommandInfo, type MenuAction, type MenuTarget } from './context-menu-model';
import type { MissionFlowNode } from './flow-model';

const MENU_NAMES: Record<MenuTarget['kind'], string> = {
  node: 'Node actions',
  edge: 'Edge actions',
  pane: 'Canvas actions',
  port: 'Add a connected node',
};

/**
 * Makes the right-clicked node or edge part of the selection, first in it, so the menu's commands (which act on
 * the selection, and on its first node for single-node ones such as a breakpoint) act on what was clicked.
 * An unselected one replaces the selection, as in a file manager.
 */
function selectForMenu(ui: UiStore, kind: 'node' | 'edge', id: string): void {
  const { selection, select } = ui.getState();
  const ids = kind === 'node' ? selection.nodeIds : selection.edgeIds;
  if (ids[0] === id) return;
  if (!ids.includes(id)) select(kind === 'node' ? { nodeIds: [id], edgeIds: [] } : { nodeIds: [], edgeIds: [id] });
  else if (kind === 'node') select({ nodeIds: [id, ...ids.filter((n) => n !== id)], edgeIds: selection.edgeIds });
  else select({ nodeIds: selection.nodeIds, edgeIds: [id, ...ids.filter((e) => e !== id)] });
}

const commandInfo =
  (commands: CommandRegistry) =>
  (id: string): CommandInfo | undefined => {
    const command = commands.get(id);
    return command && { label: command.label, shortcut: command.shortcut, enabled: commands.isEnabled(id) };
  };

const nodeTarget = (node: MissionFlowNode): MenuTarget => ({ kind: 'node', nodeId: node.id, nodeType: node.data.node.type });
const edgeTarget = (edge: Edge, point: Position): MenuTarget => ({
  kind: 'edge',
  edgeId: edge.id,
  source: edge.source,
  target: edge.target,
  point,
});

/** The middle of the part of `element` that shows inside `canvas` (window pixels), or the canvas's middle. */
function anchorIn(canvas: HTMLElement, element: Element | null | undefined): Position {
  const c = canvas.getBoundingClientRect();
  const r = element?.getBoundingClientRect();
  const [left, top, right, bottom] = r
    ? [Math.max(r.left, c.left), Math.max(r.top, c.top), Math.min(r.right, c.right), Math.min(r.bottom, c.bottom)]
    : [0, 0, -1, -1];
  return right >= left && bottom >= top
    ? { x: (left + right) / 2, y: (top + bottom) / 2 }
    : { x: c.left + c.width / 2, y: c.top + c.height / 2 };
}

/** The React Flow handlers, key handler and menu element that give the canvas its context menus. */
export interface CanvasContextMenu {
  handlers: {
    onNodeContextMenu(event: ReactMouseEvent, node: MissionFlowNode): void;
    onSelectionContextMenu(event: ReactMouseEvent, nodes: MissionFlowNode[]): void;
    onEdgeContextMenu(event: ReactMouseEvent, edge: Edge): void;
    onPaneContextMenu(event: MouseEvent | ReactMouseEvent): void;
  };
  /** Shift+F10 or the Menu key: the menu for the selection (or the canvas), at the selected element. */
  onKeyDown(event: KeyboardEvent): void;
  /** Opens the menu of a connection dropped on empty canvas at `at` (window pixels). */
  openForDroppedConnection(source: string, port: string, at: Position): void;
  element: ReactElement | null;
}

/**
 * Right-click menus for the canvas's nodes, edges and empty space, with items from the command registry plus
 * "Add … Here" and "Add Note Here" (through `addNode` and `addNote`, at the clicked point; connected from a port when a connection was dropped on
 * empty canvas) and, on an edge, going to either end of it or
 * splitting it with a new node (`insertNode`).
 */
export function useCanvasContextMenu(
  canvas: RefObject<HTMLElement | null>,
  addNode: (type: NodeType, point: Position, from?: { source: string; port: string }) => void,
  insertNode: (type: NodeType, edgeId: string, point: Position) => void,
  addNote: (point: Position) => void,
): CanvasContextMenu {
  const services = useServices();
  const { ui, commands, mac } = services;
  const flow = useReactFlow<MissionFlowNode>();
  const [open, setOpen] = useState<{ target: MenuTarget; at: Position; seq: number } | null>(null);
  const show = useCallback((target: MenuTarget, at: Position) => setOpen((o) => ({ target, at, seq: (o?.seq ?? 0) + 1 })), []);
  const close = useCallback(() => setOpen(null), []);

  const handlers = useMemo(
    (): CanvasContextMenu['handlers'] => ({
      onNodeContextMenu(event, node) {
        event.preventDefault();
        selectForMenu(ui, 'node', node.id);
        show(nodeTarget(node), { x: event.clientX, y: event.clientY });
      },
      onSelectionContextMenu(event, nodes) {
        event.preventDefault();
        const first = nodes.find((n) => n.id === ui.getState().selection.nodeIds[0]) ?? nodes[0];
        if (first) show(nodeTarget(first), { x: event.clientX, y: event.clientY });
      },
      onEdgeContextMenu(event, edge) {
        event.preventDefault();
        selectForMenu(ui, 'edge', edge.id);
        const at = { x: event.clientX, y: event.clientY };
        show(edgeTarget(edge, flow.screenToFlowPosition(at)), at);
      },
      onPaneContextMenu(event) {
        event.preventDefault();
        const at = { x: event.clientX, y: event.clientY };
        show({ kind: 'pane', point: flow.screenToFlowPosition(at) }, at);
      },
    }),
    [ui, flow, show],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (!canvas.current || !(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) return;
      event.preventDefault();
      const { selection } = ui.getState();
      const focused = document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id');
      const nodeId = focused && selection.nodeIds.includes(focused) ? focused : selection.nodeIds[0];
      const find = (kind: 'node' | 'edge', id: string) =>
        canvas.current?.querySelector(`.react-flow__${kind}[data-id="${CSS.escape(id)}"]`);
      const node = nodeId === undefined ? undefined : flow.getNode(nodeId);
      const edge = selection.edgeIds[0] === undefined ? undefined : flow.getEdge(selection.edgeIds[0]);
      if (node) return show(nodeTarget(node), anchorIn(canvas.current, find('node', node.id)));
      if (edge) {
        const at = anchorIn(canvas.current, find('edge', edge.id));
        return show(edgeTarget(edge, flow.screenToFlowPosition(at)), at);
      }
      const at = anchorIn(canvas.current, null);
      show({ kind: 'pane', point: flow.screenToFlowPosition(at) }, at);
    },
    [canvas, ui, flow, show],
  );

  const target = open?.target;
  const pick = useCallback(
    (action: MenuAction) => {
      if (action.kind === 'command') commands.run(action.id);
      else if (action.kind === 'add' && target?.kind === 'pane') addNode(action.type, target.point);
      else if (action.kind === 'add' && target?.kind === 'port')
        addNode(action.type, target.point, { source: target.source, port: target.port });
      else if (action.kind === 'note' && target?.kind === 'pane') addNote(target.point);
      else if (action.kind === 'insert' && target?.kind === 'edge') insertNode(action.type, target.edgeId, target.point);
      else if (action.kind === 'go' && target?.kind === 'edge')
        revealNode(services, action.end === 'source' ? target.source : target.target);
    },
    [commands, addNode, insertNode, addNote, services, target],
  );
  // Read when the menu opens, after the right-clicked element has joined the selection.
  const rows = useMemo(() => {
    return target ? menuRows(menuEntries(target), commandInfo(commands), mac, canEdit(services.store.getState())) : [];
  }, [target, commands, mac, services]);
  const openForDroppedConnection = useCallback(
    (source: string, port: string, at: Position) => show({ kind: 'port', source, port, point: flow.screenToFlowPosition(at) }, at),
    [flow, show],
  );
  const element = open ? (
    <ContextMenu key={open.seq} rows={rows} at={open.at} label={MENU_NAMES[open.target.kind]} onPick={pick} onClose={close} />
  ) : null;
  return { handlers, onKeyDown, openForDroppedConnection, element };
}
