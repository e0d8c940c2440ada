import { describe, expect, it } from 'vitest';
import type { Mission } from '../core/format/mission.types';
import type { Diagnostic } from '../core/validate/diagnostic.types';
import { formatNodeCount, summarizeLoad } from './mission-summary';

const mission = {
  format: 'mission-studio/1',
  meta: { id: 'm', title: 'Second Wave', summary: 'Hold the line.', factions: ['federation'] },
  variables: [],
  cast: [],
  locations: [],
  units: [],
  nodes: [
    { id: 'start', type: 'start', title: 'Start', position: { x: 0, y: 0 }, data: { faction: 'any', text: 'Go.' } },
    { id: 'end', type: 'end', title: 'End', position: { x: 1, y: 0 }, data: { outcome: 'success', text: 'Done.' } },
  ],
  edges: [],
} satisfies Mission;

function diagnostic(message: string, at?: { line: number; column: number }): Diagnostic {
  return {
    code: 'parse-error',
    severity: 'error',
    message,
    path: '',
    ...(at ? { range: { offset: 0, length: 1, line: at.line, column: at.column } } : {}),
  };
}

describe('summarizeLoad', () => {
  it('shows the title, summary and node count of a loaded mission', () => {
    expect(summarizeLoad('sw.mission.json', { mission, diagnostics: [] })).toEqual({
      fileName: 'sw.mission.json',
      title: 'Second Wave',
      description: 'Hold the line.',
      nodeCount: 2,
      problems: [],
    });
  });

  it('falls back to the file name and no count when the file did not load', () => {
    const summary = summarizeLoad('broken.json', { mission: null, diagnostics: [diagnostic('bad', { line: 3, column: 1 })] });
    expect(summary.title).toBe('broken.json');
    expect(summary.nodeCount).toBeNull();
    expect(summary.problems).toEqual([{ severity: 'error', code: 'parse-error', message: 'bad', location: '3:1' }]);
  });

  it('lists problems in reading order, those without a place last in their original order', () => {
    const diagnostics = [
      diagnostic('no place 1'),
      diagnostic('line 9', { line: 9, column: 2 }),
      diagnostic('line 2 col 7', { line: 2, column: 7 }),
      diagnostic('no place 2'),
      diagnostic('line 2 col 3', { line: 2, column: 3 }),
    ];
    const problems = summarizeLoad('x.json', { mission, diagnostics }).problems;
    expect(problems.map((p) => `${p.location ?? '-'} ${p.message}`)).toEqual([
      '2:3 line 2 col 3',
      '2:7 line 2 col 7',
      '9:2 line 9',
      '- no place 1',
      '- no place 2',
    ]);
  });
});

describe('formatNodeCount', () => {
  it('uses the singular for one node only', () => {
    expect(formatNodeCount(0)).toBe('0 nodes');
    expect(formatNodeCount(1)).toBe('1 node');
    expect(formatNodeCount(47)).toBe('47 nodes');
  });
});
