import { useEffect, useRef } from 'react';
import { useServices } from '../app-context';
import type { BackupRef } from '../host/host.types';
import { documentText } from '../state/document-text';
import { isDirty, type EditorState } from '../state/editor-store';
import { createBackupScheduler, type BackupScheduler, type BackupSnapshot } from './backup-scheduler';
import { openedFile, textInFileStyle } from './file-style';
import { recoveryPrompt } from './recovery';
import type { Ask } from './save-flow';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The backup slot of the document open now: this window's session and the revision the document was opened at,
 * so two windows (or tabs) on files of the same name, or two documents one after the other, never share one.
 */
function refOf(sessionId: string, state: EditorState, file: { name: string; path?: string | undefined }): BackupRef {
  const id = `${sessionId}.${state.openedRevision}`;
  return file.path === undefined ? { id, name: file.name } : { id, name: file.name, path: file.path };
}

/** The reference to a listed backup: exactly its id, name and path (main refuses a payload with more keys). */
function refOfBackup({ id, name, path }: BackupRef): BackupRef {
  return path === undefined ? { id, name } : { id, name, path };
}

/** Resolves once the first document is in the store (the launch file or the bundled mission). */
function firstDocument(store: ReturnType<typeof useServices>['store']): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().file) return resolve();
    const unsubscribe = store.subscribe((state) => {
      if (!state.file) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Backs up unsaved work about a second after the last edit (host: userData in Electron, IndexedDB in a browser),
 * and once at launch offers each backup a previous session left: "Restore unsaved changes to X from <time>?".
 */
export function useBackups(ask: Ask): void {
  const { store, checks, ctx } = useServices();
  const { host } = ctx;
  const scheduler = useRef<BackupScheduler | null>(null);
  const offered = useRef(false);

  useEffect(() => {
    const backups = createBackupScheduler({
      write: (backup) => host.backups.write(backup),
      remove: (ref) => host.backups.remove(ref),
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (timer) => window.clearTimeout(timer as number),
      onError: (error) => ctx.notify(`Could not back up unsaved changes: ${message(error)}`),
    });
    scheduler.current = backups;
    const snapshot = (state: EditorState): BackupSnapshot | null =>
      state.file
        ? {
            ref: refOf(host.sessionId, state, state.file),
            dirty: isDirty(state),
            text: () => textInFileStyle(documentText(store, checks), store.getState().file),
          }
        : null;
    let seen: unknown[] = [];
    const update = (state: EditorState) => {
      // Only edits and saves count: selecting or scrolling must not push the backup further away.
      const parts = [state.doc, state.draft, state.file, state.savedAt];
      if (parts.every((part, i) => part === seen[i])) return;
      seen = parts;
      backups.update(snapshot(state));
    };
    update(store.getState());
    const unsubscribe = store.subscribe(update);
    const flush = () => void backups.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      backups.dispose();
      scheduler.current = null;
    };
  }, [host, store, checks, ctx]);

  useEffect(() => {
    // Once per window, even when React runs effects twice in development.
    if (offered.current) return;
    offered.current = true;
    const offer = async () => {
      await firstDocument(store);
      for (const backup of await host.backups.list()) {
        const answer = await ask(recoveryPrompt(backup));
        if (answer === 'discard') await host.backups.remove(refOfBackup(backup));
        if (answer !== 'restore') continue;
        const content = await host.backups.read(refOfBackup(backup));
        if (!content) {
          ctx.notify(`The backup of ${backup.name} could not be read.`);
          continue;
        }
        // The backup was written in the file's style, so the restored document saves in it too.
        const opened = openedFile(content);
        store.getState().openText(opened.file, opened.text);
        // What is shown now was never saved: keep it marked as changed until the user saves it.
        if (store.getState().doc) store.setState({ savedAt: 'unsaved' });
        // The work moves to this window's own slot; the old backup goes once that copy is written.
        scheduler.current?.adopt({ id: content.id, name: content.name });
        ctx.notify(`Restored unsaved changes to ${content.name}`);
        return;
      }
    };
    offer().catch((error: unknown) => ctx.notify(`Could not check for unsaved work: ${message(error)}`));
  }, [host, store, ctx, ask]);
}
