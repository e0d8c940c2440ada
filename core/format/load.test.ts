import { describe, expect, it } from 'vitest';
import { clone, smallMission } from '../test-support/mission-builder';
import { applyTextStyle, BOM } from './line-endings';
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
    const t = text().replace('"mission-studio/2"', '"mission-studio/3"');
    const [d] = loadMission(t).diagnostics;
    expect(d).toMatchObject({ code: 'unsupported-format', path: '/format' });
    expect(d?.message).toContain('newer');
    expect(d?.range?.line).toBe(2);
  });

  it('refuses an unknown format', () => {
    const [d] = loadMission(text().replace('"mission-studio/2"', '"twine/2"')).diagnostics;
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

  it('lists only the schema problems of a file that does not fit the schema, as the CLI always printed', () => {
    const m = clone(smallMission()) as unknown as { nodes: Array<{ data: Record<string, unknown> }> };
    m.nodes[2]!.data.choices = 'none';
    m.nodes[4]!.data.cases = [{ id: 'ok', condition: 'latinum > 3' }];
    const result = loadMission(serializeMission(m as never));
    expect(result.mission).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['schema']);
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
    const deep = `{"format":"mission-studio/2","meta":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
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

describe('loadMission of a file saved by a Windows editor', () => {
  const windows = (t: string): string => applyTextStyle(t, { lineEnding: 'crlf', bom: true });
  /** The text of the line and column a diagnostic names, counted as an editor does (the mark hidden). */
  const at = (t: string, range: { line: number; column: number } | undefined): string =>
    (t.replace(BOM, '').split(/\r?\n/)[(range?.line ?? 1) - 1] ?? '').slice((range?.column ?? 1) - 1);

  it('loads a file with a byte order mark and CRLF line endings like the same file without them', () => {
    const result = loadMission(windows(text()));
    expect(result.diagnostics).toEqual([]);
    expect(result.mission).toEqual(loadMission(text()).mission);
  });

  it('puts a parse error at the same line and column as in the LF file, and its offset at the token in the text as read', () => {
    const broken = text().replace('"title": "Small",', '"title": "Small",,');
    const crlf = windows(broken);
    const [d] = loadMission(crlf).diagnostics;
    expect(d?.range).toMatchObject({ line: 5, column: 22 });
    expect(crlf.slice(d?.range?.offset, (d?.range?.offset ?? 0) + 1)).toBe(',');
    expect(at(crlf, d?.range)).toBe(at(broken, d?.range));
    expect(at(crlf, d?.range).startsWith(',')).toBe(true);
  });

  it('counts no column for the byte order mark on the first line', () => {
    const [d] = loadMission(`${BOM}{,}`).diagnostics;
    expect(d).toMatchObject({ code: 'parse-error', range: { line: 1, column: 2, offset: 2 } });
  });

  it('points validator and expression errors at the same line and column as in the LF file', () => {
    const m = clone(smallMission());
    m.edges.splice(2, 1);
    const lf = serializeMission(m).replace('"credits >= 10"', '"credits >= (10"');
    const crlf = windows(lf);
    const ranges = (t: string) => loadMission(t).diagnostics.map((d) => [d.code, d.range?.line, d.range?.column]);
    expect(ranges(crlf)).toEqual(ranges(lf));
    expect(ranges(lf).length).toBeGreaterThan(1);
    const offsetOf = (t: string) => loadMission(t).diagnostics.find((d) => d.code === 'expression-error')?.range?.offset ?? 0;
    expect(crlf.slice(offsetOf(crlf) - 6, offsetOf(crlf) + 1)).toBe('>= (10"');
    expect(lf.slice(offsetOf(lf) - 6, offsetOf(lf) + 1)).toBe('>= (10"');
  });
});
