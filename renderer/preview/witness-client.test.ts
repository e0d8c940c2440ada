import { describe, expect, it } from 'vitest';
import { createWitnessClient } from './witness-client';
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
});
