/** The messages between the page and its document worker (renderer/pipeline/document.worker.ts). */
import type { Patch } from 'immer';
import type { DocumentResult } from '../../core/document/process-document';
import type { Diagnostic } from '../../core/validate/diagnostic.types';
import type { PlayCheck } from '../play-check/play-check.types';

/** What the page tells the worker, each with the document revision it makes. */
export type PipelineRequest =
  /** A file opened (or a backup restored): the worker starts over from its text. */
  | { kind: 'open'; revision: number; text: string }
  /** An edit, an undo or a redo: the patches the page applied to its mission. */
  | { kind: 'patch'; revision: number; patches: Patch[] }
  /** Text typed in the source view. */
  | { kind: 'type'; revision: number; text: string };

/** What the worker tells the page. */
export type PipelineResponse =
  | DocumentResult
  /**
   * Where the play check of a revision stands, and the findings to show meanwhile: once it is done, its own,
   * placed in that revision's text; while it runs, the last ones about nodes that still exist, unplaced.
   */
  | { kind: 'play'; revision: number; check: PlayCheck; findings: Diagnostic[] }
  /** The worker could not process a request (a bug, or a mission past a limit): said, never swallowed. */
  | { kind: 'failed'; revision: number; message: string };
