import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeMission } from '../../core/format/serialize';
import { smallMission } from '../../core/test-support/mission-builder';
import type { Diagnostic } from '../../core/validate/diagnostic.types';
import { createEditorStore } from '../state/editor-store';
import type { PlayCheckClient } from './play-check-client';
import type { PlayCheckRequest } from './play-check.types';
import { watchPlayCheck } from './watch-play-check';

const DELAY = 400;
const summary = { ways: [], states: 9, complete: true, endings: 2, reachableEndings: 1, fights: 0, elapsedMs: 1 };
const finding: Diagnostic = { code: 'unreachable-ending', severity: 'warning', message: 'no way to win', nodeId: 'win', path: '/nodes/5' };

function setup() {
  const store = createEditorStore();
  const requests: Array<Omit<PlayCheckRequest, 'version'>> = [];
  let cancels = 0;
  const client: PlayCheckClient = {
    request: (input) => {
      requests.push(input);
      store.getState().setPlayCheck({ status: 'running', states: 0, phase: 'explore' });
    },
    cancel: () => {
      cancels++;
    },
    dispose: () => undefined,
  };
  const stop = watchPlayCheck(store, client, DELAY);
  store.getState().openText({ name: 'small.mission.json' }, serializeMission(smallMission()));
  /** The validator's answer for the current mission (the Worker's, in the app). */
  const validate = (diagnostics: Diagnostic[] = []) => store.getState().setDiagnostics(diagnostics);
  /** The worker's answer for the last request. */
  const finish = () => store.getState().setPlayCheck({ status: 'done', summary }, [finding]);
  return { store, requests, cancels: () => cancels, stop, validate, finish };
}

describe('watchPlayCheck', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks a mission once it opens clean, after a quiet moment', () => {
    const { store, requests } = setup();
    vi.advanceTimersByTime(DELAY - 1);
    expect(requests).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(requests.map((r) => r.mission)).toEqual([store.getState().doc?.mission]);
  });

  it('starts one search when the same mission is validated twice (the loader, then the worker)', () => {
    const { requests, validate } = setup();
    vi.advanceTimersByTime(DELAY);
    validate();
    vi.advanceTimersByTime(DELAY * 2);
    expect(requests).toHaveLength(1);
  });

  it('keeps the findings through a drag, placed in the new text, without a new search', () => {
    const { store, requests, validate, finish } = setup();
    vi.advanceTimersByTime(DELAY);
    finish();
    store.getState().edit({ kind: 'move-nodes', moves: [{ id: 'talk', position: { x: 300, y: 40 } }] });
    expect(store.getState().playCheck.status).toBe('done');
    validate();
    vi.advanceTimersByTime(DELAY * 2);
    expect(requests).toHaveLength(1);
    const kept = store.getState().diagnostics.find((d) => d.code === 'unreachable-ending');
    expect(kept?.range?.line).toBeGreaterThan(1);
  });

  it('marks the findings as being re-checked at once after an edit that changes play, then checks again', () => {
    const { store, requests, validate, finish } = setup();
    vi.advanceTimersByTime(DELAY);
    finish();
    store.getState().edit({ kind: 'set-variables', items: [{ id: 'credits', type: 'number', initial: 50 }, { id: 'trusted', type: 'bool', initial: false }] });
    expect(store.getState().playCheck.status).toBe('running');
    validate();
    vi.advanceTimersByTime(DELAY);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.mission).toBe(store.getState().doc?.mission);
  });

  it('does not play a mission the validator finds errors in, and says so', () => {
    const { store, requests, cancels, validate } = setup();
    store.getState().edit({ kind: 'delete', nodeIds: [], edgeIds: ['check.ok'] });
    validate([{ code: 'dead-end', severity: 'error', message: 'dead end', path: '/nodes/4' }]);
    vi.advanceTimersByTime(DELAY * 2);
    expect(requests).toHaveLength(0);
    expect(cancels()).toBe(1);
    expect(store.getState().playCheck).toEqual({ status: 'skipped' });
  });

  it('counts its own soft-lock errors as findings, not as a reason to stop checking', () => {
    const { store, validate } = setup();
    vi.advanceTimersByTime(DELAY);
    store.getState().setPlayCheck({ status: 'done', summary }, [{ ...finding, code: 'soft-lock', severity: 'error' }]);
    validate();
    expect(store.getState().playCheck.status).toBe('done');
  });

  it('checks again after an undo back to the checked mission while it was marked as re-checking', () => {
    const { store, requests, validate, finish } = setup();
    vi.advanceTimersByTime(DELAY);
    finish();
    store.getState().edit({ kind: 'update-node', id: 'win', title: 'Quark Talks' });
    store.getState().undo();
    validate();
    vi.advanceTimersByTime(DELAY);
    expect(requests).toHaveLength(2);
  });

  it('stops watching when asked', () => {
    const { requests, stop } = setup();
    stop();
    vi.advanceTimersByTime(DELAY * 2);
    expect(requests).toHaveLength(0);
  });
});
