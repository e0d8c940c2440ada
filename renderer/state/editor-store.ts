/**
 * The document: the mission being edited, its undo history, its file, and text typed in the source view that
 * does not load yet. Nothing derived lives here (text, diagnostics and the play check are in check-store.ts;
 * selection and panels in ui-store.ts): every change of the mission goes to the document pipeline as patches,
 * and the pipeline's answers come back through `receive`.
 */
import { createStore } from 'zustand/vanilla';
import {
  applyEditWithPatches,
  historyLabels,
  historySteps,
  openDocument as openEditorDocument,
  redoWithPatches,
  stepsOf,
  undoWithPatches,
} from '@mission-studio/core/edit';
import type { Change, Edit, EditorDocument, HistoryStep } from '@mission-studio/core/edit';
import { loadMission, type LoadResult } from '@mission-studio/core/format';
import type { TextStyle } from '@mission-studio/core/format';
import { FORMAT_ID, type Mission } from '@mission-studio/core/format';
import { serializeMission } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';
import { timed } from '../pipeline/pipeline-timing';
import type { PipelineRequest, PipelineResponse, TypedChanges } from '../pipeline/pipeline.types';

/** The file behind the editor: its name, and its path where the host has real paths. */
export interface FileRef {
  name: string;
  path?: string;
  /** How the file on disk ends its lines and whether it has a byte order mark: saving writes it back that way. */
  textStyle?: TextStyle;
}

/** Source text that does not load, and why; the graph keeps showing the last mission that did. */
export interface Draft {
  text: string;
  problems: Diagnostic[];
  /** The revision the text was typed as (the Problems panel shows which revision it describes). */
  revision: number;
}

/** The document's state. Views read it through selectors; they change it only through the actions. */
export interface EditorState {
  /** The mission being edited and its undo history; null when nothing loaded (or the file did not load). */
  doc: EditorDocument | null;
  file: FileRef | null;
  /**
   * The history entry that was current when the file was last saved or opened (null: the opened state;
   * 'unsaved': what is shown was never on disk, such as a broken file fixed in the source view).
   */
  savedAt: Change | null | 'unsaved';
  /** Source text that does not load (a file that did not load starts as one). */
  draft: Draft | null;
  /** The text as read from disk, kept for a file that did not load (its edits are unsaved work too). */
  openedText: string | null;
  /** A file that did not load opens read-only in the source view with its errors, never overwritten silently. */
  readOnly: boolean;
  /** Grows with every change of the mission or of the source text: the pipeline's answers name the revision they describe. */
  revision: number;
  /** The revision of source text sent to the pipeline and not answered yet: graph edits wait for the answer. */
  typing: number | null;
  /** The revision the current document was opened at: names one document session of the window (its backups' key). */
  openedRevision: number;
  /** The file was written in an older format and upgraded as it opened (said in a banner; Save writes the new one). */
  upgrade: FormatUpgrade | null;
  /** Set while the mission is shared in a live room (File > Collaborate…): its undo steps and whether I may edit. */
  shared: SharedEditing | null;
}

/** The room's side of the document while it is shared: Undo and Redo are the room's (only my own edits). */
export interface SharedEditing {
  /** A read-only connection: the room's edits arrive, mine are not allowed. */
  readOnly: boolean;
  /** My steps in the room that Undo would take back, oldest first ("Rename Node"); never anyone else's. */
  done: string[];
  /** My steps Redo would bring back, in the order it would. */
  undone: string[];
}

/** Where the store sends edits, Undo and Redo while the mission is shared (renderer/collab's session). */
export interface SharedLink {
  edit(edit: Edit, coalesceKey: string | undefined): void;
  undo(): void;
  redo(): void;
}

/** An older file brought up to the current format as it opened. */
export interface FormatUpgrade {
  from: string;
  to: string;
  /** The named migrations that ran, oldest first. */
  migrations: string[];
}

/** The changes views may ask for. */
export interface EditorActions {
  /** Shows a file's text: a valid mission opens for editing; anything else opens read-only with its errors. */
  /** `unsaved`: the text was never on disk (an import), so the document starts with unsaved changes. */
  openText(file: FileRef, text: string, options?: { unsaved?: boolean }): LoadResult;
  /** Applies an edit from the graph, inspector or a command; `coalesceKey` merges a drag or typing burst. */
  edit(edit: Edit, options?: { coalesceKey?: string }): void;
  /**
   * The source view's text changed: the pipeline loads it; a mission that loads replaces the graph's. `typed`:
   * the editor's own edits that made it, so only they cross to the worker.
   */
  setSourceText(text: string, typed?: TypedChanges): void;
  /** Drops text typed in the source view that does not load, back to the mission's own text. */
  discardDraft(): void;
  undo(): void;
  redo(): void;
  /** Edit > History: undoes or redoes to step `index` of `historyList`, one Undo or Redo at a time. */
  goToStep(index: number): void;
  markSaved(file: FileRef): void;
  /** Starts (a link) or ends (null) sharing: while shared, edits also go to the room and Undo is the room's. */
  share(link: SharedLink | null, shared?: SharedEditing): void;
  /** The room's undo steps or role changed. */
  setShared(shared: SharedEditing): void;
  /**
   * The room's mission changed (someone else's edit, or my undo there): it replaces the mission through the same
   * pipeline as any edit, as one history step named `label` (so the file turns unsaved and is backed up).
   */
  receiveShared(mission: Mission, label: string): void;
  /** An answer of the document pipeline (the app wires this; views never call it). */
  receive(response: PipelineResponse): void;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

/** What the store needs from outside: the pipeline to send changes to, and a clock for typing bursts. */
export interface EditorStoreDeps {
  send(request: PipelineRequest): void;
  /** A file was opened: its revision, text and the diagnostics of loading it (the checks start from these), and the file. */
  opened?(revision: number, text: string, diagnostics: Diagnostic[], file: FileRef): void;
  now?: () => number;
}

/** The `format` a file's text declares (it loaded, so it is a JSON object with one). */
function formatOf(text: string): string {
  const format = (JSON.parse(text.replace(/^\uFEFF/, '')) as { format?: unknown }).format;
  return typeof format === 'string' ? format : 'an older format';
}

const lastChange = (doc: EditorDocument | null): Change | null => doc?.history.past[doc.history.past.length - 1] ?? null;

/** Whether the mission differs from what was last saved (undoing back to it makes it clean again). */
export function isDirty(state: EditorState): boolean {
  if (state.doc === null) return state.draft !== null && state.draft.text !== state.openedText;
  return lastChange(state.doc) !== state.savedAt || state.draft !== null;
}

/** Whether the graph and the inspector may change the mission now (not a broken file, no pending bad text). */
export function canEdit(state: EditorState): boolean {
  return state.doc !== null && !state.readOnly && state.draft === null && state.shared?.readOnly !== true;
}

/** What Undo and Redo would do now: the room's steps while shared, else the document's own history. */
export function undoLabels(state: EditorState): { undo: string | null; redo: string | null } {
  if (state.shared) {
    const { done, undone } = state.shared;
    return { undo: done.length > 0 ? `Undo ${done[done.length - 1]}` : null, redo: undone.length > 0 ? `Redo ${undone[0]}` : null };
  }
  return state.doc ? historyLabels(state.doc) : { undo: null, redo: null };
}

/** The name of the state before my first step in a room (Edit > History's first row while shared). */
const ROOM_START = 'Joined the Room';

/**
 * Edit > History's steps: while shared, my own steps in the room, which are what Undo and Redo take (the local
 * history also holds others' edits, which my Undo never touches); else the document's own history.
 */
export function historyList(state: EditorState): HistoryStep[] {
  if (state.shared) return stepsOf(ROOM_START, state.shared.done, state.shared.undone);
  return state.doc ? historySteps(state.doc) : [];
}

/** Creates a document store that sends every change of its mission to `deps.send`. */
export function createEditorStore(deps: EditorStoreDeps) {
  const now = deps.now ?? (() => Date.now());
  return createStore<EditorState & EditorActions>()((set, get) => {
    /** Edits asked for while source text is being loaded: they apply to the mission that text gives. */
    let waiting: Array<() => void> = [];
    /** The revision of the file opened last: answers about older revisions are about another document. */
    let openedAt = 0;
    /** The live room the mission is shared in, if any. */
    let link: SharedLink | null = null;
    const whenSettled = (action: () => void): boolean => {
      if (get().typing === null) return false;
      waiting.push(action);
      return true;
    };
    const settle = (): void => {
      const queued = waiting;
      waiting = [];
      for (const action of queued) action();
    };
    /** Moves to a new revision of the mission and tells the pipeline what changed. */
    const commit = (doc: EditorDocument, patches: import('immer').Patch[], extra: Partial<EditorState> = {}): void => {
      if (patches.length === 0 || doc === get().doc) return;
      const revision = get().revision + 1;
      set({ doc, revision, ...extra });
      deps.send({ kind: 'patch', revision, patches });
    };

    return {
      doc: null,
      file: null,
      savedAt: null,
      draft: null,
      openedText: null,
      readOnly: false,
      revision: 0,
      typing: null,
      openedRevision: 0,
      upgrade: null,
      shared: null,

      openText(file, fileText, options = {}) {
        let loaded = loadMission(fileText);
        let text = fileText;
        let upgrade: FormatUpgrade | null = null;
        if (loaded.mission && loaded.migrations.length > 0) {
          // An older file: the editor, the source view and Save work on its upgraded text from the start, and
          // the window counts it as unsaved until the new format is on disk.
          upgrade = { from: formatOf(fileText), to: FORMAT_ID, migrations: loaded.migrations };
          text = serializeMission(loaded.mission);
          loaded = { ...loadMission(text), migrations: loaded.migrations };
        }
        const revision = get().revision + 1;
        waiting = [];
        if (loaded.mission) {
          set({
            doc: openEditorDocument(loaded.mission),
            file,
            savedAt: options.unsaved || upgrade ? 'unsaved' : null,
            draft: null,
            openedText: null,
            readOnly: false,
            revision,
            typing: null,
            openedRevision: revision,
            upgrade,
          });
        } else {
          set({
            doc: null,
            file,
            savedAt: null,
            draft: { text, problems: loaded.diagnostics, revision },
            openedText: text,
            readOnly: true,
            revision,
            typing: null,
            openedRevision: revision,
            upgrade: null,
          });
        }
        openedAt = revision;
        deps.opened?.(revision, text, loaded.diagnostics, file);
        deps.send({ kind: 'open', revision, text });
        return loaded;
      },

      edit(edit, options = {}) {
        if (whenSettled(() => get().edit(edit, options))) return;
        const { doc } = get();
        if (!doc || !canEdit(get())) return;
        timed('pipeline:edit', () => {
          const step = applyEditWithPatches(doc, edit, { coalesceKey: options.coalesceKey, now: now() });
          commit(step.doc, step.patches);
          if (link && step.patches.length > 0) link.edit(edit, options.coalesceKey);
        });
      },

      setSourceText(text, typed) {
        const { doc, readOnly, draft, shared } = get();
        if (!doc && !readOnly) return;
        if (shared?.readOnly) return; // a read-only room: the server would refuse it, so it is not taken here either
        if (draft !== null && draft.text === text) return;
        timed('pipeline:type', () => {
          const revision = get().revision + 1;
          set({ revision, typing: revision });
          deps.send({ kind: 'type', revision, text, ...(typed ? { typed } : {}) });
        });
      },

      discardDraft() {
        if (get().readOnly || get().draft === null) return;
        // The source view shows the mission's own text again; the pipeline still has that mission.
        set({ draft: null, typing: null, revision: get().revision + 1 });
        const doc = get().doc;
        if (doc) deps.send({ kind: 'patch', revision: get().revision, patches: [] });
      },

      undo() {
        if (whenSettled(() => get().undo())) return;
        const { doc, draft, readOnly } = get();
        // With text that does not load pending, the first undo goes back to the last valid text, like Ctrl+Z in the source view.
        if (doc && draft !== null && !readOnly) return get().discardDraft();
        if (!doc) return;
        // Shared: the room takes back my last step there; the result comes back through receiveShared.
        if (link) return void (canEdit(get()) && link.undo());
        timed('pipeline:edit', () => {
          const step = undoWithPatches(doc);
          commit(step.doc, step.patches);
        });
      },

      redo() {
        if (whenSettled(() => get().redo())) return;
        const { doc } = get();
        if (!doc || !canEdit(get())) return;
        if (link) return link.redo();
        timed('pipeline:edit', () => {
          const step = redoWithPatches(doc);
          commit(step.doc, step.patches);
        });
      },

      goToStep(index) {
        const at = historyList(get()).findIndex((s) => s.current);
        if (at < 0) return;
        for (let i = at; i > index; i--) get().undo();
        for (let i = at; i < index; i++) get().redo();
      },

      markSaved(file) {
        set({ file, savedAt: lastChange(get().doc), upgrade: null });
      },

      share(next, shared) {
        link = next;
        set({ shared: next ? (shared ?? { readOnly: false, done: [], undone: [] }) : null });
      },

      setShared(shared) {
        if (link) set({ shared });
      },

      receiveShared(mission, label) {
        if (whenSettled(() => get().receiveShared(mission, label))) return;
        const { doc } = get();
        if (!doc || !link) return;
        timed('pipeline:edit', () => {
          // Not an edit of mine: it goes into the local history (the file is unsaved, backed up as usual) but
          // never to the room again, and a read-only connection takes it too.
          const step = applyEditWithPatches(doc, { kind: 'batch', label, edits: [{ kind: 'replace-mission', mission }] }, { now: now() });
          commit(step.doc, step.patches);
        });
      },

      receive(response) {
        const state = get();
        if ((response.kind !== 'parsed' && response.kind !== 'draft') || response.revision < openedAt) return;
        const latest = state.typing !== null && response.revision >= state.typing;
        if (response.kind === 'draft') {
          // A draft leaves the pipeline's mission as it was; only the answer to the newest text is shown.
          if (!latest) return;
          set({ draft: { text: response.text, problems: response.problems, revision: response.revision }, typing: null });
          waiting = []; // edits made in the moment before: the graph is read-only now, as the banner says
          return;
        }
        // Every loaded text is applied, in order, even one typed over since: the pipeline's copy went through it.
        if (state.readOnly || !state.doc) {
          // A file that did not load, fixed in the source view: it becomes the mission, never saved yet.
          const root = response.patches.find((p) => p.path.length === 0);
          const mission = (root?.value ?? loadMission(response.text).mission) as Mission | null;
          if (mission)
            set({
              doc: openEditorDocument(mission),
              readOnly: false,
              draft: null,
              savedAt: 'unsaved',
              ...(latest ? { typing: null } : {}),
            });
          if (latest) settle();
          return;
        }
        // The pipeline has this mission already: apply its patches here without sending them back.
        const edit: Edit = { kind: 'apply-patches', label: 'Edit Source', patches: response.patches };
        const step = applyEditWithPatches(state.doc, edit, { coalesceKey: 'source-text', now: now() });
        set({ doc: step.doc, ...(latest ? { draft: null, typing: null } : {}) });
        // Typed in the source view while shared: the room gets it as the same edit the graph would send.
        if (link && step.patches.length > 0) link.edit(edit, 'source-text');
        if (latest) settle();
      },
    };
  });
}
