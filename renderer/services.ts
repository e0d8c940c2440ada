/**
 * The window's services, made once per window: the document store and its pipeline, the derived checks, the
 * UI state, the event channel, the preview, and the command registry over all of them. Everything that keeps
 * them in step is wired here, outside any component, so it works whether or not a view is mounted.
 */
import type { Mission } from '@mission-studio/core/format';
import { createCollaboration, type Collaboration } from './collab/collaboration';
import type { ConnectRoom } from './collab/room-connection';
import { createCommandRegistry, type CommandRegistry } from './commands/command-registry';
import type { CommandContext } from './commands/command.types';
import { editorCommands } from './commands/editor-commands';
import type { Host } from './host/host.types';
import { createDocumentPipeline, makeDocumentWorker, type DocumentPipeline } from './pipeline/document-pipeline';
import { createPreviewStore, type PreviewStore } from './preview/preview-store';
import { replayWay } from './preview/replay-way';
import { createAppEvents, type AppEvents } from './state/app-events';
import { createCheckStore, type CheckStore } from './state/check-store';
import { createEditorStore, type EditorStore } from './state/editor-store';
import { createUiStore, type UiStore } from './state/ui-store';
import { readSiblingTranslations } from './translations/import-translation';
import { createTranslationStore, type TranslationStore } from './translations/translation-store';

/** What every view can reach through the app's context. */
export interface AppServices {
  store: EditorStore;
  ui: UiStore;
  checks: CheckStore;
  events: AppEvents;
  preview: PreviewStore;
  /** The string tables of the mission's languages (read beside the file, or imported). */
  translations: TranslationStore;
  commands: CommandRegistry;
  /** Live co-editing (File > Collaborate…): the room, its connection and who else is there. */
  collab: Collaboration;
  ctx: CommandContext;
  mac: boolean;
  /** Stops the window's workers (unmount). */
  dispose(): void;
}

/** How the window talks to its document worker; tests pass the inline pipeline (no Worker in Node). */
export type PipelineFactory = (onResponse: Parameters<typeof createDocumentPipeline>[0]) => DocumentPipeline;

const defaultPipeline: PipelineFactory = (onResponse) =>
  createDocumentPipeline(onResponse, typeof Worker === 'undefined' ? undefined : makeDocumentWorker);

/** Builds the services of one window. */
export function createServices(
  host: Host,
  notify: (message: string) => void,
  openPalette: () => void,
  makePipeline: PipelineFactory = defaultPipeline,
  connectRoom?: ConnectRoom,
): AppServices {
  const checks = createCheckStore();
  const ui = createUiStore();
  const events = createAppEvents();
  const preview = createPreviewStore();
  const translations = createTranslationStore();
  let store: EditorStore | null = null;
  const pipeline = makePipeline((response) => {
    // The document first: a loaded text becomes the mission before the views read its diagnostics.
    store?.getState().receive(response);
    checks.getState().receive(response);
    if (response.kind === 'failed') notify(`The document could not be checked: ${response.message}`);
  });
  store = createEditorStore({
    send: (request) => pipeline.send(request),
    opened: (revision, text, diagnostics, file) => {
      checks.getState().opened(revision, text, diagnostics);
      // Another mission: the old one's translations mean nothing; the new one's are read where the host can.
      translations.getState().reset([]);
      void readSiblingTranslations(host, file, () => store?.getState().revision === revision, translations, notify);
    },
  });
  const editor = store;

  // The selection follows what exists (an undo, a delete, another file); the preview follows the mission while
  // it is shown (a hidden pane does not replay its run on every edit) and catches up when shown again.
  const syncPreview = (mission: Mission | null) => {
    if (ui.getState().panels.preview) preview.getState().setMission(mission);
  };
  editor.subscribe((state, previous) => {
    const mission = state.doc?.mission ?? null;
    if (mission === (previous.doc?.mission ?? null)) return;
    ui.getState().followMission(previous.doc?.mission ?? null, mission);
    syncPreview(mission);
  });
  ui.subscribe((state, previous) => {
    if (state.panels.preview && !previous.panels.preview) syncPreview(editor.getState().doc?.mission ?? null);
  });
  // Replaying a finding's way works with the pane hidden: the preview is shown and plays it.
  events.on('replay', ({ way }) => {
    ui.getState().togglePanel('preview', true);
    const mission = editor.getState().doc?.mission ?? null;
    preview.getState().setMission(mission);
    if (mission) replayWay(preview, mission, way);
  });

  const mac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
  const ctx: CommandContext = {
    store: editor,
    ui,
    checks,
    events,
    preview,
    translations,
    host,
    views: { graph: null, source: null },
    notify,
    openPalette,
  };
  const commands = createCommandRegistry(ctx, mac);
  commands.register(editorCommands());
  const collab = createCollaboration({ store: editor, ui, notify, ...(connectRoom ? { connect: connectRoom } : {}) });
  const dispose = () => {
    collab.disconnect();
    pipeline.dispose();
  };
  return { store: editor, ui, checks, events, preview, translations, commands, collab, ctx, mac, dispose };
}
