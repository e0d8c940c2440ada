import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { randomMission } from '../engine/test-fixtures';
import type { Mission } from '../format/mission.types';
import { generateMission } from '../test-support/generate-mission';
import { exportScript } from './script/export-script';
import { escapeMarkdownLine } from './script/markdown';
import { exportVoice } from './voice/export-voice';

/** Every spoken line as [node id, text], in file order. */
const spokenLines = (mission: Mission): Array<[string, string]> =>
  mission.nodes.flatMap((n) => (n.type === 'narration' || n.type === 'dialog' ? n.data.lines.map((t): [string, string] => [n.id, t]) : []));

/** Both exports succeed; the script heads every node once; the voice sheet has every line once, text intact. */
function checkExports(mission: Mission): void {
  const script = exportScript(mission).text;
  const flowNodes = mission.nodes.filter((n) => n.type !== 'group');
  expect(script.match(/^### /gm) ?? []).toHaveLength(flowNodes.length);
  for (const n of flowNodes) expect(script).toContain(`### ${escapeMarkdownLine(n.title)}`);

  const parsed = Papa.parse<Record<string, string>>(exportVoice(mission).text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data.map((r): [string, string] => [r['node'] ?? '', r['text'] ?? '']);
  // A line a spreadsheet would run as a formula is written with a leading apostrophe.
  const written = ([node, text]: [string, string]): [string, string] => [node, /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text];
  const key = ([node, text]: [string, string]): string => JSON.stringify([node, text]);
  expect(rows.map(key).sort()).toEqual(spokenLines(mission).map(written).map(key).sort());
  expect(new Set(parsed.data.map((r) => r['line_id'])).size).toBe(rows.length);
}

const seededMission = fc
  .record({ seed: fc.integer(), size: fc.integer({ min: 1, max: 14 }) })
  .map(({ seed, size }) => randomMission(seed, size));

describe('the script and voice exports on generated missions', () => {
  it('succeed on random missions and keep every node and line', () => {
    fc.assert(fc.property(seededMission, checkExports), { numRuns: 200 });
  });

  it('succeed on large generated missions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 400 }), (nodes) => checkExports(generateMission({ nodes }))),
      { numRuns: 15 },
    );
  });

  it('keep any text a line can hold, exactly, through the voice sheet', () => {
    const anyLine = fc.string({
      unit: fc.oneof(
        fc.constantFrom(',', '"', '\n', '\r', '\r\n', ' ', '\uFEFF', '🖖', 'ク', '\uF8D0', '='),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
      ),
      maxLength: 20,
    });
    const withLines = fc
      .tuple(seededMission, fc.array(fc.array(anyLine, { minLength: 1, maxLength: 3 }), { minLength: 14, maxLength: 14 }))
      .map(([mission, texts]) => {
        let i = 0;
        for (const n of mission.nodes) if (n.type === 'narration' || n.type === 'dialog') n.data.lines = texts[i++ % texts.length] ?? [];
        return mission;
      });
    fc.assert(fc.property(withLines, checkExports), { numRuns: 200 });
  });
});
