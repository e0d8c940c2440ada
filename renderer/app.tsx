import { useEffect, useMemo, useState } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { AppContext, useEditor, useServices, type AppServices } from './app-context';
import { CommandPalette } from './command-palette';
import { DesktopShell } from './desktop/desktop-shell';
import { createCommandRegistry } from './commands/command-registry';
import type { CommandContext } from './commands/command.types';
import { editorCommands } from './commands/editor-commands';
import { GraphView } from './graph/graph-view';
import type { Host } from './host/host.types';
import { InspectorPanel } from './inspector/inspector-panel';
import { AutoLayout } from './layout/auto-layout';
import { benchMission } from './bench/bench-mission';
import { Find } from './find/find-bar';
import { ProblemsPanel } from './problems/problems-panel';
import { PreviewSlot } from './preview/preview-slot';
import { SourceView } from './source/source-view';
import { createEditorStore, isDirty } from './state/editor-store';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { usePlayCheck } from './play-check/use-play-check';
import { useValidation } from './validation/use-validation';
import { StatusBar } from './status-bar';
import { Toolbar } from './toolbar';

/** Builds the store, the command registry and the context they share, once per window. */
function createServices(host: Host, onNotify: (message: string) => void, onPalette: () => void): AppServices {
  const store = createEditorStore();
  const mac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
  const ctx: CommandContext = { store, host, views: { graph: null, source: null }, notify: onNotify, openPalette: onPalette };
  const commands = createCommandRegistry(ctx, mac);
  commands.register(editorCommands());
  return { store, commands, ctx, mac };
}

/** The whole window. Everything outside the page goes through `host`. */
export function App({ host }: { host: Host }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [palette, setPalette] = useState(false);
  const services = useMemo(() => createServices(host, setNotice, () => setPalette(true)), [host]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    const first = async () => (await benchMission()) ?? (await host.readLaunchFile()) ?? (await host.readDefaultMission());
    first().then(
      (doc) => live && services.store.getState().openText({ name: doc.name, path: doc.path }, doc.text),
      (error: unknown) => live && setNotice(`Could not read the mission: ${error instanceof Error ? error.message : String(error)}`),
    ).finally(() => live && setLoading(false));
    const unsubscribe = host.onFileOpened((doc) => services.store.getState().openText({ name: doc.name, path: doc.path }, doc.text));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [host, services]);

  return (
    <AppContext.Provider value={services}>
      <Workbench loading={loading} notice={notice} />
      {palette && <CommandPalette onClose={() => setPalette(false)} />}
      <DesktopShell />
    </AppContext.Provider>
  );
}

function Workbench({ loading, notice }: { loading: boolean; notice: string | null }) {
  const { store } = useServices();
  useKeyboardShortcuts();
  useValidation();
  usePlayCheck();
  const panels = useEditor((s) => s.panels);
  const title = useEditor((s) => s.doc?.mission.meta.title);
  useEffect(() => {
    return store.subscribe((s) => {
      document.title = `${isDirty(s) ? '● ' : ''}${s.file?.name ?? title ?? 'Mission Studio'} - Mission Studio`;
    });
  }, [store, title]);
  return (
    <div className="app">
      <Toolbar />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {loading && <p role="status">Loading the mission…</p>}
      <main className="workspace" aria-label="Mission">
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
              <Panel id="bottom" defaultSize="32" minSize="10">
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
