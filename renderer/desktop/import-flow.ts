/**
 * File > Import…: a Twine story (core/interop/twine) becomes a new, unsaved document; what the import noticed
 * joins the Problems panel, each note naming the line of the Twine file it is about. A file that is not a Twine
 * story is refused with one message naming its line; the open document stays as it was. A file holding several
 * stories (a Twine archive) asks which one to import, listing them by name.
 */
import { serializeMission } from '@mission-studio/core/format';
import { importTwine, type ImportDiagnostic } from '@mission-studio/core/interop';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { CommandContext } from '../commands/command.types';
import { confirmLeave, type Ask } from './save-flow';

/** An import note as a problem: its Twine file and line told in the message (the Problems panel places it by node). */
function importNoteAsProblem(note: ImportDiagnostic, fileName: string): Diagnostic {
  const { sourceLine, ...diagnostic } = note;
  return { ...diagnostic, message: `${note.message} (${fileName}, line ${sourceLine})` };
}

/**
 * Asks which story of an archive to import, listing them by name in file order; resolves the name picked, or
 * null when the user cancels.
 */
async function pickStory(ask: Ask, fileName: string, stories: readonly string[]): Promise<string | null> {
  const names = [...new Set(stories)];
  const answer = await ask({
    title: 'Choose a story',
    message: `${fileName} holds ${stories.length} Twine stories. Which one do you want to import?`,
    choices: { label: 'Stories', options: names.map((name) => ({ id: name, label: name })) },
    buttons: [
      { id: 'import', label: 'Import' },
      { id: 'cancel', label: 'Cancel' },
    ],
    // Story names are never empty (an unnamed story is given one), so '' cannot be mistaken for a story.
    cancelId: '',
  });
  return names.includes(answer) ? answer : null;
}

/** Runs File > Import…; resolves whether a document was made. */
export async function importStory(ctx: CommandContext, ask: Ask): Promise<boolean> {
  if (!(await confirmLeave(ctx, ask))) return false;
  const file = await ctx.host.openImport();
  if (!file) return false;
  const fallbackName = file.name.replace(/\.[^.]*$/, '');
  let result = importTwine(file.text, { fallbackName });
  const picked = result.ok && result.otherStories.length > 0;
  if (result.ok && picked) {
    // An archive: the user picks the story here (the CLI's --story); the first is read already.
    const story = await pickStory(ask, file.name, [result.story, ...result.otherStories]);
    if (story === null) return false;
    if (story !== result.story) result = importTwine(file.text, { story, fallbackName });
  }
  if (!result.ok) {
    await ask({
      title: 'Cannot import',
      message: `${file.name}, line ${result.line}: ${result.message}`,
      buttons: [{ id: 'ok', label: 'OK' }],
      cancelId: 'ok',
    });
    return false;
  }
  ctx.store.getState().openText({ name: `${result.mission.meta.id}.mission.json` }, serializeMission(result.mission), { unsaved: true });
  // The note listing the file's other stories speaks to the CLI (`--story`); here the user just picked from them.
  const notes = picked ? result.diagnostics.filter((d) => d.code !== 'twine-other-stories') : result.diagnostics;
  ctx.checks.getState().setImportNotes(notes.map((d) => importNoteAsProblem(d, file.name)));
  const others = picked ? ` (one of ${result.otherStories.length + 1} stories in the file)` : '';
  ctx.notify(`Imported "${result.story}" from ${file.name}${others}: ${result.mission.nodes.length} nodes. Save it to keep it.`);
  return true;
}
