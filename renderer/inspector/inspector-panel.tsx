import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useEditor, useServices, useUi } from '../app-context';
import type { EditorStore } from '../state/editor-store';
import { INSPECTOR_TABS, currentTab, followSelection, selectionKey, type InspectorTab, type TabChoice } from './inspector-tab';
import { InspectorTabs } from './inspector-tabs';
import { CastTable, LocationsTable, UnitsTable } from './mission/declaration-tables';
import { MetaForm } from './mission/meta-form';
import { VariablesTable } from './mission/variables-table';
import { NodeInspector } from './node/node-inspector';
import { SelectionSummary } from './selection-summary';
import { ShowUsagesContext, UsagesPanel, type UsagesQuery } from './usages-panel';
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
  // Source text that does not load holds the newest work: the forms wait, read-only, rather than overwrite it.
  const draftPending = useEditor((s) => s.doc !== null && !s.readOnly && s.draft !== null);
  // A read-only token in a live room: the server refuses my changes, so the forms do not offer any.
  const roomReadOnly = useEditor((s) => s.shared?.readOnly === true);
  const [choice, setChoice] = useState<TabChoice>({ tab: 'mission', selectionKey: '|' });
  const [usages, setUsages] = useState<UsagesQuery | null>(null);
  const tab = currentTab(choice, selection);
  const pick = (next: InspectorTab) => setChoice({ tab: next, selectionKey: selectionKey(selection) });
  // Each selection change is final: coming back to a node selected before (after a visit to Units) shows Node,
  // not the tab picked back then.
  // (Adjusted while rendering, React's pattern for state that follows a prop: followSelection returns the same
  // choice once it is tied to this selection, so this settles in one extra render.)
  const followed = followSelection(choice, selection);
  if (followed !== choice) setChoice(followed);
  // A click on a node that is already selected changes no selection, but it asks for that node: show its form.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const node = event.target instanceof Element ? event.target.closest('.react-flow__node') : null;
      if (node && !node.closest('.react-flow__nodesselection'))
        setChoice((was) => (was.tab === 'node' ? was : { tab: 'node', selectionKey: '' }));
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);
  const label = INSPECTOR_TABS.find((t) => t.id === tab)?.label;
  return (
    <section className="panel inspector" aria-label="Inspector" onKeyDown={(e) => onUndoKeys(e, store)}>
      <h2>Inspector</h2>
      {!loaded ? (
        <p className="muted">Open a mission to edit it here.</p>
      ) : (
        <>
          <InspectorTabs current={tab} idPrefix={idPrefix} onPick={pick} />
          {draftPending && <DraftNotice onDiscard={() => store.getState().discardDraft()} />}
          {roomReadOnly && (
            <p role="note" className="inspector-draft-notice">
              Read-only in this room: you see everyone's edits live, but your token does not let you edit.
            </p>
          )}
          {usages && <UsagesPanel query={usages} onClose={() => setUsages(null)} />}
          <div
            role="tabpanel"
            id={`${idPrefix}-panel`}
            aria-labelledby={`${idPrefix}-tab-${tab}`}
            aria-label={label}
            className="inspector-body"
          >
            {/* A disabled fieldset makes every field and button inside read-only at once (expression fields ask canEdit). */}
            <fieldset className="inspector-fields" disabled={draftPending || roomReadOnly}>
              <ShowUsagesContext.Provider value={setUsages}>
                {tab === 'node' && <SelectionView selection={selection} />}
                {tab === 'mission' && <MetaForm />}
                {tab === 'cast' && <CastTable />}
                {tab === 'variables' && <VariablesTable />}
                {tab === 'locations' && <LocationsTable />}
                {tab === 'units' && <UnitsTable />}
              </ShowUsagesContext.Provider>
            </fieldset>
          </div>
        </>
      )}
    </section>
  );
}

/** Says why the forms are read-only while the source text has errors, and offers to drop that text. */
function DraftNotice({ onDiscard }: { onDiscard(): void }) {
  return (
    <div role="note" aria-label="Read-only while the source has errors" className="inspector-draft-notice">
      <p>The Source text has errors, so the mission cannot be edited here: your text would be lost. Fix the text, or</p>
      <button type="button" onClick={onDiscard}>
        Discard my text
      </button>
    </div>
  );
}

function SelectionView({ selection }: { selection: { nodeIds: string[]; edgeIds: string[] } }) {
  const [only] = selection.nodeIds;
  if (selection.nodeIds.length === 1 && selection.edgeIds.length === 0 && only !== undefined) return <NodeInspector key={only} id={only} />;
  if (selection.nodeIds.length + selection.edgeIds.length > 0) return <SelectionSummary selection={selection} />;
  return <p className="muted">Select a node in the graph to edit it, or pick a tab to edit the mission&apos;s details and declarations.</p>;
}
