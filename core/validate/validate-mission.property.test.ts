import fc from 'fast-check';
import { describe, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import tutorial from '../../missions/tutorial.mission.json';
import { loadMission } from '../format/load';
import type { Mission } from '../format/mission.types';
import { serializeMission } from '../format/serialize';
import { smallMission } from '../test-support/mission-builder';
import { validateMission } from './validate-mission';

const samples: unknown[] = [smallMission(), secondWave, tutorial];

/** Every JSON pointer path (as key lists) inside a value, so a mutation can hit any of them. */
function paths(
  value: unknown,
  prefix: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
): Array<Array<string | number>> {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

type Mutation = { kind: 'replace' | 'delete' | 'duplicate'; pick: number; value: unknown };

function mutate(source: unknown, { kind, pick, value }: Mutation): unknown {
  const copy = structuredClone(source);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[pick % all.length] as Array<string | number>;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (kind === 'replace') parent[last] = value;
  else if (Array.isArray(parent) && typeof last === 'number') {
    if (kind === 'delete') parent.splice(last, 1);
    else parent.splice(last, 0, structuredClone(parent[last]));
  } else delete parent[last];
  return copy;
}

const mutation = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'duplicate') as fc.Arbitrary<Mutation['kind']>,
  pick: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }),
});

describe('validateMission on arbitrary input', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => Array.isArray(validateMission(value))),
      { numRuns: 500 },
    );
  });

  it('never throws on randomly mutated copies of the sample missions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 4 }), (sample, steps) => {
        const mutated = steps.reduce((doc, step) => mutate(doc, step), sample);
        const diagnostics = validateMission(mutated);
        const loaded = loadMission(JSON.stringify(mutated, null, 2));
        return Array.isArray(diagnostics) && loaded.diagnostics.every((d) => d.range !== undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when loading arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => Array.isArray(loadMission(text).diagnostics)),
      { numRuns: 500 },
    );
  });
});

describe('serializeMission', () => {
  it('is stable: serialize(parse(serialize(m))) equals serialize(m) for mutated missions that still load', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), mutation, (sample, step) => {
        const text = JSON.stringify(mutate(sample, step));
        const { mission } = loadMission(text);
        if (!mission) return true;
        const once = serializeMission(mission);
        return serializeMission(JSON.parse(once) as Mission) === once && loadMission(once).mission !== null;
      }),
      { numRuns: 300 },
    );
  });
});
