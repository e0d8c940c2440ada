import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@mission-studio/core/validate';
import { keepSameDiagnostics } from './same-diagnostics';

const deadEnd = (line: number): Diagnostic => ({
  code: 'dead-end',
  severity: 'error',
  message: 'Quark’s bar leads nowhere',
  nodeId: 'bar',
  path: '/nodes/4',
  range: { offset: line * 10, length: 12, line, column: 5 },
});

describe('keepSameDiagnostics', () => {
  it('keeps the previous list when the new one holds equal diagnostics', () => {
    const previous = [deadEnd(3)];
    expect(keepSameDiagnostics(previous, [deadEnd(3)])).toBe(previous);
    const none: Diagnostic[] = [];
    expect(keepSameDiagnostics(none, [])).toBe(none);
  });

  it('takes the new list when a diagnostic moved in the text', () => {
    const next = [deadEnd(4)];
    expect(keepSameDiagnostics([deadEnd(3)], next)).toBe(next);
  });

  it('takes the new list when one was added, removed or reworded', () => {
    const one = [deadEnd(3)];
    const two = [deadEnd(3), { ...deadEnd(3), nodeId: 'ops' }];
    expect(keepSameDiagnostics(one, two)).toBe(two);
    expect(keepSameDiagnostics(two, one)).toBe(one);
    const reworded = [{ ...deadEnd(3), message: 'Ops leads nowhere' }];
    expect(keepSameDiagnostics(one, reworded)).toBe(reworded);
  });

  it('tells a field left out from a field set to something', () => {
    const { nodeId: _nodeId, ...withoutNode } = deadEnd(3);
    const next = [withoutNode];
    expect(keepSameDiagnostics([deadEnd(3)], next)).toBe(next);
    const back = [deadEnd(3)];
    expect(keepSameDiagnostics(next, back)).toBe(back);
  });
});
