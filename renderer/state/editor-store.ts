import { createStore } from 'zustand/vanilla';
import { applyEdit, openDocument as openEditorDocument, redo as redoDoc, undo as undoDoc } from '../../core/edit/history';
import type { Change, Edit, EditorDocument } from '../../core/edit/edit.types';
import { loadMission } from '../../core/format/load';
import type { Mission } from '../../core/format/mission.types';
import { serializeMission } from '../../core/format/serialize';
import type { Diagnostic, SourceRange } from '../../core/validate/diagnostic.types';
import { PLAY_CHECK_CODES, type PlayCheck, type PlayWay } from '../play-check/play-check.types';

/** The file behind the editor: its name, and its path where the host has real paths. */
export interface FileRef {
  name: string;
  path?: string;
}

/** What is selected on the canvas. */
export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

/** A request to bring something into view; `seq` grows so the same target can be asked for twice. */
export interface RevealRequest {
  seq: number;
  nodeId?: string;
  range?: SourceRange;
  where: 'graph' | 'source';
}

/** A request to replay a way into a node in the preview (a play-check finding); `seq` as for reveals. */
export interface ReplayRequest {
  seq: number;
  way: PlayWay;
}

/** Panels that can be shown or hidden from the View menu. */
export type PanelId = 'inspector' | 'source' | 'problems' | 'preview';

/** The editor's whole state. Views read it through selectors; they change it only through the actions. */
export interface EditorState {
  /** The mission being edited and its undo history; null when nothing loaded (or the file did not load). */
  doc: EditorDocument | null;
  file: FileRef | null;
  /**
   * The history entry that was current when the file was last saved or opened (null: the opened state;
   * 'unsaved': what is shown was never on disk, such as a broken file fixed in the source view).
   */
  savedAt: Change | null | 'unsaved';
  /** Text the user typed in the source view, when it differs from the mission's own serialization. */
  draftText: string | null;
  /** Problems of `draftText` when it does not load (parse or schema errors); the graph keeps the last good mission. */
  draftProblems: Diagnostic[];
  /** The text as read from disk, kept for a file that did not load (its edits are unsaved work too). */
  openedText: string | null;
  /** A file that did not load opens read-only in the source view with its errors, never overwritten silently. */
  readOnly: boolean;
  /** The latest validation of the current mission (or draft), with ranges in the source text, plus `playDiagnostics`. */
  diagnostics: Diagnostic[];
  /** Where the play check (explorer and combat balance, in a Worker) stands. */
  playCheck: PlayCheck;
  /** The play check's findings, also in `diagnostics`; kept apart so that a new validation keeps them. */
  playDiagnostics: Diagnostic[];
  selection: Selection;
  reveal: RevealRequest | null;
  /** The newest request to replay a finding's way in the preview. */
  replay: ReplayRequest | null;
  panels: Record<PanelId, boolean>;
}

/** The state changes views may ask for. */
export interface EditorActions {
  /** Shows a file's text: a valid mission opens for editing; anything else opens read-only with its errors. */
  openText(file: FileRef, text: string): void;
  /** Applies an edit from the graph, inspector or a command; `coalesceKey` merges a drag or typing burst. */
  edit(edit: Edit, options?: { coalesceKey?: string }): void;
  /** The source view's text changed: a valid mission replaces the graph's (one undo step per typing burst). */
  setSourceText(text: string): void;
  undo(): void;
  redo(): void;
  select(selection: Selection): void;
  revealNode(nodeId: string): void;
  revealRange(range: SourceRange): void;
  /** Asks the preview to replay the way into a soft-lock or trap (and shows the Preview region). */
  requestReplay(way: PlayWay): void;
  setDiagnostics(diagnostics: Diagnostic[]): void;
  /** The play check's progress; `found` (when it finished) replaces its findings. */
  setPlayCheck(check: PlayCheck, found?: Diagnostic[]): void;
  markSaved(file: FileRef): void;
  togglePanel(panel: PanelId, visible?: boolean): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] };
const NOT_CHECKED: PlayCheck = { status: 'idle' };
/** What opening another document resets. */
const NO_PLAY_CHECK = { playCheck: NOT_CHECKED, playDiagnostics: [] as Diagnostic[] };

/**
 * The play check's findings that still apply to a mission just validated: none when it has errors, else those
 * about nodes it still has, without their ranges (the text has moved; the next play check places them again).
 */
function carriedPlayFindings(validated: readonly Diagnostic[], found: readonly Diagnostic[], mission: Mission | undefined): Diagnostic[] {
  if (found.length === 0 || !mission || validated.some((d) => d.severity === 'error')) return [];
  const ids = new Set(mission.nodes.map((n) => n.id));
  return found.filter((d) => d.nodeId === undefined || ids.has(d.nodeId)).map(({ range: _range, ...rest }) => rest);
}
const lastChange = (doc: EditorDocument | null): Change | null => doc?.history.past[doc.history.past.length - 1] ?? null;

// One text per mission object: serializing is the costliest step of a graph edit, and views ask often.
const textCache = new WeakMap<Mission, string>();

/** The mission's file text (stable key order), cached per mission object. */
export function missionText(mission: Mission): string {
  let text = textCache.get(mission);
  if (text === undefined) {
    text = serializeMission(mission);
    textCache.set(mission, text);
  }
  return text;
}

/** The mission's text if it was already made (or came from the file), without making it. */
export function cachedMissionText(mission: Mission): string | undefined {
  return textCache.get(mission);
}

/** The text the source view shows: the user's draft, or the mission's serialization. */
export function sourceText(state: EditorState): string {
  return state.draftText ?? (state.doc ? missionText(state.doc.mission) : '');
}

/** Whether the mission differs from what was last saved (undoing back to it makes it clean again). */
export function isDirty(state: EditorState): boolean {
  if (state.doc === null) return state.draftText !== null && state.draftText !== state.openedText;
  return lastChange(state.doc) !== state.savedAt || state.draftText !== null;
}

/** Creates an editor store; `now` is injectable so tests control when typing bursts end. */
export function createEditorStore(now: () => number = () => Date.now()) {
  return createStore<EditorState & EditorActions>()((set, get) => {
    const afterEdit = (doc: EditorDocument) => set({ doc, draftText: null, draftProblems: [] });
    let revealSeq = 0;
    return {
      doc: null,
      file: null,
      savedAt: null,
      draftText: null,
      draftProblems: [],
      openedText: null,
      readOnly: false,
      diagnostics: [],
      ...NO_PLAY_CHECK,
      selection: EMPTY_SELECTION,
      reveal: null,
      replay: null,
      panels: { inspector: true, source: true, problems: true, preview: true },

      openText(file, text) {
        const loaded = loadMission(text);
        if (loaded.mission) {
          const doc = openEditorDocument(loaded.mission);
          // Keep the file's own text until the first edit, so positions in problems match what is on disk.
          textCache.set(doc.mission, text);
          set({ doc, file, savedAt: null, draftText: null, draftProblems: [], openedText: null, readOnly: false, diagnostics: loaded.diagnostics, ...NO_PLAY_CHECK, selection: EMPTY_SELECTION });
        } else {
          set({ doc: null, file, savedAt: null, draftText: text, draftProblems: loaded.diagnostics, openedText: text, readOnly: true, diagnostics: loaded.diagnostics, ...NO_PLAY_CHECK, selection: EMPTY_SELECTION });
        }
      },

      edit(edit, options = {}) {
        const { doc, readOnly } = get();
        if (!doc || readOnly) return;
        const next = applyEdit(doc, edit, { coalesceKey: options.coalesceKey, now: now() });
        if (next !== doc) afterEdit(next);
      },

      setSourceText(text) {
        const { doc, readOnly } = get();
        if (readOnly) {
          // A file that did not load: let the user fix it; once it loads, it becomes editable.
          const loaded = loadMission(text);
          if (!loaded.mission) return set({ draftText: text, draftProblems: loaded.diagnostics, diagnostics: loaded.diagnostics });
          const opened = openEditorDocument(loaded.mission);
          textCache.set(opened.mission, text);
          return set({ doc: opened, readOnly: false, draftText: null, draftProblems: [], diagnostics: loaded.diagnostics, savedAt: 'unsaved' });
        }
        if (!doc) return;
        if (text === missionText(doc.mission)) return set({ draftText: null, draftProblems: [] });
        const loaded = loadMission(text);
        if (!loaded.mission) return set({ draftText: text, draftProblems: loaded.diagnostics });
        const next = applyEdit(doc, { kind: 'replace-mission', mission: loaded.mission }, { coalesceKey: 'source-text', now: now() });
        textCache.set(next.mission, text);
        set({ doc: next, draftText: null, draftProblems: [] });
      },

      undo() {
        const { doc, draftText, readOnly } = get();
        // With invalid text pending, the first undo goes back to the last valid text, like the source view's Ctrl+Z.
        if (doc && draftText !== null && !readOnly) return set({ draftText: null, draftProblems: [] });
        if (doc) afterEdit(undoDoc(doc));
      },

      redo() {
        const { doc } = get();
        if (doc) afterEdit(redoDoc(doc));
      },

      select(selection) {
        set({ selection });
      },

      revealNode(nodeId) {
        set({ selection: { nodeIds: [nodeId], edgeIds: [] }, reveal: { seq: ++revealSeq, nodeId, where: 'graph' } });
      },

      revealRange(range) {
        set({ reveal: { seq: ++revealSeq, range, where: 'source' } });
      },

      requestReplay(way) {
        set({ replay: { seq: ++revealSeq, way }, panels: { ...get().panels, preview: true } });
      },

      setDiagnostics(diagnostics) {
        const { playDiagnostics, doc } = get();
        const carried = carriedPlayFindings(diagnostics, playDiagnostics, doc?.mission);
        set({ diagnostics: carried.length > 0 ? [...diagnostics, ...carried] : diagnostics, playDiagnostics: carried });
      },

      setPlayCheck(playCheck, found) {
        if (!found) return set({ playCheck });
        const validated = get().diagnostics.filter((d) => !PLAY_CHECK_CODES.has(d.code));
        set({ playCheck, playDiagnostics: found, diagnostics: found.length > 0 ? [...validated, ...found] : validated });
      },

      markSaved(file) {
        set({ file, savedAt: lastChange(get().doc) });
      },

      togglePanel(panel, visible) {
        const panels = get().panels;
        set({ panels: { ...panels, [panel]: visible ?? !panels[panel] } });
      },
    };
  });
}
