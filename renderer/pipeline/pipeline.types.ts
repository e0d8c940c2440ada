/**
 * The messages of the document pipeline. The page's stores speak in whole texts (`PipelineRequest`,
 * `PipelineResponse`); between the page and its document worker texts cross as changes (`WorkerRequest`,
 * `WorkerResponse`): a key typed in a mission of thousands of lines sends a few characters, not the file, and
 * the answer carries no text back. `text-ledger.ts` turns one form into the other on the page's side.
 */
import type { Patch } from 'immer';
import type { DocumentResult } from '@mission-studio/core/document';
import type { TextChange } from '@mission-studio/core/document';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { PlayCheck } from '../play-check/play-check.types';

/** What the source view saw change: Monaco's edits, made to the text of revision `from`. */
export interface TypedChanges {
  from: number;
  changes: readonly TextChange[];
}

/** What the page's stores ask of the pipeline, each with the document revision it makes. */
export type PipelineRequest =
  /** A file opened (or a backup restored): the worker starts over from its text. */
  | { kind: 'open'; revision: number; text: string }
  /** An edit, an undo or a redo: the patches the page applied to its mission. */
  | { kind: 'patch'; revision: number; patches: Patch[] }
  /** Text typed in the source view, and the edits that made it when the view knows them. */
  | { kind: 'type'; revision: number; text: string; typed?: TypedChanges };

/** What the page's stores hear back: each revision's text, and what was derived from it. */
export type PipelineResponse =
  | DocumentResult
  /**
   * Where the play check of a revision stands, and the findings to show meanwhile: once it is done, its own,
   * placed in that revision's text; while it runs, the last ones about nodes that still exist, unplaced.
   */
  | { kind: 'play'; revision: number; check: PlayCheck; findings: Diagnostic[] }
  /** The pipeline could not process a request (a bug, or a mission past a limit): said, never swallowed. */
  | { kind: 'failed'; revision: number; message: string };

/** What crosses to the worker: typed text as the edits made to the worker's own copy, when the page knows it. */
export type WorkerRequest =
  | Exclude<PipelineRequest, { kind: 'type' }>
  | { kind: 'type'; revision: number; text: string }
  | { kind: 'type'; revision: number; changes: readonly TextChange[] };

/** What crosses back: no texts, since the page has each one or can make it from the change. */
export type WorkerResponse = DistributiveOmit<DocumentResult, 'text'> | Extract<PipelineResponse, { kind: 'play' | 'failed' }>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
