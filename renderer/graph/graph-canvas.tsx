import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type FinalConnectionState,
  type KeyCode,
  type OnConnectEnd,
} from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type RefObject } from 'react';
import type { NodeType, Position } from '@mission-studio/core/format';
import { useChecks, useEditor, useServices, useUi } from '../app-context';
import { canEdit } from '../state/editor-store';
import { insertOnEdge } from '@mission-studio/core/edit';
import { addNodeEdit } from '../commands/editor-commands';
import { useCanvasContextMenu } from './context-menu-canvas';
import { countProblems, type MissionFlowNode } from './flow-model';
import { NODE_TYPES } from './mission-node';
import { detailLevel, DetailLevelContext, labelScale } from './level-of-detail';
import { isNodeType, Palette, PALETTE_DRAG_TYPE } from './palette';
import { GRID, newEdgeId, placeNewNode } from './placement';
import { useFlowEdges, useFlowNodes } from './use-flow-elements';
import { useAutoFit } from './use-auto-fit';
import { useGraphApi, type MissionGeometry } from './use-graph-api';
import { useValueNextTask } from './use-value-next-task';
import { useViewCulling } from './use-view-culling';
import { absoluteRects, boundsOf } from './view-culling';
import { MissionMinimap } from './mission-minimap';
import { ActTitles } from './act-titles';
import { OutlinePanel } from './outline-panel';
import { useStickyNotes } from './sticky-notes';
import { useInlineEditor } from './inline-editor';
import { useCollapsedActs } from './act-collapse';
import { actsHiding, collapseActs, CollapsedActsContext } from './collapsed-acts';

// Large missions hand React Flow only the nodes near the view (view-culling.ts), and it draws all it is handed:
// a pan inside the window then mounts, measures and filters nothing, and a mission of any size costs a screenful.
const CULL_ABOVE = 300;
const SNAP_GRID: [number, number] = [GRID, GRID];
// Shift-click adds to the selection as well as Ctrl/Cmd-click; Shift-drag on the pane draws a selection box.
const MULTI_SELECT_KEYS: KeyCode = ['Shift', 'Meta', 'Control'];

/**
 * Keeps `--label-scale` on the canvas element in step with the zoom (in steps), so act titles and chip titles
 * keep their size on screen. Its own component: a zoom restyles the canvas without re-rendering it.
 */
function LabelScale({ canvas }: { canvas: RefObject<HTMLDivElement | null> }) {
  const scale = useStore((s) => labelScale(s.transform[2]));
  useLayoutEffect(() => {
    canvas.current?.style.setProperty('--label-scale', String(scale));
  }, [canvas, scale]);
  return null;
}

/** The node a drop point lies on, read from the page (the element carries its mission id). */
function nodeIdAt(x: number, y: number): string | undefined {
  const element = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-node-id]');
  return element?.dataset['nodeId'];
}

const pointerOf = (event: MouseEvent | TouchEvent): { x: number; y: number } | null => {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : null;
  }
  return { x: event.clientX, y: event.clientY };
};

/** The React Flow canvas and its palette; lives inside a ReactFlowProvider. */
export function GraphCanvas() {
  const { store, ui, ctx } = useServices();
  const flow = useReactFlow<MissionFlowNode>();
  // A task later: after an edit or a pipeline answer, what is cheap (Problems, the inspector, the status bar)
  // commits and paints first; then the canvas, its minimap and act titles redraw. On a 1,000-node mission syncing
  // React Flow's nodes and edges is most of an edit's UI-thread time, and it used to hold Problems back. The canvas
  // already shows a dragged node where it was dropped (React Flow's own state).
  const current = useEditor((s) => s.doc?.mission ?? null);
  const mission = useValueNextTask(current);
  const diagnostics = useValueNextTask(useChecks((s) => s.diagnostics));
  const playFindings = useValueNextTask(useChecks((s) => s.playFindings));
  const selection = useUi((s) => s.selection);
  const file = useEditor((s) => s.file);
  const editable = useEditor(canEdit);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [outlineOpen, setOutlineOpen] = useState(false);

  const badges = useMemo(
    () => countProblems(playFindings.length > 0 ? [...diagnostics, ...playFindings] : diagnostics),
    [diagnostics, playFindings],
  );
  const selectedNodes = useMemo(() => new Set(selection.nodeIds), [selection.nodeIds]);
  const selectedEdges = useMemo(() => new Set(selection.edgeIds), [selection.edgeIds]);
  const nodeInputs = useMemo(
    () => (mission ? { mission, badges, selected: selectedNodes, highlight } : null),
    [mission, badges, selectedNodes, highlight],
  );
  // Changes only when a zoom crosses a threshold: the nodes redraw then, not on every zoom step.
  const level = useStore((s) => detailLevel(s.transform[2]));
  const edgeLabels = level !== 'overview';
  const edgeInputs = useMemo(
    () => (mission ? { mission, selected: selectedEdges, labels: edgeLabels } : null),
    [mission, selectedEdges, edgeLabels],
  );
  const { nodes, onNodesChange, startDrag } = useFlowNodes(nodeInputs, store, ui);
  const { edges, onEdgesChange } = useFlowEdges(edgeInputs, ui);
  const acts = useCollapsedActs(file?.name ?? null);
  const shown = useMemo(() => collapseActs(nodes, edges, acts.collapsed), [nodes, edges, acts.collapsed]);
  const actsContext = useMemo(() => ({ ...acts, summaries: shown.summaries }), [acts, shown.summaries]);
  const large = nodes.length > CULL_ABOVE;
  const handed = useViewCulling(shown.nodes, shown.edges, large);
  // Read when a reveal arrives (Outline, Problems, Find, usages): the node's collapsed acts open first.
  const latest = useRef({ nodes, shown: shown.nodes, collapsed: acts.collapsed });
  useLayoutEffect(() => {
    latest.current = { nodes, shown: shown.nodes, collapsed: acts.collapsed };
  }, [nodes, shown.nodes, acts.collapsed]);
  // Fit and reveal go by the mission's own layout: React Flow holds only the nodes near the view.
  const geometry: MissionGeometry = useMemo(
    () => ({
      drawnBounds: () => boundsOf(latest.current.shown),
      nodeRect: (nodeId) => absoluteRects(latest.current.nodes).get(nodeId),
    }),
    [],
  );
  const drawnBounds = geometry.drawnBounds;
  const expandActs = acts.expand;
  const expandActsAround = useCallback(
    (nodeId: string) => {
      const hiding = actsHiding(latest.current.nodes, nodeId, latest.current.collapsed);
      if (hiding.length > 0) expandActs(hiding);
      return hiding.length > 0;
    },
    [expandActs],
  );

  const autoFit = useAutoFit(drawnBounds, mission, current);
  const { canvas, onMoveStart, setKeepFitted } = autoFit;
  useGraphApi(setHighlight, autoFit, expandActsAround, geometry);
  const stopFitting = useCallback(() => setKeepFitted(false), [setKeepFitted]);

  // A new node at a point (inside the group there, if any); `from`: connected from that port, in the same step.
  const addNode = useCallback(
    (type: NodeType, point: Position, from?: { source: string; port: string }) => {
      const state = store.getState();
      if (!state.doc || !canEdit(state)) return;
      const place = placeNewNode(state.doc.mission, type, point, ctx.views.graph?.placementArea());
      const { edit, nodeId } = addNodeEdit(ctx, type, place.position);
      const nodes = place.parentId === undefined ? edit.nodes : edit.nodes.map((n) => ({ ...n, parentId: place.parentId }));
      const edges = from
        ? [{ id: newEdgeId(state.doc.mission, from.source, from.port), source: from.source, sourceHandle: from.port, target: nodeId }]
        : [];
      state.edit({ ...edit, nodes, ...(edges.length > 0 ? { edges } : {}) });
      ui.getState().select({ nodeIds: [nodeId], edgeIds: [] });
    },
    [store, ui, ctx],
  );
  // Splits an edge with a new node where the menu was opened: three changes, one undo step.
  const insertNode = useCallback(
    (type: NodeType, edgeId: string, point: Position) => {
      const state = store.getState();
      if (!state.doc || !canEdit(state)) return;
      const place = placeNewNode(state.doc.mission, type, point, ctx.views.graph?.placementArea());
      const { edit, nodeId } = addNodeEdit(ctx, type, place.position);
      const node = edit.nodes[0];
      const edits =
        node && insertOnEdge(state.doc.mission, edgeId, place.parentId === undefined ? node : { ...node, parentId: place.parentId });
      if (!edits) return;
      // One batch: whoever watches the mission never sees the node without its edges.
      state.edit({ kind: 'batch', label: 'Insert Node', edits });
      ui.getState().select({ nodeIds: [nodeId], edgeIds: [] });
    },
    [store, ui, ctx],
  );
  const notes = useStickyNotes(mission, editable);
  const inlineEditor = useInlineEditor();
  const addNote = notes.add;
  const menu = useCanvasContextMenu(canvas, addNode, insertNode, addNote);
  const addAtCenter = useCallback((type: NodeType) => addNode(type, ctx.views.graph?.viewCenter() ?? { x: 0, y: 0 }), [addNode, ctx]);
  const addNoteAtCenter = useCallback(() => addNote(ctx.views.graph?.viewCenter() ?? { x: 0, y: 0 }), [addNote, ctx]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!isNodeType(type)) return;
      event.preventDefault();
      addNode(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [addNode, flow],
  );

  const connect = useCallback(
    (source: string, port: string, target: string) => {
      const state = store.getState();
      if (!state.doc) return;
      const edge = { id: newEdgeId(state.doc.mission, source, port), source, sourceHandle: port, target };
      state.edit({ kind: 'connect', edge });
    },
    [store],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      if (c.sourceHandle) connect(c.source, c.sourceHandle, c.target);
    },
    [connect],
  );
  // Dropping a connection anywhere on a node (not only on its small input handle) connects to it; dropping it
  // on empty canvas offers a new node there, connected (as node editors do).
  const openForDroppedConnection = menu.openForDroppedConnection;
  const onConnectEnd: OnConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || state.fromHandle?.type !== 'source' || !state.fromHandle.id || !state.fromNode) return;
      const point = pointerOf(event);
      if (!point) return;
      const target = nodeIdAt(point.x, point.y);
      const node = target ? store.getState().doc?.mission.nodes.find((n) => n.id === target) : undefined;
      if (node && node.type !== 'start' && node.type !== 'group') connect(state.fromNode.id, state.fromHandle.id, node.id);
      else if (!target && document.elementFromPoint(point.x, point.y)?.closest('.react-flow__pane'))
        openForDroppedConnection(state.fromNode.id, state.fromHandle.id, point);
    },
    [connect, store, openForDroppedConnection],
  );

  return (
    <div className="graph-body">
      <Palette onAdd={addAtCenter} onAddNote={addNoteAtCenter} disabled={!editable} />
      {outlineOpen && mission && <OutlinePanel mission={mission} badges={badges} selected={selectedNodes} />}
      {/* Focusable (not in the tab order) so a click on the empty canvas keeps Shift+F10 / the Menu key here. */}
      <div className="graph-canvas" ref={canvas} tabIndex={-1} onKeyDown={menu.onKeyDown} data-detail={level}>
        <DetailLevelContext value={level}>
          <CollapsedActsContext value={actsContext}>
            <ReactFlow<MissionFlowNode>
              nodes={handed.nodes}
              edges={handed.edges}
              nodeTypes={NODE_TYPES}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onNodeDragStart={startDrag}
              onSelectionDragStart={startDrag}
              onConnect={onConnect}
              onConnectEnd={onConnectEnd}
              onNodeDoubleClick={inlineEditor.onNodeDoubleClick}
              onMoveStart={onMoveStart}
              onDragOver={onDragOver}
              onDrop={onDrop}
              {...menu.handlers}
              nodesDraggable={editable}
              nodesConnectable={editable}
              deleteKeyCode={null}
              multiSelectionKeyCode={MULTI_SELECT_KEYS}
              snapToGrid
              snapGrid={SNAP_GRID}
              minZoom={0.02}
              maxZoom={2.5}
              colorMode="dark"
            >
              <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
              <Controls showFitView={false} showInteractive={false} position="bottom-left">
                <ControlButton
                  className="outline-toggle"
                  aria-label="Outline"
                  aria-pressed={outlineOpen}
                  title="Outline: acts and nodes in reading order; click one to show it"
                  onClick={() => setOutlineOpen((open) => !open)}
                >
                  ☰
                </ControlButton>
              </Controls>
              {mission && (
                <Panel position="bottom-right" className="minimap-panel">
                  <MissionMinimap mission={mission} onJump={stopFitting} />
                </Panel>
              )}
              <LabelScale canvas={canvas} />
              {mission && level !== 'full' && <ActTitles mission={mission} />}
              {notes.layer}
              {inlineEditor.element}
            </ReactFlow>
          </CollapsedActsContext>
        </DetailLevelContext>
        {menu.element}
      </div>
    </div>
  );
}
