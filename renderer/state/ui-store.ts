/** What the window shows around the document: which panels are open and what is selected on the canvas. */
import { createStore } from 'zustand/vanilla';
import type { Mission } from '@mission-studio/core/format';
import { followRenames } from './follow-renames';

/** What is selected on the canvas. */
export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

/** Panels that can be shown or hidden from the View menu. */
export type PanelId = 'inspector' | 'source' | 'problems' | 'preview';

export interface UiState {
  selection: Selection;
  panels: Record<PanelId, boolean>;
}

export interface UiActions {
  select(selection: Selection): void;
  togglePanel(panel: PanelId, visible?: boolean): void;
  /**
   * The mission changed (an edit, an undo, another file): the selection follows renamed nodes and keeps only
   * what still exists.
   */
  followMission(previous: Mission | null, mission: Mission | null): void;
}

export type UiStore = ReturnType<typeof createUiStore>;

/** Nothing selected. */
const NO_SELECTION: Selection = { nodeIds: [], edgeIds: [] };

/** Creates the window's UI state. */
export function createUiStore() {
  return createStore<UiState & UiActions>()((set, get) => ({
    selection: NO_SELECTION,
    panels: { inspector: true, source: true, problems: true, preview: true },

    select(selection) {
      set({ selection });
    },

    togglePanel(panel, visible) {
      const panels = get().panels;
      set({ panels: { ...panels, [panel]: visible ?? !panels[panel] } });
    },

    followMission(previous, mission) {
      const { selection } = get();
      if (selection.nodeIds.length === 0 && selection.edgeIds.length === 0) return;
      if (!mission) return set({ selection: NO_SELECTION });
      const nodes = new Set(mission.nodes.map((n) => n.id));
      const edges = new Set(mission.edges.map((e) => e.id));
      const renamed = previous ? (followRenames(previous, mission, selection.nodeIds) ?? selection.nodeIds) : selection.nodeIds;
      const nodeIds = renamed.filter((id) => nodes.has(id));
      const edgeIds = selection.edgeIds.filter((id) => edges.has(id));
      const same =
        nodeIds.length === selection.nodeIds.length &&
        nodeIds.every((id, i) => id === selection.nodeIds[i]) &&
        edgeIds.length === selection.edgeIds.length;
      if (!same) set({ selection: { nodeIds, edgeIds } });
    },
  }));
}
