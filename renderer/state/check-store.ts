/**
 * What the document pipeline derived from the document, for the views that show it: the text of a revision
 * (the source view shows it, Save writes it), its diagnostics, and the play check's findings. Written only by
 * the pipeline's answers; views read it.
 */
import { createStore } from 'zustand/vanilla';
import type { TextChange } from '@mission-studio/core/document';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { PipelineResponse } from '../pipeline/pipeline.types';
import type { PlayCheck } from '../play-check/play-check.types';
import { keepSameDiagnostics } from './same-diagnostics';

export interface CheckState {
  /** The document revision that `text` and `diagnostics` describe. */
  revision: number;
  text: string;
  /** How `text` differs from the text of revision `changeFrom` (the source view applies just that), when known. */
  change: TextChange | null;
  changeFrom: number;
  /** The static checks' findings (schema, validator), placed in `text`. */
  diagnostics: Diagnostic[];
  /** Where the play check stands, and for which revision. */
  playCheck: PlayCheck;
  playRevision: number;
  /**
   * The play check's findings: for `playRevision` once it is done; while a newer revision is being checked, the
   * last findings about nodes that still exist, without places (the text moved), so the panel does not flicker.
   */
  playFindings: Diagnostic[];
  /** Why the pipeline could not answer, if it could not (shown, never swallowed). */
  failure: string | null;
  /** What File > Import… noticed about the story the document was made from, until another file opens. */
  importNotes: Diagnostic[];
}

export interface CheckActions {
  /** A file was opened: its own text and the diagnostics of loading it. */
  opened(revision: number, text: string, diagnostics: Diagnostic[]): void;
  receive(response: PipelineResponse): void;
  /** The document was imported: the import's notes join the problems. */
  setImportNotes(notes: Diagnostic[]): void;
}

export type CheckStore = ReturnType<typeof createCheckStore>;

const IDLE: PlayCheck = { status: 'idle' };

/** Every finding to show: the static checks', the play check's and the import's. */
export function allDiagnostics(state: CheckState): Diagnostic[] {
  return state.playFindings.length === 0 && state.importNotes.length === 0
    ? state.diagnostics
    : [...state.diagnostics, ...state.playFindings, ...state.importNotes];
}

/** Creates the store of what the pipeline derives. */
export function createCheckStore() {
  return createStore<CheckState & CheckActions>()((set, get) => ({
    revision: 0,
    text: '',
    change: null,
    changeFrom: 0,
    diagnostics: [],
    playCheck: IDLE,
    playRevision: 0,
    playFindings: [],
    failure: null,
    importNotes: [],

    opened(revision, text, diagnostics) {
      set({
        revision,
        text,
        change: null,
        changeFrom: revision,
        diagnostics,
        playCheck: IDLE,
        playRevision: revision,
        playFindings: [],
        failure: null,
        importNotes: [],
      });
    },

    setImportNotes(importNotes) {
      set({ importNotes });
    },

    receive(response) {
      const state = get();
      switch (response.kind) {
        case 'checked':
        case 'parsed': {
          if (response.revision < state.revision) return;
          const change =
            response.kind === 'checked'
              ? { change: response.change, changeFrom: response.changeFrom }
              : { change: null, changeFrom: response.revision };
          const diagnostics = keepSameDiagnostics(state.diagnostics, response.diagnostics);
          set({ revision: response.revision, text: response.text, ...change, diagnostics, failure: null });
          return;
        }
        case 'draft':
          return; // the document store keeps the draft and its problems
        case 'play':
          if (response.revision < state.playRevision) return;
          set({
            playCheck: response.check,
            playRevision: response.revision,
            playFindings: keepSameDiagnostics(state.playFindings, response.findings),
          });
          return;
        case 'failed':
          set({ failure: response.message });
          return;
      }
    },
  }));
}
