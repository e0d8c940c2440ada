import { applyNodeChanges, useStoreApi, type Edge, type EdgeChange, type NodeChange, type NodePositionChange } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { EditorStore } from '../state/editor-store';
import type { UiStore } from '../state/ui-store';
import {
  syncFlowEdges,
  syncFlowNodes,
  type FlowEdgeInputs,
  type FlowNodeInputs,
  type MissionFlowEdge,
  type MissionFlowNode,
} from './flow-model';
import { markDropTargets, planDrop, sameTargets } from './group-drop';
import { nextSelection, type SelectChange } from './selection-sync';

const NO_NODES: MissionFlowNode[] = [];
const NO_EDGES: MissionFlowEdge[] = [];
const NO_TARGETS: readonly string[] = [];

type Moved = NodePositionChange & { position: { x: number; y: number } };

const isSelect = (c: { type: string }): c is SelectChange & { type: 'select' } => c.type === 'select';

/**
 * The canvas's nodes: derived from the mission (reusing unchanged node objects), plus what React Flow owns
 * locally: measured sizes and positions mid-drag. A drag moves nodes here only; its drop commits one
 * `move-nodes` edit, so a drag is one undo step and the mission is not re-serialized on every pointer move.
 * The drop also moves nodes into or out of the group frames they land in (group-drop.ts); mid-drag, those
 * groups carry the `drop-target` class. Selection changes go to the UI store, which feeds them back as `inputs.selected`.
 */
export function useFlowNodes(inputs: FlowNodeInputs | null, store: EditorStore, ui: UiStore) {
  const [state, setState] = useState(() => ({ inputs, nodes: inputs ? syncFlowNodes(NO_NODES, inputs) : NO_NODES }));
  let current = state;
  if (state.inputs !== inputs) {
    // React's "adjust state when a prop changes" pattern: no effect, so the canvas never draws a stale frame.
    current = { inputs, nodes: inputs ? syncFlowNodes(state.nodes, inputs) : NO_NODES };
    setState(current);
  }

  // Set when a pointer drag starts, so the drop's edit is its own undo step; keyboard nudges share one key.
  const dragKey = useRef<string | null>(null);
  const startDrag = useCallback(() => {
    dragKey.current = `drag:${Date.now()}`;
  }, []);
  const flowStore = useStoreApi<MissionFlowNode>();
  const [dropTargets, setDropTargets] = useState(NO_TARGETS);

  const onNodesChange = useCallback(
    (changes: NodeChange<MissionFlowNode>[]) => {
      const local = changes.filter((c) => c.type === 'position' || c.type === 'dimensions');
      if (local.length > 0) setState((s) => ({ ...s, nodes: applyNodeChanges(local, s.nodes) }));
      const selects = changes.filter(isSelect);
      if (selects.length > 0) {
        const { selection, select } = ui.getState();
        const nodeIds = nextSelection(selection.nodeIds, selects);
        if (nodeIds) select({ nodeIds, edgeIds: selection.edgeIds });
      }
      const moved = changes.filter((c): c is Moved => c.type === 'position' && c.position !== undefined);
      const mission = store.getState().doc?.mission;
      if (moved.length === 0 || !mission) return;
      const { nodeLookup } = flowStore.getState();
      const plan = planDrop(
        mission.nodes,
        moved.map((c) => ({ ...nodeLookup.get(c.id)?.measured, id: c.id, position: { x: c.position.x, y: c.position.y } })),
      );
      const dropping = moved.every((c) => !c.dragging);
      setDropTargets((t) => (dropping ? NO_TARGETS : sameTargets(t, plan.targets) ? t : plan.targets));
      if (!dropping) return;
      const coalesceKey = dragKey.current ?? `nudge:${plan.moves.map((m) => m.id).join(',')}`;
      dragKey.current = null;
      store.getState().edit({ kind: 'move-nodes', moves: plan.moves }, { coalesceKey });
    },
    [store, ui, flowStore],
  );

  const nodes = useMemo(() => markDropTargets(current.nodes, dropTargets), [current.nodes, dropTargets]);
  return { nodes, onNodesChange, startDrag };
}

/** The canvas's edges, derived from the mission; selecting one goes through the store. */
export function useFlowEdges(inputs: FlowEdgeInputs | null, ui: UiStore) {
  const [state, setState] = useState(() => ({ inputs, edges: inputs ? syncFlowEdges(NO_EDGES, inputs) : NO_EDGES }));
  let current = state;
  if (state.inputs !== inputs) {
    current = { inputs, edges: inputs ? syncFlowEdges(state.edges, inputs) : NO_EDGES };
    setState(current);
  }
  const onEdgesChange = useCallback(
    (changes: EdgeChange<Edge>[]) => {
      const selects = changes.filter(isSelect);
      if (selects.length === 0) return;
      const { selection, select } = ui.getState();
      const edgeIds = nextSelection(selection.edgeIds, selects);
      if (edgeIds) select({ nodeIds: selection.nodeIds, edgeIds });
    },
    [ui],
  );
  return { edges: current.edges, onEdgesChange };
}
