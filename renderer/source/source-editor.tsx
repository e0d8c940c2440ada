import { useEffect, useRef } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { useServices } from '../app-context';
import type { SourceApi, ViewRegistry } from '../commands/command.types';
import { applyMarkers } from '../monaco/apply-markers';
import { diagnosticMarkers } from '../monaco/markers';
import { SOURCE_MODEL_URI } from '../monaco/mission-schema';
import type { MonacoApi } from '../monaco/monaco-api';
import { replaceModelText } from '../monaco/model-edits';
import { MISSION_THEME_ID } from '../monaco/theme';
import { missionText, sourceText, type EditorState } from '../state/editor-store';
import { takeReveal } from './reveal-tracker';
import { redoRoute, sourceProblems, undoRoute } from './source-state';

/** How long typing pauses before the text goes to the store (a mission of thousands of lines parses in ms). */
export const SOURCE_DEBOUNCE_MS = 150;

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  theme: MISSION_THEME_ID,
  language: 'json',
  ariaLabel: 'Mission source',
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontSize: 13,
  fontFamily: "ui-monospace, 'Cascadia Code', Menlo, monospace",
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  glyphMargin: false,
  renderValidationDecorations: 'on',
  wordBasedSuggestions: 'off',
  // A real <textarea> takes the keys, not Chromium's EditContext <div>: libraries that leave keys in text fields
  // alone (React Flow's Space-to-pan and Backspace-to-delete, our shortcuts) recognise a textarea.
  editContext: false,
};

/** Puts `api` in the source slot of the views; returns how to take it out (unless a newer view took it). */
function occupySourceSlot(views: ViewRegistry, api: SourceApi): () => void {
  views.source = api;
  return () => {
    if (views.source === api) views.source = null;
  };
}

/** The mission's text in Monaco, kept in step with the store both ways. */
export function SourceEditor({ monaco }: { monaco: MonacoApi }) {
  const { store, commands, ctx } = useServices();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const uri = monaco.Uri.parse(SOURCE_MODEL_URI);
    monaco.editor.getModel(uri)?.dispose();
    const first = store.getState();
    const model = monaco.editor.createModel(sourceText(first), 'json', uri);
    const ed = monaco.editor.create(element, { ...OPTIONS, model });

    // Store -> text. `seen` is the store's text when last looked at: only a change of it is news.
    let seen = sourceText(first);
    let file = first.file;
    let applying = false;
    let pending: ReturnType<typeof setTimeout> | null = null;

    const flush = () => {
      if (pending === null) return;
      clearTimeout(pending);
      pending = null;
      store.getState().setSourceText(model.getValue());
    };

    const showProblems = (state: EditorState) => applyMarkers(monaco, model, diagnosticMarkers(sourceProblems(state), model.getValue()));

    const reveal = (state: EditorState) => {
      const range = takeReveal(store, state.reveal);
      if (!range) return;
      const start = model.getPositionAt(range.offset);
      const end = model.getPositionAt(range.offset + range.length);
      const selection = new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column);
      ed.setSelection(selection);
      ed.revealRangeInCenterIfOutsideViewport(selection);
      ed.focus();
    };

    const unsubscribe = store.subscribe((state, previous) => {
      const text = sourceText(state);
      if (text !== seen) {
        seen = text;
        if (text !== model.getValue()) {
          if (pending !== null) clearTimeout(pending); // the outside change wins over typing not yet sent
          pending = null;
          applying = true;
          try {
            // Another file: start fresh (cursor at the top, no undo into the old file). An edit: touch only what changed.
            if (state.file !== file) model.setValue(text);
            else replaceModelText(ed, model, text, 'store');
          } finally {
            applying = false;
          }
        }
      }
      file = state.file;
      if (state.diagnostics !== previous.diagnostics || state.draftProblems !== previous.draftProblems || state.draftText !== previous.draftText) showProblems(state);
      if (state.reveal !== previous.reveal) reveal(state);
    });

    // Text -> store, once typing pauses (and at once before anything that reads the store: blur, shortcuts).
    const changes = ed.onDidChangeModelContent(() => {
      if (applying) return;
      if (pending !== null) clearTimeout(pending);
      pending = setTimeout(flush, SOURCE_DEBOUNCE_MS);
    });
    const blur = ed.onDidBlurEditorText(flush);
    const keys = ed.onKeyDown((e) => {
      if (e.ctrlKey || e.metaKey) flush(); // Save, Open and friends must see the latest text
    });

    // Undo and Redo go through the app's history, so the graph and the text move together.
    const run = (route: ReturnType<typeof undoRoute>, command: 'edit.undo' | 'edit.redo') => {
      const state = store.getState();
      if (route === 'history') commands.run(command);
      else if (route === 'discard-draft' && state.doc) state.setSourceText(missionText(state.doc.mission));
      else if (route === 'editor') ed.trigger('keyboard', command === 'edit.undo' ? 'undo' : 'redo', null);
    };
    const { KeyMod, KeyCode } = monaco;
    const undo = ed.addAction({
      id: 'mission-studio.undo',
      label: 'Undo',
      keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ],
      run: () => {
        flush();
        run(undoRoute(store.getState()), 'edit.undo');
      },
    });
    const redo = ed.addAction({
      id: 'mission-studio.redo',
      label: 'Redo',
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY],
      run: () => {
        flush();
        run(redoRoute(store.getState()), 'edit.redo');
      },
    });

    const leaveSlot = occupySourceSlot(ctx.views, { find: () => void (ed.focus(), ed.getAction('actions.find')?.run()) });
    showProblems(first);
    reveal(first); // a problem clicked while the editor was loading or hidden

    return () => {
      flush();
      leaveSlot();
      unsubscribe();
      changes.dispose();
      blur.dispose();
      keys.dispose();
      undo.dispose();
      redo.dispose();
      ed.dispose();
      model.dispose();
    };
  }, [monaco, store, commands, ctx]);

  return <div ref={host} className="source-editor nokey" />;
}
