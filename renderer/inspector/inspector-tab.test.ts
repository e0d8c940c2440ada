import { describe, expect, it } from 'vitest';
import { currentTab, selectionKey } from './inspector-tab';

const sel = (...nodeIds: string[]) => ({ nodeIds, edgeIds: [] });

describe('currentTab', () => {
  it('keeps the picked tab while the selection is the same, even as a new but equal object', () => {
    expect(currentTab({ tab: 'variables', selectionKey: selectionKey(sel('a')) }, sel('a'))).toBe('variables');
  });

  it('shows the node when a node gets selected', () => {
    expect(currentTab({ tab: 'units', selectionKey: selectionKey(sel()) }, sel('a'))).toBe('node');
  });

  it('goes back to the picked table when the selection empties, and to Mission from Node', () => {
    expect(currentTab({ tab: 'cast', selectionKey: selectionKey(sel('a')) }, sel())).toBe('cast');
    expect(currentTab({ tab: 'node', selectionKey: selectionKey(sel('a')) }, sel())).toBe('mission');
  });
});
