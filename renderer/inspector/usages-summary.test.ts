import type { Usage } from '@mission-studio/core/edit';
import { describe, expect, it } from 'vitest';
import { summarizeUsages } from './usages-summary';

const usage = (nodeId: string, access: Usage['access']): Usage => ({
  nodeId,
  nodeTitle: nodeId,
  nodeType: 'set',
  path: `/${nodeId}/${access}`,
  field: 'effect 1',
  access,
});

describe('summarizeUsages', () => {
  it('says when no node uses the declaration', () => {
    expect(summarizeUsages([])).toBe('not used by any node');
  });

  it('counts writes, reads and unparsed expressions, and the nodes they are in', () => {
    expect(summarizeUsages([usage('a', 'write'), usage('a', 'write'), usage('b', 'read'), usage('c', 'unparsed')])).toBe(
      '2 writes, 1 read, 1 that does not parse in 3 nodes',
    );
  });

  it('counts the uses of a cast member, unit or location', () => {
    expect(summarizeUsages([usage('a', 'uses'), usage('a', 'uses'), usage('b', 'uses')])).toBe('used 3 times in 2 nodes');
    expect(summarizeUsages([usage('a', 'uses')])).toBe('used 1 time in 1 node');
  });
});
