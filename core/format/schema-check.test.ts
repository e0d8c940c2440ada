import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generatedValidators } from '../../scripts/generate-schema-validator.mjs';
import { smallMission } from '../test-support/mission-builder';
import { checkSchema, MAX_SCHEMA_DIAGNOSTICS } from './schema-check';

describe('checkSchema', () => {
  it('accepts a valid mission', () => {
    expect(checkSchema(smallMission())).toEqual([]);
  });

  it('names unknown properties by their own path', () => {
    const m = { ...smallMission(), extra: 1 };
    expect(checkSchema(m)).toEqual([expect.objectContaining({ code: 'schema', path: '/extra', message: "top level: unknown property 'extra'" })]);
  });

  it('checks node data by node type', () => {
    const m = smallMission();
    (m.nodes[5]!.data as { outcome: string }).outcome = 'draw';
    expect(checkSchema(m)).toEqual([expect.objectContaining({ path: '/nodes/5/data/outcome', message: expect.stringContaining('"success", "failure"') })]);
  });

  it('caps the number of errors on a hostile document', () => {
    const m = smallMission();
    m.nodes = Array.from({ length: 1000 }, () => ({ bad: true })) as never;
    expect(checkSchema(m).length).toBe(MAX_SCHEMA_DIAGNOSTICS);
  });

  it('lists only the first error of a document with an array past 1,000 items', () => {
    const m = smallMission();
    m.nodes = Array.from({ length: 5000 }, () => ({ bad: true })) as never;
    expect(checkSchema(m)).toEqual([expect.objectContaining({ path: '/nodes/0' })]);
  });

  it('runs from generated validators that are up to date with mission.schema.json', () => {
    for (const { path, source } of generatedValidators()) expect(readFileSync(path, 'utf8')).toBe(source);
  });

  it('reports 100,000 bad items in a second, not minutes', () => {
    const mission = smallMission();
    mission.units = [{ id: 'raider', name: 'Raider', kind: 'space', hull: 50, damage: 5, accuracy: 0.5 }];
    const enemies = Array.from({ length: 100_000 }, () => ({ unit: 'raider', count: 1000 }));
    mission.nodes.push({ id: 'fight', type: 'combat', title: 'Fight', position: { x: 0, y: 0 }, data: { mode: 'space', allies: [{ unit: 'raider', count: 1 }], enemies, goal: { type: 'defeat-all' }, roundLimit: 10 } });
    const started = performance.now();
    const diagnostics = checkSchema(mission);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(diagnostics.map((d) => d.message)).toContain('/nodes/7/data/enemies: must NOT have more than 8 items');
  });
});
