import { useId, useState, type KeyboardEvent } from 'react';
import { useEditor, useServices, useUi } from '../app-context';
import type { EditorStore } from '../state/editor-store';
import { INSPECTOR_TABS, currentTab, selectionKey, type InspectorTab, type TabChoice } from './inspector-tab';
import { InspectorTabs } from './inspector-tabs';
import { CastTable, LocationsTable, UnitsTable } from './mission/declaration-tables';
import { MetaForm } from './mission/meta-form';
import { VariablesTable } from './mission/variables-table';
import { NodeInspector } from './node/node-inspector';
import { SelectionSummary } from './selection-summary';
import './inspector.css';


/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in an Inspector field use the app's history (one step per typing burst, as
 * the form dispatched it) rather than the text field's own, which React's controlled fields do not keep.
 * Monaco's expression fields route their own keys.
 */
function onUndoKeys(event: KeyboardEvent<HTMLElement>, store: EditorStore): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  if (event.target instanceof HTMLElement && event.target.closest('.monaco-editor')) return;
  const key = event.key.toLowerCase();
  const action = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
  if (!action) return;
  event.preventDefault();
  event.stopPropagation();
  store.getState()[action]();
}

/** The Inspector region: the selected node's form, or the mission's details and tables, in tabs. */
export function InspectorPanel() {
  const { store } = useServices();
  const idPrefix = useId().replace(/:/g, '');
  const selection = useUi((s) => s.selection);
  const loaded = useEditor((s) => s.doc !== null);
  const [choice, setChoice] = useState<TabChoice>({ tab: 'mission', selectionKey: '|' });
  const tab = currentTab(choice, selection);
  const pick = (next: InspectorTab) => setChoice({ tab: next, selectionKey: selectionKey(selection) });
  const label = INSPECTOR_TABS.find((t) => t.id === tab)?.label;
  return (
    <section className="panel inspector" aria-label="Inspector" onKeyDown={(e) => onUndoKeys(e, store)}>
      <h2>Inspector</h2>
      {!loaded ? (
        <p className="muted">Open a mission to edit it here.</p>
      ) : (
        <>
          <InspectorTabs current={tab} idPrefix={idPrefix} onPick={pick} />
          <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${tab}`} aria-label={label} className="inspector-body">
            {tab === 'node' && <SelectionView selection={selection} />}
            {tab === 'mission' && <MetaForm />}
            {tab === 'cast' && <CastTable />}
            {tab === 'variables' && <VariablesTable />}
            {tab === 'locations' && <LocationsTable />}
            {tab === 'units' && <UnitsTable />}
          </div>
        </>
      )}
    </section>
  );
}

function SelectionView({ selection }: { selection: { nodeIds: string[]; edgeIds: string[] } }) {
  const [only] = selection.nodeIds;
  if (selection.nodeIds.length === 1 && selection.edgeIds.length === 0 && only !== undefined) return <NodeInspector key={only} id={only} />;
  if (selection.nodeIds.length + selection.edgeIds.length > 0) return <SelectionSummary selection={selection} />;
  return <p className="muted">Select a node in the graph to edit it, or pick a tab to edit the mission&apos;s details and declarations.</p>;
}
