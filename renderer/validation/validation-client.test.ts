import { describe, expect, it } from 'vitest';
import { serializeMission } from '../../core/format/serialize';
import { clone, smallMission } from '../../core/test-support/mission-builder';
import type { Diagnostic } from '../../core/validate/diagnostic.types';
import { createValidationClient, type WorkerLike } from './validation-client';
import type { ValidationRequest } from './validation.types';

describe('createValidationClient', () => {
  it('validates inline when no worker can be made, delivering only the newest answer', async () => {
    const results: Diagnostic[][] = [];
    const client = createValidationClient((d) => results.push(d));
    const broken = clone(smallMission());
    broken.edges.splice(2, 1);
    client.request({ mission: smallMission() });
    client.request({ text: serializeMission(broken) });
    await Promise.resolve();
    await Promise.resolve();
    expect(results).toHaveLength(1);
    expect(results[0]?.[0]).toMatchObject({ code: 'dead-end', range: { line: expect.any(Number) } });
  });

  it('drops a worker answer that a newer request has overtaken', () => {
    const sent: ValidationRequest[] = [];
    const worker: WorkerLike = { postMessage: (m) => sent.push(m), onmessage: null, terminate: () => {} };
    const results: Diagnostic[][] = [];
    const client = createValidationClient((d) => results.push(d), () => worker);
    client.request({ text: 'a' });
    client.request({ text: 'b' });
    const reply = (version: number) => worker.onmessage?.({ data: { version, diagnostics: [] } } as unknown as MessageEvent);
    reply(sent[0]!.version);
    expect(results).toHaveLength(0);
    reply(sent[1]!.version);
    expect(results).toHaveLength(1);
  });
});
