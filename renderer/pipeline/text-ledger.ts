/**
 * The page's record of the texts its document worker holds, so that texts cross between them as changes.
 *
 * Every text the worker has came from the page (a file opened, text typed) or was made from one the page has by
 * a change the worker sent (an edit's new text). So the page can always rebuild the worker's texts, and:
 * - typed text goes as Monaco's edits when they were made to the text the worker will hold by then (no edit
 *   of the graph in flight), else whole;
 * - answers come back without texts: the page puts back the text it typed, or applies the change to the text
 *   it already has.
 * Strings built by `slice` and `+` share their parts in V8, so keeping a few texts here costs little.
 */
import { applyTextChange } from '@mission-studio/core/document';
import type { PipelineRequest, PipelineResponse, WorkerRequest, WorkerResponse } from './pipeline.types';

export interface TextLedger {
  /** The request to send for one the page's stores made. */
  outgoing(request: PipelineRequest): WorkerRequest;
  /** The answer for the page's stores, with its text put back; null for an answer about a document since replaced. */
  incoming(response: WorkerResponse): PipelineResponse | null;
}

/** A ledger for one document worker (a new worker starts with a new ledger). */
export function createTextLedger(): TextLedger {
  /** Texts by revision: those the worker holds or will hold, and those its next changes start from. */
  const texts = new Map<number, string>();
  /** The revision whose text the worker holds once it has done all it was sent; null while an edit's is unknown. */
  let workerText: number | null = null;
  let lastSent = 0;
  /** The revision of the last file opened: answers about revisions before it are about another document. */
  let openedAt = 0;
  /** The revision of the last text that loaded: the worker diffs an edit's new text from it, even after drafts. */
  let lastLoaded = 0;
  const forgetBefore = (revision: number): void => {
    for (const key of texts.keys()) if (key < revision && key !== lastLoaded) texts.delete(key);
  };

  return {
    outgoing(request) {
      lastSent = request.revision;
      switch (request.kind) {
        case 'open':
          openedAt = request.revision;
          lastLoaded = request.revision;
          texts.clear();
          texts.set(request.revision, request.text);
          workerText = request.revision;
          return request;
        case 'patch':
          // The worker makes this revision's text; the page learns it from the answer.
          workerText = null;
          return request;
        case 'type': {
          const { revision, text, typed } = request;
          const asChanges = typed !== undefined && workerText !== null && typed.from === workerText;
          texts.set(revision, text);
          workerText = revision;
          return asChanges ? { kind: 'type', revision, changes: typed.changes } : { kind: 'type', revision, text };
        }
      }
    },

    incoming(response) {
      // The worker answers in order, but an answer posted before a file opened can arrive after: its texts are gone.
      if (response.revision < openedAt) return null;
      switch (response.kind) {
        case 'checked': {
          const base = texts.get(response.changeFrom);
          if (base === undefined)
            return { kind: 'failed', revision: response.revision, message: `the text of revision ${response.changeFrom} is missing` };
          const text = response.change ? applyTextChange(base, response.change) : base;
          texts.set(response.revision, text);
          lastLoaded = response.revision;
          forgetBefore(response.revision);
          if (response.revision === lastSent) workerText = response.revision;
          return { ...response, text };
        }
        case 'parsed':
        case 'draft': {
          const text = texts.get(response.revision);
          if (text === undefined)
            return { kind: 'failed', revision: response.revision, message: `the text of revision ${response.revision} is missing` };
          if (response.kind === 'parsed') lastLoaded = response.revision;
          forgetBefore(response.revision);
          return { ...response, text };
        }
        case 'failed':
          // The worker may not have taken in what it failed on: the next typed text goes whole.
          workerText = null;
          return response;
        case 'play':
          return response;
      }
    },
  };
}

/** The worker's side: the answer without its text (the page has it, or makes it from the change). */
export function withoutText(response: PipelineResponse): WorkerResponse {
  switch (response.kind) {
    case 'checked':
    case 'parsed':
    case 'draft': {
      const { text: _text, ...rest } = response;
      return rest;
    }
    default:
      return response;
  }
}
