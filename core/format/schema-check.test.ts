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

  it('names the node and the field in words, with the node id the Problems row links to', () => {
    const m = smallMission();
    m.units = [{ id: 'raider', name: 'Raider', kind: 'space', hull: 50, damage: 5, accuracy: 0.5 }];
    m.nodes.push({ id: 'ambush', type: 'combat', title: 'Ambush at the Docks', position: { x: 0, y: 0 }, data: { mode: 'space', allies: [], enemies: [{ unit: 'raider', count: 0 }], goal: { type: 'defeat-all' }, roundLimit: 10 } });
    expect(checkSchema(m)).toEqual([
      { code: 'schema', severity: 'error', nodeId: 'ambush', path: '/nodes/7/data/allies', message: "Combat 'Ambush at the Docks': needs at least one ally group (allies)" },
      { code: 'schema', severity: 'error', nodeId: 'ambush', path: '/nodes/7/data/enemies/0/count', message: "Combat 'Ambush at the Docks': must be at least 1 (enemies/0/count)" },
    ]);
  });

  it('names a node without a title by its id, and one without an id by its place', () => {
    const m = smallMission() as unknown as { nodes: Record<string, unknown>[] };
    delete m.nodes[2]!.title;
    m.nodes[3] = { type: 'set' };
    const messages = checkSchema(m).map((d) => [d.nodeId, d.message]);
    expect(messages).toContainEqual(['talk', "Dialog 'talk': is missing its title"]);
    expect(messages).toContainEqual([undefined, 'Set 4: is missing its id']);
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
    expect(diagnostics.map((d) => d.message)).toContain("Combat 'Fight': can have at most 8 enemy groups (enemies)");
  });
});
