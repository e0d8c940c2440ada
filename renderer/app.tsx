import { useEffect, useMemo, useRef, useState } from 'react';
import { Group, Panel, Separator, usePanelRef } from 'react-resizable-panels';
import { AppContext, useEditor, useServices, useUi } from './app-context';
import { CommandPalette } from './command-palette';
import { DesktopShell } from './desktop/desktop-shell';
import { GraphView } from './graph/graph-view';
import type { Host } from './host/host.types';
import { InspectorPanel } from './inspector/inspector-panel';
import { AutoLayout } from './layout/auto-layout';
import { BalanceHost } from './balance/balance-host';
import { benchMission } from './bench/bench-mission';
import { openedFile } from './desktop/file-style';
import { Find } from './find/find-bar';
import { ProblemsPanel } from './problems/problems-panel';
import { PreviewSlot } from './preview/preview-slot';
import { useRoomForFights } from './preview/use-room-for-fights';
import { SourceView } from './source/source-view';
import { createServices } from './services';
import { isDirty } from './state/editor-store';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { StatusBar } from './status-bar';
import { Toolbar } from './toolbar';
import { UpgradeBanner } from './upgrade-banner';

/** The whole window. Everything outside the page goes through `host`. */
export function App({ host }: { host: Host }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [palette, setPalette] = useState(false);
  const services = useMemo(() => createServices(host, setNotice, () => setPalette(true)), [host]);
  useEffect(() => () => services.dispose(), [services]);
  const [loading, setLoading] = useState(true);
  // A notice is about the document it was given for ("Restored unsaved changes to untitled…"): another document
  // opening makes it stale. Notices given for the new document come after it opened, so they stay.
  useEffect(() => services.store.subscribe((s, p) => s.openedRevision !== p.openedRevision && setNotice(null)), [services]);

  useEffect(() => {
    let live = true;
    const first = async () => (await benchMission()) ?? (await host.readLaunchFile()) ?? (await host.readDefaultMission());
    first()
      .then(
        (doc) => {
          if (!live) return;
          const { file, text } = openedFile(doc);
          services.store.getState().openText(file, text);
        },
        (error: unknown) => live && setNotice(`Could not read the mission: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => live && setLoading(false));
    const unsubscribe = host.onFileOpened((doc) => {
      const { file, text } = openedFile(doc);
      services.store.getState().openText(file, text);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [host, services]);

  return (
    <AppContext.Provider value={services}>
      <Workbench loading={loading} notice={notice} onDismiss={() => setNotice(null)} />
      {palette && <CommandPalette onClose={() => setPalette(false)} />}
      <DesktopShell />
      <BalanceHost />
    </AppContext.Provider>
  );
}

function Workbench({ loading, notice, onDismiss }: { loading: boolean; notice: string | null; onDismiss: () => void }) {
  const { store } = useServices();
  useKeyboardShortcuts();
  const panels = useUi((s) => s.panels);
  const title = useEditor((s) => s.doc?.mission.meta.title);
  const main = useRef<HTMLElement>(null);
  const below = usePanelRef();
  useRoomForFights(below);
  // The revision on screen, as an attribute set outside React: re-rendering the workbench per keystroke cost more
  // than the keystroke (the Problems panel carries the revision it describes; the bench compares the two).
  useEffect(() => {
    const show = (revision: number) => main.current?.setAttribute('data-revision', String(revision));
    show(store.getState().revision);
    return store.subscribe((s, p) => {
      if (s.revision !== p.revision) show(s.revision);
    });
  }, [store]);
  useEffect(() => {
    return store.subscribe((s) => {
      document.title = `${isDirty(s) ? '● ' : ''}${s.file?.name ?? title ?? 'Mission Studio'} - Mission Studio`;
    });
  }, [store, title]);
  return (
    <div className="app">
      <Toolbar />
      {/* Notices float over the canvas from a layer of no height: showing or clearing one never moves the panels. */}
      <div className="notice-layer">
        {notice && (
          <div className="notice">
            <p role="status">{notice}</p>
            <button type="button" className="notice-dismiss" aria-label="Dismiss notice" onClick={onDismiss}>
              ×
            </button>
          </div>
        )}
        {loading && (
          <div className="notice">
            <p role="status">Loading the mission…</p>
          </div>
        )}
        <UpgradeBanner />
      </div>
      <main ref={main} className="workspace" aria-label="Mission">
        <Group orientation="vertical" className="workspace-rows">
          <Panel id="top" minSize="30">
            <Group orientation="horizontal">
              <Panel id="graph" minSize="30">
                <GraphView />
              </Panel>
              {panels.inspector && (
                <>
                  <Separator className="separator" />
                  <Panel id="inspector" defaultSize="26" minSize="15">
                    <InspectorPanel />
                  </Panel>
                </>
              )}
              <PreviewSlot />
            </Group>
          </Panel>
          {(panels.source || panels.problems) && (
            <>
              <Separator className="separator" />
              <Panel id="bottom" defaultSize="32" minSize="10" panelRef={below}>
                <Group orientation="horizontal">
                  {panels.source && (
                    <Panel id="source" minSize="20">
                      <SourceView />
                    </Panel>
                  )}
                  {panels.source && panels.problems && <Separator className="separator" />}
                  {panels.problems && (
                    <Panel id="problems" defaultSize="35" minSize="15">
                      <ProblemsPanel />
                    </Panel>
                  )}
                </Group>
              </Panel>
            </>
          )}
        </Group>
      </main>
      <StatusBar />
      <AutoLayout />
      <Find />
    </div>
  );
}
