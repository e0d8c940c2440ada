import { describe, expect, it } from 'vitest';
import { smallMission } from '@mission-studio/core/test-support';
import { serializeMission } from '@mission-studio/core/format';
import type { Diagnostic } from '@mission-studio/core/validate';
import { createPlayCheckClient, type PlayCheckWorkerLike } from './play-check-client';
import type { PlayCheck, PlayCheckRequest, PlayCheckResponse } from './play-check.types';

/** A worker that records what it is sent and answers when the test says. */
class FakeWorker implements PlayCheckWorkerLike {
  sent: PlayCheckRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<PlayCheckResponse>) => void) | null = null;
  postMessage(message: PlayCheckRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: PlayCheckResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<PlayCheckResponse>);
  }
}

const mission = smallMission();
const input = { mission, text: serializeMission(mission) };
const summary = { ways: [], states: 10, complete: true, endings: 2, reachableEndings: 1, fights: 0, balances: [], elapsedMs: 1 };

function setup() {
  const workers: FakeWorker[] = [];
  const reports: Array<{ check: PlayCheck; found?: Diagnostic[] }> = [];
  const client = createPlayCheckClient(
    (check, found) => reports.push(found ? { check, found } : { check }),
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
  );
  return { client, workers, reports };
}

describe('createPlayCheckClient', () => {
  it('reports running, the progress, then the findings of a run', () => {
    const { client, workers, reports } = setup();
    client.request(input);
    const worker = workers[0] as FakeWorker;
    const version = worker.sent[0]?.version ?? -1;
    worker.answer({ version, kind: 'progress', states: 500, phase: 'explore' });
    worker.answer({ version, kind: 'done', diagnostics: [], summary });
    expect(reports.map((r) => r.check.status)).toEqual(['running', 'running', 'done']);
    expect(reports[1]?.check).toEqual({ status: 'running', states: 500, phase: 'explore' });
    expect(reports[2]?.found).toEqual([]);
  });

  it('stops a run that a newer request made stale, and ignores what the old worker still says', () => {
    const { client, workers, reports } = setup();
    client.request(input);
    client.request(input);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    const stale = workers[0]?.sent[0]?.version ?? -1;
    workers[0]?.answer({ version: stale, kind: 'done', diagnostics: [], summary });
    expect(reports.filter((r) => r.check.status === 'done')).toHaveLength(0);
    const fresh = workers[1]?.sent[0]?.version ?? -1;
    workers[1]?.answer({ version: fresh, kind: 'failed', message: 'boom' });
    expect(reports.at(-1)?.check).toEqual({ status: 'failed', message: 'boom' });
  });

  it('keeps an idle worker for the next request, and cancel drops a run in progress', () => {
    const { client, workers, reports } = setup();
    client.request(input);
    const first = workers[0] as FakeWorker;
    first.answer({ version: first.sent[0]?.version ?? -1, kind: 'done', diagnostics: [], summary });
    client.request(input);
    expect(workers).toHaveLength(1);
    client.cancel();
    expect(first.terminated).toBe(true);
    first.answer({ version: first.sent[1]?.version ?? -1, kind: 'done', diagnostics: [], summary });
    expect(reports.filter((r) => r.check.status === 'done')).toHaveLength(1);
  });

  it('runs inline without a Worker, delivering only the newest request', async () => {
    const reports: PlayCheck[] = [];
    const client = createPlayCheckClient((check) => reports.push(check));
    client.request(input);
    client.request(input);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reports.filter((r) => r.status === 'done')).toHaveLength(1);
  });
});
