import type { CommandContext } from '../commands/command.types';
import { FileChangedOnDiskError } from '../host/file-changed-error';
import { documentText, whenSettled } from '../state/document-text';
import { isDirty } from '../state/editor-store';
import { savedFileRef, textInFileStyle } from './file-style';
import type { Prompt } from './prompt-queue';

/** Asks the user a question in the page and resolves with the id of their answer. */
export type Ask = (prompt: Prompt) => Promise<string>;

/** Save: back to the file. Save As: to a new file, which becomes the document. Export: a copy; the document stays. */
export type SaveMode = 'save' | 'saveAs' | 'export';

/** The name an export proposes: `second-wave.mission.json` -> `second-wave copy.mission.json`. */
export function exportName(name: string): string {
  const match = /^(.*?)((?:\.mission)?\.json)$/i.exec(name);
  return match ? `${match[1]} copy${match[2]}` : `${name} copy`;
}

/** The question when the file changed on disk since it was read. */
function overwritePrompt(name: string): Prompt {
  return {
    title: 'File changed on disk',
    message: `${name} was changed by another program since you opened it. Overwrite it with your version?`,
    buttons: [
      { id: 'overwrite', label: 'Overwrite' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  };
}

/** The question for a file name before a download (a browser without a save picker): the user names the file. */
function fileNamePrompt(mode: 'saveAs' | 'export', name: string): Prompt {
  return {
    title: mode === 'saveAs' ? 'Save As' : 'Save a Copy',
    message: 'Your browser saves the file as a download under this name.',
    buttons: [
      { id: 'download', label: 'Download' },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: '',
    field: { label: 'File name', value: name },
  };
}

/** The question after a download: only the user can see whether the bytes reached the disk. */
function downloadedPrompt(name: string): Prompt {
  return {
    title: 'Did the download finish?',
    message: `Your browser was handed ${name} as a download. Check that it is in your downloads and complete: until you confirm, your changes stay marked unsaved and their backup is kept.`,
    buttons: [
      { id: 'saved', label: 'Yes, it is saved' },
      { id: 'not-saved', label: 'No, keep unsaved' },
    ],
    cancelId: 'not-saved',
  };
}

/**
 * Saves the document as `mode` says; resolves whether it was written. A file that did not load, or source text
 * with errors, is never saved (fix it or undo first); a file someone else changed is overwritten only if the user
 * says so.
 */
export async function saveDocument(ctx: CommandContext, mode: SaveMode, ask: Ask): Promise<boolean> {
  // Text typed a moment ago is still being loaded: what is saved is what it becomes.
  await whenSettled(ctx.store);
  const start = ctx.store.getState();
  if (start.readOnly) {
    ctx.notify('This file did not load: fix it in the Source view before saving.');
    return false;
  }
  if (!start.doc) return false;
  if (start.draft !== null) {
    // Text that does not load is never written: the file on disk must stay a mission that opens.
    const first = start.draft.problems[0];
    const where = first?.range ? ` (line ${first.range.line}, column ${first.range.column})` : '';
    ctx.notify(`The source has errors${where}: fix them or undo before saving.`);
    return false;
  }
  const fileName = start.file?.name ?? `${start.doc.mission.meta.id}.mission.json`;
  let name = mode === 'export' ? exportName(fileName) : fileName;
  if (!ctx.host.choosesFileNames && mode !== 'save') {
    // Nothing else would ask: a download takes the name it is given.
    name = await ask(fileNamePrompt(mode, name));
    if (name === '') return false;
  }
  const path = mode === 'save' ? start.file?.path : undefined;
  // Written in the line endings and byte order mark of the file it was opened from, so a Windows file stays one.
  const document = {
    name,
    text: textInFileStyle(documentText(ctx.store, ctx.checks), start.file),
    ...(path === undefined ? {} : { path }),
  };
  const copy = mode === 'export';
  let saved;
  try {
    saved = await ctx.host.saveFile(document, { copy });
  } catch (error) {
    if (!(error instanceof FileChangedOnDiskError)) throw error;
    if ((await ask(overwritePrompt(error.fileName))) !== 'overwrite') return false;
    saved = await ctx.host.saveFile(document, { copy, overwriteChanged: true });
  }
  if (!saved) return false;
  if (copy) {
    ctx.notify(saved.onDisk ? `Exported a copy as ${saved.name}` : `Offered a copy as the download ${saved.name}`);
    return true;
  }
  // A download may fail where the page cannot see it: the work counts as saved only on the user's word.
  if (!saved.onDisk && (await ask(downloadedPrompt(saved.name))) !== 'saved') {
    ctx.notify(`Not marked as saved: ${saved.name} keeps its unsaved mark and its backup until a save is confirmed.`);
    return false;
  }
  const now = ctx.store.getState();
  const file = savedFileRef(saved, start.file);
  if (now.doc === start.doc && now.draft === start.draft) now.markSaved(file);
  // Edited while the save was under way: what was written is the state from before those edits, so only that
  // state counts as saved and the window stays marked as changed.
  else ctx.store.setState({ file, savedAt: start.doc.history.past[start.doc.history.past.length - 1] ?? null });
  ctx.notify(`Saved ${saved.name}`);
  return true;
}

/** The question before unsaved changes would be lost. */
function unsavedPrompt(name: string): Prompt {
  return {
    title: 'Unsaved changes',
    message: `Do you want to save the changes you made to ${name}? Your changes will be lost if you don't save them.`,
    buttons: [
      { id: 'save', label: 'Save' },
      { id: 'discard', label: "Don't Save" },
      { id: 'cancel', label: 'Cancel' },
    ],
    cancelId: 'cancel',
  };
}

/** Asks before unsaved changes are replaced (New, Open, Close): resolves whether to go on. Save goes on only once saved. */
export async function confirmLeave(ctx: CommandContext, ask: Ask): Promise<boolean> {
  const state = ctx.store.getState();
  if (!isDirty(state)) return true;
  const answer = await ask(unsavedPrompt(state.file?.name ?? 'this mission'));
  if (answer === 'cancel') return false;
  if (answer === 'discard') return true;
  return saveDocument(ctx, 'save', ask);
}
