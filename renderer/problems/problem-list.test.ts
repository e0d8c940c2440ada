import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallMission } from '@mission-studio/core/test-support';
import type { Diagnostic, Severity } from '@mission-studio/core/validate';
import { groupDiagnostics, nodeTitles, problemLocation, problemTarget, visibleProblems } from './problem-list';

const at = (severity: Severity, offset: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  code: 'dead-end',
  severity,
  message: `${severity} at ${offset}`,
  path: '',
  range: { offset, length: 1, line: offset + 1, column: 1 },
  ...extra,
});

describe('groupDiagnostics', () => {
  it('puts errors first, then warnings, then info, each in file order', () => {
    const groups = groupDiagnostics([at('info', 1), at('warning', 9), at('error', 5), at('warning', 2), at('error', 3)]);
    expect(groups.map((g) => [g.severity, g.items.map((d) => d.range?.offset)])).toEqual([
      ['error', [3, 5]],
      ['warning', [2, 9]],
      ['info', [1]],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupDiagnostics([at('warning', 1)]).map((g) => g.severity)).toEqual(['warning']);
  });

  it('keeps every diagnostic exactly once, for any list', () => {
    const diagnostic = fc
      .record({ severity: fc.constantFrom<Severity>('error', 'warning', 'info'), offset: fc.nat(1000) })
      .map(({ severity, offset }) => at(severity, offset));
    fc.assert(
      fc.property(fc.array(diagnostic), (list) => {
        const flat = groupDiagnostics(list).flatMap((g) => g.items);
        expect(flat).toHaveLength(list.length);
        expect(new Set(flat)).toEqual(new Set(list));
      }),
    );
  });
});

describe('problemLocation', () => {
  it('shows line and column', () => {
    expect(problemLocation(at('error', 2))).toBe('3:1');
  });

  it('shows nothing for a problem without a place in the text', () => {
    expect(problemLocation({ code: 'missing-start', severity: 'error', message: 'x', path: '' })).toBe('');
  });
});

describe('problemTarget', () => {
  const titles = nodeTitles(smallMission());

  it('goes to the node when the graph has it', () => {
    expect(problemTarget(at('error', 1, { nodeId: 'talk' }), titles, false)).toEqual({ kind: 'node', nodeId: 'talk' });
  });

  it('goes to the text when the node is not in the graph', () => {
    expect(problemTarget(at('error', 1, { nodeId: 'gone' }), titles, false)?.kind).toBe('range');
  });

  it('goes to the text while the text does not load, even for a node the graph has', () => {
    expect(problemTarget(at('error', 1, { nodeId: 'talk' }), titles, true)?.kind).toBe('range');
  });

  it('goes nowhere without a node or a range', () => {
    const nowhere: Diagnostic = { code: 'missing-start', severity: 'error', message: 'x', path: '' };
    expect(problemTarget(nowhere, titles, false)).toBeNull();
  });
});

describe('visibleProblems', () => {
  it('shows the first items and counts the rest when there are many', () => {
    expect(visibleProblems([1, 2, 3, 4, 5], false, 3)).toEqual({ shown: [1, 2, 3], hidden: 2 });
  });

  it('shows everything when asked', () => {
    expect(visibleProblems([1, 2, 3, 4, 5], true, 3)).toEqual({ shown: [1, 2, 3, 4, 5], hidden: 0 });
  });
});
