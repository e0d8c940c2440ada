import type { Selection } from '../state/ui-store';

/** The Inspector's tabs: the selection, then the mission-wide tables. */
export type InspectorTab = 'node' | 'mission' | 'cast' | 'variables' | 'locations' | 'units';

/** Tabs in order, with their names. */
export const INSPECTOR_TABS: ReadonlyArray<{ id: InspectorTab; label: string }> = [
  { id: 'node', label: 'Node' },
  { id: 'mission', label: 'Mission' },
  { id: 'cast', label: 'Cast' },
  { id: 'variables', label: 'Variables' },
  { id: 'locations', label: 'Locations' },
  { id: 'units', label: 'Units' },
];

/** The tab a person picked, and what was selected when they did. */
export interface TabChoice {
  tab: InspectorTab;
  selectionKey: string;
}

/** A selection as a string, so that re-selecting the same things does not count as a change. */
export function selectionKey(selection: Selection): string {
  return `${selection.nodeIds.join('\n')}|${selection.edgeIds.join('\n')}`;
}

/**
 * The tab to show: the one picked, until the selection changes; then Node when something is selected, and
 * when the selection empties, the picked tab again (Mission if that was Node, which would be empty).
 */
export function currentTab(choice: TabChoice, selection: Selection): InspectorTab {
  const key = selectionKey(selection);
  if (choice.selectionKey === key) return choice.tab;
  if (selection.nodeIds.length + selection.edgeIds.length > 0) return 'node';
  return choice.tab === 'node' ? 'mission' : choice.tab;
}

/**
 * The choice to keep once the selection has changed: the tab `currentTab` shows for it, now tied to it. Without
 * this, going back to a selection seen before (a node, then the Units tab, then the node again) would bring back
 * the tab picked then instead of the node's form.
 */
export function followSelection(choice: TabChoice, selection: Selection): TabChoice {
  const key = selectionKey(selection);
  return choice.selectionKey === key ? choice : { tab: currentTab(choice, selection), selectionKey: key };
}
