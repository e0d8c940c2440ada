/**
 * Bringing string tables into the window: File > Import Translation… (any host: the user picks a CSV), and the
 * tables beside a mission file read as it opens, where the host can read its folder (Electron). Reading and
 * checking are core's (core/strings); this module only routes files and says what happened.
 */
import { checkTranslation, coveragePercent } from '@mission-studio/core/strings';
import { missionLanguages } from '@mission-studio/core/strings';
import { languageOfTableName, parseStringTable } from '@mission-studio/core/strings';
import type { Translation } from '@mission-studio/core/strings';
import type { Diagnostic } from '@mission-studio/core/validate';
import type { CommandContext } from '../commands/command.types';
import type { Host } from '../host/host.types';
import { canEdit, type FileRef } from '../state/editor-store';
import type { TranslationStore } from './translation-store';

/** A table read and understood, or the one line that says why not. */
type ReadTable = { ok: true; translation: Translation; problems: Diagnostic[] } | { ok: false; message: string };

/** Reads a table file as the translation its name says (`NAME.LANG.strings.csv`). */
export function readTable(name: string, text: string): ReadTable {
  const language = languageOfTableName(name);
  if (language === undefined)
    return { ok: false, message: `${name}: the name does not say its language; name it like second-wave.fr.strings.csv` };
  const parsed = parseStringTable(text, name, language);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    return {
      ok: false,
      message: `${name}${first?.range ? `:${first.range.line}:${first.range.column}` : ''}: ${first?.message ?? 'not a string table'}`,
    };
  }
  return { ok: true, translation: parsed.translation, problems: parsed.problems };
}

/** One line about a translation now in use: its coverage and what is left. */
function describe(ctx: CommandContext, translation: Translation, added: boolean): string {
  const mission = ctx.store.getState().doc?.mission;
  if (!mission) return `Imported ${translation.fileName}`;
  const r = checkTranslation(mission, translation);
  const left = [
    r.missing.length && `${r.missing.length} missing`,
    r.stale.length && `${r.stale.length} stale`,
    r.unknown.length && `${r.unknown.length} unknown`,
  ]
    .filter(Boolean)
    .join(', ');
  return `Imported ${translation.fileName}: ${translation.language} ${coveragePercent(r)}% translated${left ? ` (${left})` : ''}${added ? `; ${translation.language} added to the mission's languages` : ''}`;
}

/**
 * Puts a table into the window as its language's translation. A language the mission does not declare yet is
 * added to `meta.languages` as an edit (undoable), since importing its table says the mission is played in it.
 */
export function applyTable(ctx: CommandContext, name: string, text: string): boolean {
  const read = readTable(name, text);
  if (!read.ok) {
    ctx.notify(`Could not import the translation: ${read.message}`);
    return false;
  }
  const state = ctx.store.getState();
  const mission = state.doc?.mission;
  if (!mission) return false;
  const { translation } = read;
  const languages = missionLanguages(mission);
  if (translation.language === languages[0]) {
    ctx.notify(`${name} is in ${translation.language}, the mission's source language: import a table of another language`);
    return false;
  }
  const added = !languages.includes(translation.language);
  if (added) {
    if (!canEdit(state)) {
      ctx.notify(
        `${translation.language} is not among the mission's languages, and the mission cannot be edited now: fix the source first`,
      );
      return false;
    }
    state.edit({ kind: 'set-meta', meta: { ...mission.meta, languages: [...languages, translation.language] } });
  }
  ctx.translations.getState().put(translation);
  const first = read.problems[0];
  const problems = first
    ? `; ${read.problems.length} problem${read.problems.length === 1 ? '' : 's'} in the table, the first at line ${first.range?.line ?? 1}: ${first.message}`
    : '';
  ctx.notify(`${describe(ctx, translation, added)}${problems}`);
  return true;
}

/** File > Import Translation…: asks the host for a table and uses it. */
export async function importTranslation(ctx: CommandContext): Promise<void> {
  const file = await ctx.host.openTranslationFile();
  if (file) applyTable(ctx, file.name, file.text);
}

/**
 * Reads the tables beside a mission file that just opened, where the host can (Electron); `current` says
 * whether that file is still the one open when they arrive. Tables that do not read are named, not fatal.
 */
export async function readSiblingTranslations(
  host: Host,
  file: FileRef,
  current: () => boolean,
  store: TranslationStore,
  notify: (message: string) => void,
): Promise<void> {
  if (file.path === undefined || !host.readTranslationTables) return;
  let tables: Array<{ name: string; text: string }>;
  try {
    tables = await host.readTranslationTables(file.path);
  } catch (error) {
    notify(`Could not read the translations beside ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (!current() || tables.length === 0) return;
  const translations: Translation[] = [];
  const problems: string[] = [];
  for (const t of tables) {
    const read = readTable(t.name, t.text);
    if (read.ok) translations.push(read.translation);
    else problems.push(read.message);
  }
  store.getState().reset(translations);
  if (problems.length > 0) notify(`Some translations beside ${file.name} could not be read: ${problems.join('; ')}`);
}
