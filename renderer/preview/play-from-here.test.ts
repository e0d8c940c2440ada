import { describe, expect, it } from 'vitest';
import { replayInputs, witnessFor } from '@mission-studio/core/engine';
import { planFromHere, variablesAtEntry } from './play-from-here';
import { secondWave } from './test-missions';

const mission = secondWave();

describe('variablesAtEntry', () => {
  it('gives the variables of the state a witness leads to when the node waits for input', () => {
    const { witness } = witnessFor(mission, 'space-battle', { factions: ['klingon'] });
    expect(witness).not.toBeNull();
    const reached = replayInputs(mission, { faction: 'klingon', seed: 1 }, witness!.inputs).state;
    expect(reached.nodeId).toBe('space-battle');
    expect(variablesAtEntry(mission, witness!, 'space-battle')).toEqual(reached.variables);
  });

  it('leaves out the effects of the node itself and of what comes after it in the same step', () => {
    const { witness } = witnessFor(mission, 'got-stem-bolts');
    const atEntry = variablesAtEntry(mission, witness!, 'got-stem-bolts');
    expect(atEntry?.['hasStemBolts']).toBe(false);
    const after = replayInputs(mission, { faction: witness!.faction, seed: 1 }, witness!.inputs).state;
    expect(after.variables['hasStemBolts']).toBe(true);
  });

  it('uses the declared initial values for a node the opening run passes through', () => {
    const { witness } = witnessFor(mission, 'arrive-ds9', { factions: ['federation'] });
    expect(witness?.inputs).toEqual([]);
    expect(variablesAtEntry(mission, witness!, 'arrive-ds9')).toEqual(Object.fromEntries(mission.variables.map((v) => [v.id, v.initial])));
  });
});

describe('planFromHere', () => {
  it('plans a start at the node with the witness’s faction and variables', () => {
    const search = witnessFor(mission, 'round-kurland', { factions: ['federation'] });
    const plan = planFromHere(mission, 'round-kurland', search);
    expect(plan).toMatchObject({ nodeId: 'round-kurland', faction: 'federation', steps: search.witness?.inputs.length });
    expect('variables' in plan && plan.variables['cargoOutcome']).not.toBe('unresolved');
  });

  it('says when no run reaches the node, and when the search stopped short', () => {
    expect(planFromHere(mission, 'round-kurland', { witness: null, complete: true, states: 10 })).toEqual({
      error: 'No run reaches "Kurland Asks for Terms".',
    });
    expect(planFromHere(mission, 'round-kurland', { witness: null, complete: false, states: 5000 })).toEqual({
      error: 'No way to "Kurland Asks for Terms" was found in the first 5,000 states; it may still be reachable.',
    });
  });
});
