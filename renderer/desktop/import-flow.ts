/**
 * File > Import…: a Twine story (core/interop/twine) becomes a new, unsaved document; what the import noticed
 * joins the Problems panel, each note naming the line of the Twine file it is about. A file that is not a Twine
 * story is refused with one message naming its line; the open document stays as it was.
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

/** Runs File > Import…; resolves whether a document was made. */
export async function importStory(ctx: CommandContext, ask: Ask): Promise<boolean> {
  if (!(await confirmLeave(ctx, ask))) return false;
  const file = await ctx.host.openImport();
  if (!file) return false;
  const result = importTwine(file.text, { fallbackName: file.name.replace(/\.[^.]*$/, '') });
  if (!result.ok) {
    await ask({ title: 'Cannot import', message: `${file.name}, line ${result.line}: ${result.message}`, buttons: [{ id: 'ok', label: 'OK' }], cancelId: 'ok' });
    return false;
  }
  ctx.store.getState().openText({ name: `${result.mission.meta.id}.mission.json` }, serializeMission(result.mission), { unsaved: true });
  ctx.checks.getState().setImportNotes(result.diagnostics.map((d) => importNoteAsProblem(d, file.name)));
  const others = result.otherStories.length > 0 ? ` (the file holds ${result.otherStories.length} more; see Problems)` : '';
  ctx.notify(`Imported "${result.story}" from ${file.name}${others}: ${result.mission.nodes.length} nodes. Save it to keep it.`);
  return true;
}
