/**
 * What the document worker does with the page's requests: each edit becomes (text, diagnostics) once, by
 * core's DocumentProcessor, and a revision that passes the static checks is then play-checked (explorer and
 * balance, in a worker of its own so an edit can stop a stale search). The same code runs inline where there is
 * no Worker (unit tests in Node).
 */
import { samePlay } from '@mission-studio/core/document';
import type { DocumentResult } from '@mission-studio/core/document';
import { DocumentProcessor } from '@mission-studio/core/document';
import { locateDiagnostics } from '@mission-studio/core/format';
import type { Mission } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { PlayCheckClient, PlayCheckListener } from '../play-check/play-check-client';
import type { PlayCheckSummary } from '../play-check/play-check.types';
import { applyTextChange } from '@mission-studio/core/document';
import type { WorkerRequest, WorkerResponse } from './pipeline.types';
import { withoutText } from './text-ledger';

/** Quiet time after the last edit before a play check starts: typing never starts a search per key. */
export const PLAY_CHECK_DELAY_MS = 400;

/** Timers, injectable so tests control time. */
export interface ServiceTimers {
  set(run: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

const REAL_TIMERS: ServiceTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
};

/** A finished play check: the mission it was about, its findings (placed in that mission's text) and summary. */
interface Checked {
  mission: Mission;
  findings: Diagnostic[];
  summary: PlayCheckSummary;
}

/** The document worker's logic: `handle` takes a batch of requests (those that queued up while it was busy). */
export interface DocumentService {
  handle(batch: readonly WorkerRequest[]): void;
  dispose(): void;
}

/** The typed text a request makes: sent whole, or as edits of the text typed or held before it (last edit first). */
function typedText(request: Extract<WorkerRequest, { kind: 'type' }>, before: string): string {
  if ('text' in request) return request.text;
  let text = before;
  for (const change of [...request.changes].sort((a, b) => b.offset - a.offset)) {
    if (change.offset + change.deleteLength > text.length)
      throw new Error(`typed text of revision ${request.revision} does not fit the text it was typed in`);
    text = applyTextChange(text, change);
  }
  return text;
}

/** Creates the service; `post` sends a response to the page, `makePlayClient` starts the play check's client. */
export function createDocumentService(
  post: (response: WorkerResponse) => void,
  makePlayClient: (listener: PlayCheckListener) => PlayCheckClient,
  timers = REAL_TIMERS,
): DocumentService {
  const processor = new DocumentProcessor();
  let checked: Checked | null = null;
  /** The mission the play check is running on (or waiting to), and its revision. */
  let pending: { revision: number; mission: Mission; text: string } | null = null;
  let timer: unknown = null;
  const play = makePlayClient((check, findings) => {
    if (!pending) return;
    const { revision, mission } = pending;
    if (check.status === 'done' && findings) {
      checked = { mission, findings, summary: check.summary };
      pending = null;
      return post({ kind: 'play', revision, check, findings });
    }
    if (check.status === 'failed') pending = null;
    post({ kind: 'play', revision, check, findings: carriedFindings(mission) });
  });

  /** While a revision is checked: the last findings about nodes it still has, without places (the text moved). */
  const carriedFindings = (mission: Mission): Diagnostic[] => {
    if (!checked || checked.findings.length === 0) return [];
    const ids = new Set(mission.nodes.map((n) => n.id));
    return checked.findings.filter((d) => d.nodeId === undefined || ids.has(d.nodeId)).map(({ range: _range, ...rest }) => rest);
  };

  const stopPlayCheck = (): void => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    pending = null;
    play.cancel();
  };

  /** After a revision's static checks: play-check it, or carry the last findings over a layout-only edit. */
  const followUp = (revision: number, result: DocumentResult): void => {
    if (result.kind === 'draft') return;
    const { mission } = processor.current();
    if (!mission) return;
    stopPlayCheck();
    if (result.diagnostics.some((d) => d.severity === 'error')) {
      // A mission with errors is never played: its findings would only repeat the errors.
      checked = null;
      post({ kind: 'play', revision, check: { status: 'skipped' }, findings: [] });
      return;
    }
    if (checked && samePlay(checked.mission, mission)) {
      // A drag or an auto-layout: the findings hold; only their places in the text moved.
      const findings = locateDiagnostics(
        result.text,
        checked.findings.map(({ range: _range, ...rest }) => rest),
      );
      checked = { ...checked, mission, findings };
      post({ kind: 'play', revision, check: { status: 'done', summary: checked.summary }, findings });
      return;
    }
    pending = { revision, mission, text: result.text };
    post({ kind: 'play', revision, check: { status: 'running', states: 0, phase: 'explore' }, findings: carriedFindings(mission) });
    timer = timers.set(() => {
      timer = null;
      if (pending) play.request({ mission: pending.mission, text: pending.text });
    }, PLAY_CHECK_DELAY_MS);
  };

  /** Typed text not loaded yet because more came right behind it: only the last of a run of texts is loaded. */
  let typed: { revision: number; text: string } | null = null;
  /**
   * The text the page last gave or got (opened, typed, or made by an edit), loaded or not: the page types its next
   * changes into it. The processor keeps only texts that load, so after a draft this is the draft.
   */
  let held = '';

  const run = (request: WorkerRequest, next: WorkerRequest | undefined): void => {
    switch (request.kind) {
      case 'open': {
        typed = null;
        stopPlayCheck();
        checked = null;
        held = request.text;
        const loaded = processor.open(request.revision, request.text);
        // The page loaded the file itself (it had to draw it at once); here only the play check follows.
        if (loaded.mission)
          followUp(request.revision, {
            kind: 'checked',
            revision: request.revision,
            text: request.text,
            change: null,
            changeFrom: request.revision,
            diagnostics: loaded.diagnostics,
          });
        return;
      }
      case 'patch': {
        // Patches are all applied, in order, but checked once, after the last of a run.
        const result = processor.patch(request.revision, request.patches, next?.kind !== 'patch');
        if (!result) return;
        held = result.text;
        post(withoutText(result));
        followUp(request.revision, result);
        return;
      }
      case 'type': {
        typed = { revision: request.revision, text: typedText(request, typed?.text ?? held) };
        held = typed.text;
        // The page sends nothing else while it waits for the answer to its last text: the texts before it never show.
        if (next?.kind === 'type') return;
        const { revision, text } = typed;
        typed = null;
        const result = processor.type(revision, text);
        post(withoutText(result));
        followUp(revision, result);
        return;
      }
    }
  };

  return {
    handle(batch) {
      batch.forEach((request, i) => {
        try {
          run(request, batch[i + 1]);
        } catch (error) {
          typed = null;
          post({ kind: 'failed', revision: request.revision, message: error instanceof Error ? error.message : String(error) });
        }
      });
    },
    dispose() {
      stopPlayCheck();
      play.dispose();
    },
  };
}
