import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomMission } from '../../engine/test-fixtures';
import { loadMission } from '../../format/load';
import type { Mission } from '../../format/mission.types';
import { checkRuntimeFile } from '../../runtime/check-runtime-file';
import runtimeSchema from '../../runtime/runtime.schema.json';
import type { RuntimeFile } from '../../runtime/runtime-file.types';
import { missionStrings } from '../../strings/mission-strings';
import { smallMission } from '../../test-support/mission-builder';
import { buildRuntimeFile, exportRuntime } from './export-runtime';

const load = (path: string): Mission => loadMission(readFileSync(path, 'utf8')).mission as Mission;
const samples = { 'Second Wave': load('missions/second-wave.mission.json'), tutorial: load('missions/tutorial.mission.json') };
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(runtimeSchema);
const schemaErrors = (file: unknown) => (validate(file) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

/** Every `next` of a runtime node: where its ports lead, by port id. */
function ports(file: RuntimeFile): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [id, node] of Object.entries(file.nodes)) {
    if (node.type === 'dialog') for (const c of node.choices) out.set(`${id}.${c.id}`, c.next);
    else if (node.type === 'hub') {
      for (const o of node.options) out.set(`${id}.${o.id}`, o.next);
      out.set(`${id}.continue`, node.continue.next);
    } else if (node.type === 'branch') {
      for (const c of node.cases) out.set(`${id}.${c.id}`, c.next);
      out.set(`${id}.else`, node.else);
    } else if (node.type === 'combat') {
      out.set(`${id}.victory`, node.victory);
      out.set(`${id}.defeat`, node.defeat);
    } else if (node.type === 'objective') out.set(`${id}.done`, node.next);
    else if (node.type !== 'end') out.set(`${id}.next`, node.next);
  }
  return out;
}

describe('exportRuntime', () => {
  for (const [name, mission] of Object.entries(samples)) {
    it(`writes ${name} as a file that fits the published schema and the runtime's own check`, () => {
      const result = exportRuntime(mission);
      expect(result.diagnostics).toEqual([]);
      const file = JSON.parse(result.text) as RuntimeFile;
      expect(schemaErrors(file)).toEqual([]);
      expect(() => checkRuntimeFile(file)).not.toThrow();
    });

    it(`keeps every flow node, every edge and every string of ${name}`, () => {
      const file = buildRuntimeFile(mission);
      const flow = mission.nodes.filter((n) => n.type !== 'group');
      expect(Object.keys(file.nodes).sort()).toEqual(flow.map((n) => n.id).sort());
      const resolved = ports(file);
      for (const edge of mission.edges) expect(resolved.get(`${edge.source}.${edge.sourceHandle}`), edge.id).toBe(edge.target);
      const table = file.strings['en'] ?? {};
      for (const s of missionStrings(mission)) expect(table[s.id], s.id).toBe(s.text);
    });
  }

  it('leaves editor-only data out: positions, groups and descriptions', () => {
    const text = exportRuntime(samples['Second Wave']).text;
    expect(text).not.toContain('"position"');
    expect(text).not.toContain('"parentId"');
    expect(text).not.toContain('"description"');
    expect(text).not.toContain('"act-');
  });

  it('writes conditions and effects as trees, never as text to parse', () => {
    const file = buildRuntimeFile(smallMission());
    const talk = file.nodes['talk'];
    expect(talk?.type === 'dialog' && talk.choices[1]?.condition).toEqual({
      kind: 'binary',
      op: '>=',
      left: { kind: 'var', name: 'credits' },
      right: { kind: 'literal', value: 10 },
    });
    expect(talk?.type === 'dialog' && talk.choices[0]?.effects).toEqual([
      { target: 'credits', op: '-=', value: { kind: 'literal', value: 1 } },
    ]);
  });

  it('gives the same version to missions that differ only in wording and layout, and another when a rule changes', () => {
    const base = smallMission();
    const reworded = structuredClone(base);
    const talk = reworded.nodes.find((n) => n.id === 'talk');
    if (talk?.type !== 'dialog') throw new Error('no dialog');
    talk.data.lines = ['Something else entirely.'];
    talk.position = { x: 500, y: 500 };
    talk.title = 'Renamed';
    expect(buildRuntimeFile(reworded).version).toBe(buildRuntimeFile(base).version);
    const ruled = structuredClone(base);
    ruled.variables[0] = { id: 'credits', type: 'number', initial: 50 };
    expect(buildRuntimeFile(ruled).version).not.toBe(buildRuntimeFile(base).version);
  });

  it('refuses, with an export-error, a mission whose condition does not parse', () => {
    const mission = smallMission();
    const talk = mission.nodes.find((n) => n.id === 'talk');
    if (talk?.type !== 'dialog') throw new Error('no dialog');
    (talk.data.choices[1] as { condition?: string }).condition = 'credits >=';
    const result = exportRuntime(mission);
    expect(result.text).toBe('');
    expect(result.diagnostics[0]).toMatchObject({ code: 'export-error', severity: 'error' });
    expect(result.diagnostics[0]?.message).toContain('credits >=');
  });

  it('exports every random mission to a file the schema and the runtime accept', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 2, max: 14 }), (seed, size) => {
        const file = JSON.parse(exportRuntime(randomMission(seed, size)).text) as RuntimeFile;
        expect(schemaErrors(file)).toEqual([]);
        checkRuntimeFile(file);
      }),
      { numRuns: 150 },
    );
  });
});
