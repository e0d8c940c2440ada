import { useEffect, useRef } from 'react';
import { useServices } from '../app-context';
import type { SourceApi, ViewRegistry } from '../commands/command.types';
import { applyMarkers } from '../monaco/apply-markers';
import { diagnosticMarkers } from '../monaco/markers';
import { SOURCE_MODEL_URI } from '../monaco/mission-schema';
import type { MonacoApi } from '../monaco/monaco-api';
import { replaceModelText } from '../monaco/model-edits';
import { FOLDING_MAX_LINES, SOURCE_OPTIONS } from './source-options';
import { redoRoute, sourceProblems, sourceText, undoRoute } from './source-state';

/** Puts `api` in the source slot of the views; returns how to take it out (unless a newer view took it). */
function occupySourceSlot(views: ViewRegistry, api: SourceApi): () => void {
  views.source = api;
  return () => {
    if (views.source === api) views.source = null;
  };
}

/** The mission's text in Monaco, kept in step with the document both ways. */
export function SourceEditor({ monaco }: { monaco: MonacoApi }) {
  const { store, checks, events, commands, ctx } = useServices();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const uri = monaco.Uri.parse(SOURCE_MODEL_URI);
    monaco.editor.getModel(uri)?.dispose();
    const first = store.getState();
    const model = monaco.editor.createModel(sourceText(first, checks.getState()), 'json', uri);
    // Indentation folding is recomputed over the whole text after each edit: past this many lines it costs more
    // than a keystroke may, so big missions go without it.
    const ed = monaco.editor.create(element, { ...SOURCE_OPTIONS, model, folding: model.getLineCount() <= FOLDING_MAX_LINES });

    // The revision of the text the model shows: a change from the pipeline applies as is only on top of it.
    let shown = checks.getState().revision;
    let file = first.file;
    let applying = false;
    const setText = (apply: () => void): void => {
      applying = true;
      try {
        apply();
      } finally {
        applying = false;
      }
    };

    // Document -> text: the pipeline's text of each revision (or a draft's), through the smallest edit.
    const showChecked = (): void => {
      const document = store.getState();
      const state = checks.getState();
      if (document.draft !== null || document.typing !== null || state.revision <= shown) return;
      const from = shown;
      shown = state.revision;
      if (document.file !== file) {
        // Another file: start fresh (cursor at the top, no undo into the old file), markers too.
        file = document.file;
        shownProblems = '';
        return setText(() => model.setValue(state.text));
      }
      const change = state.change;
      if (change && state.changeFrom === from && change.offset + change.deleteLength <= model.getValueLength()) {
        const start = model.getPositionAt(change.offset);
        const end = model.getPositionAt(change.offset + change.deleteLength);
        const range = {
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        };
        return setText(() => void ed.executeEdits('store', [{ range, text: change.insert, forceMoveMarkers: false }]));
      }
      // Not the text the change was made from (a discarded draft, a reload): find the difference here.
      setText(() => void replaceModelText(ed, model, state.text, 'store'));
    };

    const positions = {
      get length() {
        return model.getValueLength();
      },
      at: (offset: number) => {
        const p = model.getPositionAt(offset);
        return { line: p.lineNumber, column: p.column };
      },
    };
    // Monaco moves markers with the text it edits, so they are set again only when the problems themselves
    // change: setting hundreds of markers on every keystroke cost the page more than the keystroke.
    let shownProblems = '';
    const showProblems = (): void => {
      const problems = sourceProblems(store.getState(), checks.getState());
      const key = problems.map((d) => `${d.code}\u0000${d.path}\u0000${d.message}`).join('\n');
      if (key === shownProblems) return;
      shownProblems = key;
      applyMarkers(monaco, model, diagnosticMarkers(problems, positions));
    };

    // The pipeline's answer reaches the text a task later: Problems, the inspector and the status bar commit and
    // paint first. Moving one node of a 1,000-node mission cost Monaco about 28 ms to apply to its text, all of
    // it ahead of Problems. The deferred call reads the stores when it runs, so answers that land meanwhile
    // coalesce into one change of the text.
    let pendingText: ReturnType<typeof setTimeout> | undefined;
    const showCheckedSoon = (): void => {
      pendingText ??= setTimeout(() => {
        pendingText = undefined;
        showChecked();
      }, 0);
    };
    const unsubscribeChecks = checks.subscribe((state, previous) => {
      showCheckedSoon();
      if (state.diagnostics !== previous.diagnostics || state.playFindings !== previous.playFindings) showProblems();
    });
    // A read-only token in a live room: the text can be read and searched, not typed into.
    const roomReadOnly = (state: ReturnType<typeof store.getState>) => state.shared?.readOnly === true;
    ed.updateOptions({ readOnly: roomReadOnly(store.getState()) });
    const unsubscribeDocument = store.subscribe((state, previous) => {
      if (roomReadOnly(state) !== roomReadOnly(previous)) ed.updateOptions({ readOnly: roomReadOnly(state) });
      if (state.draft !== previous.draft) showProblems();
      if (state.file !== previous.file && state.draft !== null) {
        // A file that did not load: its text, as read.
        file = state.file;
        shownProblems = '';
        setText(() => model.setValue(state.draft?.text ?? ''));
        showProblems();
      }
      // "Discard my text": back to the mission's own text, which the pipeline already has (no new answer comes).
      if (previous.draft !== null && state.draft === null && state.typing === null && !state.readOnly && previous.file === state.file) {
        const text = checks.getState().text;
        if (model.getValue() !== text) setText(() => void replaceModelText(ed, model, text, 'store'));
      }
      showChecked();
    });
    const unsubscribeReveal = events.on('reveal-range', ({ range }) => {
      const start = model.getPositionAt(range.offset);
      const end = model.getPositionAt(range.offset + range.length);
      const selection = new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column);
      ed.setSelection(selection);
      ed.revealRangeInCenterIfOutsideViewport(selection);
      ed.focus();
    });

    // Text -> document: every change goes to the pipeline at once (it loads the text off this thread).
    const changes = ed.onDidChangeModelContent((event) => {
      if (applying) return;
      // Monaco's own edits go along: on a long mission a few characters cross to the worker instead of the file.
      const typed = {
        from: shown,
        changes: event.changes.map((c) => ({ offset: c.rangeOffset, deleteLength: c.rangeLength, insert: c.text })),
      };
      store.getState().setSourceText(model.getValue(), typed);
      shown = store.getState().revision;
    });

    // Undo and Redo go through the app's history, so the graph and the text move together.
    const run = (route: ReturnType<typeof undoRoute>, command: 'edit.undo' | 'edit.redo') => {
      const state = store.getState();
      if (route === 'history') commands.run(command);
      else if (route === 'discard-draft') state.discardDraft();
      else if (route === 'editor') ed.trigger('keyboard', command === 'edit.undo' ? 'undo' : 'redo', null);
    };
    const { KeyMod, KeyCode } = monaco;
    const undo = ed.addAction({
      id: 'mission-studio.undo',
      label: 'Undo',
      keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ],
      run: () => run(undoRoute(store.getState()), 'edit.undo'),
    });
    const redo = ed.addAction({
      id: 'mission-studio.redo',
      label: 'Redo',
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY],
      run: () => run(redoRoute(store.getState()), 'edit.redo'),
    });

    const leaveSlot = occupySourceSlot(ctx.views, { find: () => void (ed.focus(), ed.getAction('actions.find')?.run()) });
    showProblems();

    return () => {
      clearTimeout(pendingText);
      leaveSlot();
      unsubscribeChecks();
      unsubscribeDocument();
      unsubscribeReveal();
      changes.dispose();
      undo.dispose();
      redo.dispose();
      ed.dispose();
      model.dispose();
    };
  }, [monaco, store, checks, events, commands, ctx]);

  return <div ref={host} className="source-editor nokey" />;
}
