import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generatedValidators } from '../../scripts/generate-schema-validator.mjs';
import { smallMission } from '../test-support/mission-builder';
import { checkSchema, MAX_SCHEMA_DIAGNOSTICS } from './schema-check';

/** Sorts paths as `checkSchema` lists them: the first error, then the rest, then each top-level array's items. */
function byDocumentOrder(m: object): (a: string, b: string) => number {
  const keys = Object.keys(m);
  const rank = (path: string): [number, number] => {
    const [, key = '', index = '-1'] = path.split('/');
    return [keys.indexOf(key), Number(index)];
  };
  return (a, b) => {
    const [ka, ia] = rank(a);
    const [kb, ib] = rank(b);
    return ka - kb || ia - ib;
  };
}

describe('checkSchema', () => {
  it('accepts a valid mission', () => {
    expect(checkSchema(smallMission())).toEqual([]);
  });

  it('names unknown properties by their own path', () => {
    const m = { ...smallMission(), extra: 1 };
    expect(checkSchema(m)).toEqual([
      expect.objectContaining({ code: 'schema', path: '/extra', message: "top level: unknown property 'extra'" }),
    ]);
  });

  it('checks node data by node type', () => {
    const m = smallMission();
    (m.nodes[5]!.data as { outcome: string }).outcome = 'draw';
    expect(checkSchema(m)).toEqual([
      expect.objectContaining({ path: '/nodes/5/data/outcome', message: expect.stringContaining('"success", "failure"') }),
    ]);
  });

  it('names the node and the field in words, with the node id the Problems row links to', () => {
    const m = smallMission();
    m.units = [{ id: 'raider', name: 'Raider', kind: 'space', hull: 50, damage: 5, accuracy: 0.5 }];
    m.nodes.push({
      id: 'ambush',
      type: 'combat',
      title: 'Ambush at the Docks',
      position: { x: 0, y: 0 },
      data: { mode: 'space', allies: [], enemies: [{ unit: 'raider', count: 0 }], goal: { type: 'defeat-all' }, roundLimit: 10 },
    });
    expect(checkSchema(m)).toEqual([
      {
        code: 'schema',
        severity: 'error',
        nodeId: 'ambush',
        path: '/nodes/7/data/allies',
        message: "Combat 'Ambush at the Docks': needs at least one ally group (allies)",
      },
      {
        code: 'schema',
        severity: 'error',
        nodeId: 'ambush',
        path: '/nodes/7/data/enemies/0/count',
        message: "Combat 'Ambush at the Docks': must be at least 1 (enemies/0/count)",
      },
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

  it('lists the first errors of a hostile document, then one row that counts the rest', () => {
    const m = smallMission();
    m.nodes = Array.from({ length: 1000 }, () => ({ bad: true })) as never;
    const diagnostics = checkSchema(m);
    expect(diagnostics).toHaveLength(MAX_SCHEMA_DIAGNOSTICS + 1);
    const perNode = checkSchema({ ...m, nodes: [{ bad: true }] }).length;
    expect(diagnostics.at(-1)).toEqual({
      code: 'schema',
      severity: 'error',
      message: `${1000 * perNode - MAX_SCHEMA_DIAGNOSTICS} more schema errors past the first ${MAX_SCHEMA_DIAGNOSTICS}, from here on`,
      path: diagnostics.at(-1)?.path,
    });
    expect(diagnostics.at(-1)?.path).toMatch(/^\/nodes\/\d+/);
  });

  it('lists every error of a document with an array past 1,000 items, not only its first', () => {
    const m = smallMission();
    const valid = m.nodes[1] as (typeof m.nodes)[number];
    m.nodes = Array.from({ length: 2500 }, (_, i) => ({ ...valid, id: `n${i}` }));
    const bad = [3, 999, 1000, 1001, 1999, 2000, 2499];
    for (const i of bad) (m.nodes[i] as unknown as Record<string, unknown>).stray = i;
    (m.meta as unknown as Record<string, unknown>).stray = true;
    (m.edges[0] as unknown as Record<string, unknown>).stray = true;
    expect(checkSchema(m).map((d) => d.path)).toEqual(
      ['/meta/stray', '/nodes/3/stray', ...bad.slice(1).map((i) => `/nodes/${i}/stray`), '/edges/0/stray'].sort(byDocumentOrder(m)),
    );
  });

  it('counts the errors of 5,000 bad nodes in one row', () => {
    const m = smallMission();
    m.nodes = Array.from({ length: 5000 }, () => ({ bad: true })) as never;
    const perNode = checkSchema({ ...m, nodes: [{ bad: true }] }).length;
    expect(checkSchema(m).at(-1)?.message).toBe(
      `${5000 * perNode - MAX_SCHEMA_DIAGNOSTICS} more schema errors past the first ${MAX_SCHEMA_DIAGNOSTICS}, from here on`,
    );
  });

  it('runs from generated validators that are up to date with mission.schema.json', () => {
    for (const { path, source } of generatedValidators()) expect(readFileSync(path, 'utf8')).toBe(source);
  });

  it('reports 100,000 bad items in a second, not minutes', () => {
    const mission = smallMission();
    mission.units = [{ id: 'raider', name: 'Raider', kind: 'space', hull: 50, damage: 5, accuracy: 0.5 }];
    const enemies = Array.from({ length: 100_000 }, () => ({ unit: 'raider', count: 1000 }));
    mission.nodes.push({
      id: 'fight',
      type: 'combat',
      title: 'Fight',
      position: { x: 0, y: 0 },
      data: { mode: 'space', allies: [{ unit: 'raider', count: 1 }], enemies, goal: { type: 'defeat-all' }, roundLimit: 10 },
    });
    const started = performance.now();
    const diagnostics = checkSchema(mission);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(diagnostics.map((d) => d.message)).toContain("Combat 'Fight': can have at most 8 enemy groups (enemies)");
  });
});
