import { lazy, Suspense, useEffect, useState } from 'react';
import { useServices } from '../app-context';
import { CollaborateDialog } from '../collab/collaborate-dialog';
import { desktopCommands } from './desktop-commands';
import './desktop.css';
import { HistoryDialog } from './history-dialog';
import { InfoDialog } from './info-dialog';
import { PromptDialog } from './prompt-dialog';
import { createPromptQueue } from './prompt-queue';
import { useBackups } from './use-backups';
import { useExternalLinks } from './use-external-links';
import { useHostBridge } from './use-host-bridge';
import { openTutorial } from './tutorial';

// The dialog and every exporter behind it (the HTML player's bundle among them) load on first use.
const ExportDialog = lazy(() => import('../export/export-dialog').then((m) => ({ default: m.ExportDialog })));

/**
 * The desktop side of the app, in both hosts: file commands (New, Export…, Save a Copy, Close), Edit > History, About, Read Me
 * and Open Tutorial, the native
 * menu and title, backups and the offer to restore them, changes on disk, and links. Renders only its dialogs.
 */
export function DesktopShell() {
  const { commands } = useServices();
  const [queue] = useState(createPromptQueue);
  const [info, setInfo] = useState<'about' | 'readme' | null>(null);
  const [exporting, setExporting] = useState(false);
  const [history, setHistory] = useState(false);
  const [collaborating, setCollaborating] = useState(false);
  useEffect(
    () => commands.register(desktopCommands({ ask: queue.ask, showInfo: setInfo, showExport: () => setExporting(true) })),
    [commands, queue],
  );
  useEffect(
    () =>
      commands.register([
        {
          id: 'edit.history',
          label: 'History…',
          menu: 'edit',
          enabled: (ctx) => ctx.store.getState().doc !== null,
          run: () => setHistory(true),
        },
        { id: 'help.tutorial', label: 'Open Tutorial', menu: 'help', run: (ctx) => openTutorial(ctx, queue.ask) },
        // Live co-editing: the dialog joins a room with the open mission (and shows the room while in one).
        {
          id: 'file.collaborate',
          label: 'Collaborate…',
          menu: 'file',
          enabled: (ctx) => ctx.store.getState().doc !== null,
          run: () => setCollaborating(true),
        },
      ]),
    [commands, queue],
  );
  useHostBridge(queue.ask);
  useBackups(queue.ask);
  useExternalLinks();
  return (
    <>
      <PromptDialog queue={queue} />
      {info && <InfoDialog kind={info} onClose={() => setInfo(null)} />}
      {history && <HistoryDialog onClose={() => setHistory(false)} />}
      {collaborating && <CollaborateDialog onClose={() => setCollaborating(false)} />}
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setExporting(false)} />
        </Suspense>
      )}
    </>
  );
}
