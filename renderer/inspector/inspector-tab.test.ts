import { describe, expect, it } from 'vitest';
import { currentTab, followSelection, selectionKey } from './inspector-tab';

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

describe('followSelection', () => {
  it('shows the node again when it is selected anew after a visit to the Units tab', () => {
    const picked = { tab: 'units' as const, selectionKey: selectionKey(sel('a')) };
    const cleared = followSelection(picked, sel());
    expect(currentTab(cleared, sel())).toBe('units');
    expect(currentTab(followSelection(cleared, sel('a')), sel('a'))).toBe('node');
  });

  it('keeps the choice as it is while the selection has not changed', () => {
    const picked = { tab: 'cast' as const, selectionKey: selectionKey(sel('a')) };
    expect(followSelection(picked, sel('a'))).toBe(picked);
  });
});
