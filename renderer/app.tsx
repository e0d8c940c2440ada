import { useCallback, useEffect, useState } from 'react';
import { loadMission } from '../core/format/load';
import type { Host, MissionDocument } from './host/host.types';
import { MissionOverview } from './mission-overview';
import { summarizeLoad, type MissionSummary } from './mission-summary';
import { ProblemsPanel } from './problems-panel';

type ViewState =
  | { status: 'loading' }
  | { status: 'ready'; summary: MissionSummary }
  | { status: 'failed'; message: string };

/** The whole window. Everything outside the page goes through `host`. */
export function App({ host }: { host: Host }) {
  const [view, setView] = useState<ViewState>({ status: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);

  const show = useCallback((document: MissionDocument) => {
    setView({ status: 'ready', summary: summarizeLoad(document.name, loadMission(document.text)) });
  }, []);

  useEffect(() => {
    let live = true;
    const readFirstDocument = async () => (await host.readLaunchFile()) ?? (await host.readDefaultMission());
    readFirstDocument().then(
      (document) => live && show(document),
      (error: unknown) => live && setView({ status: 'failed', message: describeError(error) }),
    );
    const unsubscribe = host.onFileOpened(show);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [host, show]);

  const openFile = () => {
    setNotice(null);
    host.openFile().then(
      (document) => document && show(document),
      (error: unknown) => setNotice(`Could not open the file: ${describeError(error)}`),
    );
  };

  const title = view.status === 'ready' ? view.summary.title : 'Mission Studio';
  useEffect(() => {
    document.title = view.status === 'ready' ? `${title} - Mission Studio` : 'Mission Studio';
  }, [title, view.status]);

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Mission Studio</span>
        <h1>{title}</h1>
        <button type="button" onClick={openFile}>
          Open…
        </button>
      </header>
      {notice && (
        <p role="alert" className="notice">
          {notice}
        </p>
      )}
      <main className="workspace" aria-label="Mission">
        {view.status === 'loading' && <p role="status">Loading the mission…</p>}
        {view.status === 'failed' && (
          <p role="alert" className="notice">
            Could not read the mission: {view.message}
          </p>
        )}
        {view.status === 'ready' && (
          <>
            <MissionOverview summary={view.summary} />
            <ProblemsPanel problems={view.summary.problems} />
          </>
        )}
      </main>
    </div>
  );
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
