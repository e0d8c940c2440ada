import { describe, expect, it } from 'vitest';
import { clone, smallMission } from '../test-support/mission-builder';
import { loadMission, MAX_MISSION_CHARS } from './load';
import { serializeMission } from './serialize';

const text = (): string => serializeMission(smallMission());

describe('loadMission', () => {
  it('loads a valid mission with no diagnostics', () => {
    const result = loadMission(text());
    expect(result.diagnostics).toEqual([]);
    expect(result.mission?.meta.id).toBe('small');
  });

  it('reports a parse error with its line and column', () => {
    const broken = text().replace('"title": "Small",', '"title": "Small",,');
    const [d] = loadMission(broken).diagnostics;
    expect(d?.code).toBe('parse-error');
    expect(d?.range?.line).toBe(5);
    expect(d?.range?.column).toBe(22);
  });

  it('reports a truncated file as incomplete, at its end', () => {
    const t = text();
    const result = loadMission(t.slice(0, 200));
    expect(result.mission).toBeNull();
    expect(result.diagnostics[0]?.message).toContain('incomplete');
  });

  it('refuses a newer format with a clear message', () => {
    const t = text().replace('"mission-studio/1"', '"mission-studio/2"');
    const [d] = loadMission(t).diagnostics;
    expect(d).toMatchObject({ code: 'unsupported-format', path: '/format' });
    expect(d?.message).toContain('newer');
    expect(d?.range?.line).toBe(2);
  });

  it('refuses an unknown format', () => {
    const [d] = loadMission(text().replace('"mission-studio/1"', '"twine/2"')).diagnostics;
    expect(d?.code).toBe('unsupported-format');
    expect(d?.message).toContain('unknown format');
  });

  it('reports schema errors with the JSON path, line and column', () => {
    const m = clone(smallMission()) as unknown as { nodes: Array<{ data: Record<string, unknown> }> };
    m.nodes[2]!.data.choices = 'none';
    const [d] = loadMission(serializeMission(m as never)).diagnostics;
    expect(d).toMatchObject({ code: 'schema', path: '/nodes/2/data/choices' });
    expect(d?.range?.line).toBeGreaterThan(30);
  });

  it('refuses __proto__ keys as unknown properties without touching any prototype', () => {
    const t = text().replace('"id": "small",', '"id": "small", "__proto__": {"polluted": true},');
    const result = loadMission(t);
    expect(result.diagnostics[0]).toMatchObject({ code: 'schema', path: '/meta/__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = ' '.repeat(MAX_MISSION_CHARS + 1);
    const [d] = loadMission(huge).diagnostics;
    expect(d?.code).toBe('parse-error');
    expect(d?.message).toContain('limited to');
  });

  it('gives a schema error, not a crash, for 100,000 levels of nesting', () => {
    const deep = `{"format":"mission-studio/1","meta":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = loadMission(deep);
    expect(result.mission).toBeNull();
    expect(result.diagnostics[0]?.code).toBe('schema');
  });

  it('points an expression error at the exact column inside the string', () => {
    const t = text().replace('"credits >= 10"', '"credits >= (10"');
    const d = loadMission(t).diagnostics.find((x) => x.code === 'expression-error');
    const lineText = t.split('\n')[(d?.range?.line ?? 1) - 1] ?? '';
    expect(lineText.slice((d?.range?.column ?? 1) - 1)).toMatch(/^\(10"|^"$/);
  });
});
