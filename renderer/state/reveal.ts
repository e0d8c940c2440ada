/** Showing the user something: a node on the canvas, a place in the source view. Calls, not state (app-events.ts). */
import type { SourceRange } from '@mission-studio/core/validate';
import type { AppEvents } from './app-events';
import type { UiStore } from './ui-store';

/** What revealing needs. */
export interface RevealServices {
  ui: UiStore;
  events: AppEvents;
}

/** Selects a node and brings it into view on the canvas. */
export function revealNode({ ui, events }: RevealServices, nodeId: string): void {
  ui.getState().select({ nodeIds: [nodeId], edgeIds: [] });
  events.emit('reveal-node', { nodeId });
}

/** Shows the source view and puts the cursor on a place in the text. */
export function revealInSource({ ui, events }: RevealServices, range: SourceRange): void {
  ui.getState().togglePanel('source', true);
  events.emit('reveal-range', { range });
}
