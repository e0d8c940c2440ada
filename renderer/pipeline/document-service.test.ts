import type { Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyEditWithPatches, openDocument } from '@mission-studio/core/edit';
import type { Edit } from '@mission-studio/core/edit';
import { serializeMission } from '@mission-studio/core/format';
import { smallMission } from '@mission-studio/core/test-support';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { PlayCheckClient, PlayCheckListener } from '../play-check/play-check-client';
import type { PlayCheckInput } from '../play-check/play-check.types';
import { createDocumentService, PLAY_CHECK_DELAY_MS } from './document-service';
import type { WorkerResponse } from './pipeline.types';

const summary = { ways: [], states: 9, complete: true, endings: 2, reachableEndings: 1, fights: 0, balances: [], elapsedMs: 1 };
const finding: Diagnostic = { code: 'unreachable-ending', severity: 'warning', message: 'no way to win', nodeId: 'win', path: '/nodes/5' };

/** The service with a play check that answers when told, and timers that run when told. */
function setup() {
  const responses: WorkerResponse[] = [];
  const requests: PlayCheckInput[] = [];
  let listener: PlayCheckListener = () => undefined;
  let cancels = 0;
  const client: PlayCheckClient = {
    request: (input) => void requests.push(input),
    cancel: () => void cancels++,
    dispose: () => undefined,
  };
  const timers: Array<{ run: () => void; ms: number; live: boolean }> = [];
  const service = createDocumentService(
    (r) => responses.push(r),
    (l) => ((listener = l), client),
    {
      set: (run, ms) => {
        const timer = { run, ms, live: true };
        timers.push(timer);
        return timer;
      },
      clear: (timer) => void ((timer as { live: boolean }).live = false),
    },
  );
  let doc = openDocument(smallMission());
  let revision = 1;
  service.handle([{ kind: 'open', revision, text: serializeMission(smallMission()) }]);
  const edit = (e: Edit): Patch[] => {
    const step = applyEditWithPatches(doc, e);
    doc = step.doc;
    service.handle([{ kind: 'patch', revision: ++revision, patches: step.patches }]);
    return step.patches;
  };
  const elapse = () => {
    for (const t of timers.splice(0)) if (t.live && t.ms === PLAY_CHECK_DELAY_MS) t.run();
  };
  const finish = () => listener({ status: 'done', summary }, [finding]);
  const plays = () => responses.filter((r): r is Extract<WorkerResponse, { kind: 'play' }> => r.kind === 'play');
  return { service, responses, requests, edit, elapse, finish, plays, cancels: () => cancels, revision: () => revision };
}

describe('the document service', () => {
  it('play-checks a clean mission once, after a quiet moment, when it opens', () => {
    const { requests, elapse, plays } = setup();
    expect(requests).toHaveLength(0);
    expect(plays().at(-1)?.check.status).toBe('running');
    elapse();
    expect(requests).toHaveLength(1);
  });

  it('answers an edit once with its text, the change and the diagnostics of that revision', () => {
    const { edit, responses, revision } = setup();
    edit({ kind: 'update-node', id: 'win', title: 'Quark Talks' });
    const checked = responses.filter((r) => r.kind === 'checked');
    expect(checked).toHaveLength(1);
    expect(checked[0]).toMatchObject({ revision: revision(), changeFrom: 1 });
  });

  it('keeps the findings through a drag, placed in the new text, without a new search', () => {
    const { edit, elapse, finish, requests, plays } = setup();
    elapse();
    finish();
    edit({ kind: 'move-nodes', moves: [{ id: 'talk', position: { x: 300, y: 40 } }] });
    elapse();
    expect(requests).toHaveLength(1);
    const last = plays().at(-1);
    expect(last?.check.status).toBe('done');
    expect(last?.findings[0]?.range?.line).toBeGreaterThan(1);
  });

  it('re-checks after an edit that changes play, showing the last findings meanwhile, unplaced', () => {
    const { edit, elapse, finish, requests, plays } = setup();
    elapse();
    finish();
    edit({
      kind: 'set-variables',
      items: [
        { id: 'credits', type: 'number', initial: 50 },
        { id: 'trusted', type: 'bool', initial: false },
      ],
    });
    const running = plays().at(-1);
    expect(running?.check.status).toBe('running');
    expect(running?.findings.map((d) => [d.code, d.range])).toEqual([['unreachable-ending', undefined]]);
    elapse();
    expect(requests).toHaveLength(2);
  });

  it('does not play a mission with errors, and says so', () => {
    const { edit, elapse, requests, plays, cancels } = setup();
    edit({ kind: 'delete', nodeIds: [], edgeIds: ['check.ok'] });
    elapse();
    expect(requests).toHaveLength(0);
    expect(cancels()).toBeGreaterThan(0);
    expect(plays().at(-1)).toMatchObject({ check: { status: 'skipped' }, findings: [] });
  });

  it('checks a queue of patches once, for the last, and answers only the last of several texts', () => {
    const { service, responses } = setup();
    const doc = openDocument(smallMission());
    const one = applyEditWithPatches(doc, { kind: 'update-node', id: 'win', title: 'One' });
    const two = applyEditWithPatches(one.doc, { kind: 'update-node', id: 'win', title: 'Two' });
    responses.length = 0;
    service.handle([
      { kind: 'patch', revision: 5, patches: one.patches },
      { kind: 'patch', revision: 6, patches: two.patches },
    ]);
    expect(responses.filter((r) => r.kind === 'checked').map((r) => r.revision)).toEqual([6]);
    responses.length = 0;
    const text = serializeMission(two.doc.mission);
    service.handle([
      { kind: 'type', revision: 7, text: text.replace('"Two"', '"Three"') },
      { kind: 'type', revision: 8, text: text.replace('"Two"', '"Four"') },
    ]);
    expect(responses.filter((r) => r.kind === 'parsed').map((r) => r.revision)).toEqual([8]);
  });

  it('says when it cannot process a request, instead of going quiet', () => {
    const { service, responses } = setup();
    service.handle([{ kind: 'patch', revision: 9, patches: [{ op: 'replace', path: ['nodes', 99, 'title'], value: 'x' }] }]);
    expect(responses.at(-1)).toMatchObject({ kind: 'failed', revision: 9 });
  });
});
