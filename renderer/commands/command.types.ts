import type { PlacementArea } from '@mission-studio/core/edit';
import type { Host } from '../host/host.types';
import type { PreviewStore } from '../preview/preview-store';
import type { AppEvents } from '../state/app-events';
import type { CheckStore } from '../state/check-store';
import type { EditorStore } from '../state/editor-store';
import type { UiStore } from '../state/ui-store';
import type { TranslationStore } from '../translations/translation-store';

/** What the graph view offers commands (fit, zoom, layout); registered by the view while it is mounted. */
export interface GraphApi {
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Centers a node in view. */
  revealNode(nodeId: string): void;
  /** Where a pasted or added node should go: the middle of the visible canvas, in flow coordinates. */
  viewCenter(): { x: number; y: number };
  /** The canvas the user sees and the panels over it, in flow coordinates: new and pasted nodes land there. */
  placementArea(): PlacementArea | undefined;
}

/** What the source view offers commands. */
export interface SourceApi {
  find(): void;
}

/** Views that commands can reach; each fills in its slot while mounted. */
export interface ViewRegistry {
  graph: GraphApi | null;
  source: SourceApi | null;
}

/** Everything a command may use. */
export interface CommandContext {
  /** The document: mission, history, file. */
  store: EditorStore;
  /** Selection and panels. */
  ui: UiStore;
  /** What the pipeline derived: text, diagnostics, play check. */
  checks: CheckStore;
  /** Reveal a node, a place in the source; replay a way. */
  events: AppEvents;
  preview: PreviewStore;
  /** The mission's translations (string tables). */
  translations: TranslationStore;
  host: Host;
  views: ViewRegistry;
  /** Shows a short message to the user (status line). */
  notify(message: string): void;
  /** Opens the command palette. */
  openPalette(): void;
}

/** The menus a command may appear in (the Electron menu and the palette group by these). */
export type MenuId = 'file' | 'edit' | 'view' | 'run' | 'help';

/**
 * One thing the user can do, as data: the same entry feeds the menu, its shortcut, the toolbar and the command
 * palette. `shortcut` uses `Mod` for Ctrl (Cmd on macOS), e.g. `Mod+Shift+Z`.
 */
export interface Command {
  id: string;
  label: string;
  menu: MenuId;
  shortcut?: string;
  run(ctx: CommandContext): void | Promise<void>;
  enabled?(ctx: CommandContext): boolean;
  /** The label as it reads now, when it names what the command would do ("Undo Move 3 Nodes"); else `label`. */
  currentLabel?(ctx: CommandContext): string | null;
}
