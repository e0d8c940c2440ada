import { useEffect } from 'react';
import { useServices } from '../app-context';
import type { MenuCommandState } from '../host/host.types';
import { isDirty } from '../state/editor-store';
import { documentStatus, sameStatus } from './document-status';
import { openedFile } from './file-style';
import { menuCommandStates, sameMenuState } from './menu-state';
import { fileChangedPrompt } from './recovery';
import { saveDocument, type Ask } from './save-flow';
import { isTextField, nativeEditFor } from './text-edit';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Connects the page to its host: runs native menu commands, reports the document (title, dirty mark, file) and
 * the menu's command state, saves when main asks before closing, and asks Reload / Keep mine when the open
 * file changed on disk.
 */
export function useHostBridge(ask: Ask): void {
  const { store, commands, ctx } = useServices();
  const { host } = ctx;

  useEffect(() => {
    return host.onMenuCommand((id) => {
      // In a text field, Edit ▸ Copy means the selected text, not the selected nodes.
      const action = nativeEditFor(id);
      if (action && isTextField(document.activeElement as HTMLElement | null) && host.nativeEdit(action)) return;
      commands.run(id);
    });
  }, [host, commands]);

  useEffect(() => {
    let last = documentStatus(store.getState());
    if (last) host.setDocumentState(last);
    return store.subscribe((state) => {
      const next = documentStatus(state);
      if (next && !sameStatus(last, next)) host.setDocumentState(next);
      last = next;
    });
  }, [host, store]);

  useEffect(() => {
    let last: MenuCommandState[] | null = null;
    const publish = () => {
      const next = menuCommandStates(commands);
      if (last && sameMenuState(last, next)) return;
      last = next;
      host.setMenuState(next);
    };
    publish();
    const fromStore = store.subscribe(publish);
    const fromRegistry = commands.subscribe(publish);
    return () => {
      fromStore();
      fromRegistry();
    };
  }, [host, store, commands]);

  useEffect(() => host.onSaveBeforeClose(() => saveDocument(ctx, 'save', ask)), [host, ctx, ask]);

  useEffect(() => {
    return host.onFileChanged((change) => {
      const state = store.getState();
      if (state.file?.path !== change.path) return;
      void ask(fileChangedPrompt(change.name, isDirty(state)))
        .then(async (answer) => {
          if (answer !== 'reload') return;
          const doc = await host.reloadFile(change.path);
          const { file, text } = openedFile(doc);
          store.getState().openText(file, text);
          ctx.notify(`Reloaded ${doc.name}`);
        })
        .catch((error: unknown) => ctx.notify(`Could not reload ${change.name}: ${message(error)}`));
    });
  }, [host, store, ctx, ask]);
}
