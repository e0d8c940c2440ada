import { describe, expect, it } from 'vitest';
import { createWitnessClient, type WitnessWorkerLike } from './witness-client';
import type { WitnessRequest, WitnessResponse } from './witness.types';
import { findWitness } from './find-witness';
import { secondWave } from './test-missions';

const mission = secondWave();

describe('findWitness', () => {
  it('uses a preferred faction that reaches the node', () => {
    expect(findWitness({ mission, nodeId: 'space-battle', preferred: ['klingon'], maxStates: 100_000 }).witness?.faction).toBe('klingon');
  });

  it('falls back to every faction when the preferred one never gets there', () => {
    // The Klingon opening is not on the Federation's way.
    expect(findWitness({ mission, nodeId: 'achebe-call', preferred: ['federation'], maxStates: 100_000 }).witness?.faction).toBe('klingon');
  });
});

describe('createWitnessClient', () => {
  it('answers the newest request and drops the older one', async () => {
    const client = createWitnessClient();
    const older = client.find({ mission, nodeId: 'space-battle', preferred: [], maxStates: 100_000 });
    const newer = client.find({ mission, nodeId: 'conference-open', preferred: [], maxStates: 100_000 });
    expect(await older).toBeNull();
    expect((await newer)?.witness).not.toBeNull();
  });

  /** A worker that answers each request with the real search, or dies as a worker out of memory does. */
  const fakeWorker = (die: () => boolean): WitnessWorkerLike => {
    const fake: WitnessWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(request: WitnessRequest) {
        const { version, ...input } = request;
        const dies = die();
        queueMicrotask(() => {
          if (dies) fake.onerror?.({ message: 'out of memory' } as ErrorEvent);
          else
            fake.onmessage?.({ data: { version, search: findWitness({ ...input, maxStates: 100_000 }) } } as MessageEvent<WitnessResponse>);
        });
      },
      terminate() {},
    };
    return fake;
  };

  it('rejects when the worker dies, instead of waiting for ever, and starts a fresh one for the next request', async () => {
    let made = 0;
    let die = true;
    const client = createWitnessClient(() => {
      made++;
      return fakeWorker(() => die);
    });
    await expect(client.find({ mission, nodeId: 'space-battle', preferred: [], maxStates: 10 })).rejects.toThrow(
      'the search for a way in stopped: out of memory',
    );
    die = false;
    expect((await client.find({ mission, nodeId: 'space-battle', preferred: [], maxStates: 10 }))?.witness).not.toBeNull();
    expect(made).toBe(2);
  });
});
