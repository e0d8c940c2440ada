import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useServices } from '../app-context';
import type { Command, GraphApi, ViewRegistry } from '../commands/command.types';
import type { MissionFlowNode } from './flow-model';
import { readPlacementArea } from './placement-area';
import { FIT_OPTIONS, fitRect, type useAutoFit } from './use-auto-fit';
import type { Rect } from './view-culling';

/** How long a revealed node stays highlighted, in ms (a UI cue only; nothing waits for it). */
const HIGHLIGHT_MS = 1600;

/** The graph's own commands: fit and zoom go to the mounted view; Backspace deletes as Delete does. */
function graphCommands(run: (id: string) => boolean, isEnabled: (id: string) => boolean): Command[] {
  return [
    { id: 'view.fit', label: 'Fit View', menu: 'view', shortcut: 'Mod+0', run: (ctx) => ctx.views.graph?.fitView() },
    { id: 'view.zoomIn', label: 'Zoom In', menu: 'view', shortcut: 'Mod+=', run: (ctx) => ctx.views.graph?.zoomIn() },
    { id: 'view.zoomOut', label: 'Zoom Out', menu: 'view', shortcut: 'Mod+-', run: (ctx) => ctx.views.graph?.zoomOut() },
    // Backspace is how macOS keyboards delete; it runs the one Delete command so nothing is deleted twice.
    {
      id: 'edit.deleteBackspace',
      label: 'Delete',
      menu: 'edit',
      shortcut: 'Backspace',
      enabled: () => isEnabled('edit.delete'),
      run: () => void run('edit.delete'),
    },
  ];
}

/** Puts `api` in the graph slot; returns how to take it out again (unless a newer canvas took the slot). */
function occupyGraphSlot(views: ViewRegistry, api: GraphApi): () => void {
  views.graph = api;
  return () => {
    if (views.graph === api) views.graph = null;
  };
}

/**
 * Where the mission's nodes are, from the laid-out positions the canvas knows (React Flow holds only the
 * nodes near the view): the bounds of what is drawn, and any node's rectangle, hidden or not.
 */
export interface MissionGeometry {
  drawnBounds(): Rect | null;
  nodeRect(nodeId: string): Rect | undefined;
}

/**
 * While the canvas is mounted: fills `ctx.views.graph`, registers the graph's commands, and answers the
 * reveal events (Problems panel clicks, Find) by centring the node with a brief highlight; a reveal asked for as
 * a file opens waits for the canvas to draw that file (`autoFit.onceDrawn`). `expandActsAround` opens the
 * collapsed acts that hide a node (true when it opened any) before the node is shown.
 */
export function useGraphApi(
  setHighlight: (nodeId: string | null) => void,
  autoFit: Pick<ReturnType<typeof useAutoFit>, 'setKeepFitted' | 'onceDrawn'>,
  expandActsAround: (nodeId: string) => boolean,
  geometry: MissionGeometry,
): void {
  const { setKeepFitted, onceDrawn } = autoFit;
  const flow = useReactFlow<MissionFlowNode>();
  const flowStore = useStoreApi<MissionFlowNode>();
  const { ctx, commands, events } = useServices();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const api: GraphApi = {
      fitView() {
        setKeepFitted(true);
        fitRect(flow, flowStore.getState(), geometry.drawnBounds(), { ...FIT_OPTIONS, duration: 200 });
      },
      zoomIn() {
        setKeepFitted(false);
        void flow.zoomIn({ duration: 150 });
      },
      zoomOut() {
        setKeepFitted(false);
        void flow.zoomOut({ duration: 150 });
      },
      revealNode(nodeId) {
        const rect = geometry.nodeRect(nodeId);
        if (!rect) return;
        setKeepFitted(false);
        // A node in a collapsed act is hidden until the act opens; its place is known from the mission already.
        expandActsAround(nodeId);
        // Fit the node, but no closer than 100%: a small node then sits in the middle at a readable size.
        fitRect(flow, flowStore.getState(), rect, { padding: 0.2, duration: 300, maxZoom: Math.max(1, flow.getZoom()) });
        setHighlight(nodeId);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setHighlight(null), HIGHLIGHT_MS);
      },
      viewCenter() {
        const { width, height, transform } = flowStore.getState();
        const [x, y, zoom] = transform;
        return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
      },
      placementArea() {
        const { domNode, transform } = flowStore.getState();
        return domNode ? readPlacementArea(domNode, transform) : undefined;
      },
    };
    const vacate = occupyGraphSlot(ctx.views, api);
    const unregister = commands.register(graphCommands(commands.run, commands.isEnabled));
    const unsubscribe = events.on('reveal-node', ({ nodeId }) => onceDrawn(() => api.revealNode(nodeId)));
    return () => {
      vacate();
      unregister();
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, [flow, flowStore, ctx, commands, events, setHighlight, setKeepFitted, onceDrawn, expandActsAround, geometry]);
}
