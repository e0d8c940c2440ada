/**
 * The player's own words for what the runtime reports as data: rounds and shots, fight goals and outcomes,
 * faction and language names. Pure (no DOM), so it is tested on its own.
 */
import {
  shotWords,
  STANCE_HELP,
  type FightOutcome,
  type FightView,
  type RoundView,
  type RuntimeFile,
  type Stance,
} from '@mission-studio/core/runtime';

/** The stance buttons: their names, and what each does (the buttons' titles). */
export const STANCES: ReadonlyArray<{ stance: Stance; label: string; title: string }> = [
  { stance: 'attack', label: 'Attack', title: STANCE_HELP.attack },
  { stance: 'defend', label: 'Defend', title: STANCE_HELP.defend },
  { stance: 'evasive', label: 'Evasive', title: STANCE_HELP.evasive },
];

/** A string of the file in a language, falling back to the source language, then to its id (as the runtime does). */
/** Whether `language` lacks the string `id`, so its source-language text stands in (and is marked). */
export function isUntranslated(file: RuntimeFile, language: string, id: string): boolean {
  if (language === file.languages[0]) return false;
  const table = file.strings[language];
  return !(table && Object.hasOwn(table, id));
}

/** The words of the mark beside an untranslated string. */
export const UNTRANSLATED = 'not translated';

export function textOf(file: RuntimeFile, language: string, id: string): string {
  const table = file.strings[language];
  if (table && Object.hasOwn(table, id)) return table[id] as string;
  const source = file.strings[file.languages[0] as string] ?? {};
  return Object.hasOwn(source, id) ? (source[id] as string) : id;
}

/** One shot in words (the same sentence the editor's preview writes). */
export { shotWords };

/** "Round 3 (defend)". */
export function roundHeading(round: RoundView): string {
  return `Round ${round.round} (${round.stance})`;
}

/** What closes a round besides its shots: a wave arriving, the fight's outcome. */
export function roundNotes(round: RoundView): string[] {
  const notes: string[] = [];
  if (round.waveArrived !== undefined) notes.push(`Wave ${round.waveArrived} arrives.`);
  if (round.outcome !== null) notes.push(round.outcome === 'victory' ? 'Victory.' : 'Defeat.');
  return notes;
}

/** "Victory after 7 rounds." */
export function outcomeWords(outcome: FightOutcome, rounds: number): string {
  return `${outcome === 'victory' ? 'Victory' : 'Defeat'} after ${rounds} round${rounds === 1 ? '' : 's'}.`;
}

/** What the fight asks of the player, in words. */
export function goalWords(fight: FightView, unitName: (unit: string) => string): string {
  const goal = fight.goal;
  if (goal.type === 'defeat-all') return 'Defeat every enemy';
  if (goal.type === 'survive') return `Survive ${goal.rounds} round${goal.rounds === 1 ? '' : 's'}`;
  const names = goal.units.map(unitName).join(', ');
  return goal.atLeast === undefined ? `Protect ${names}` : `Protect at least ${goal.atLeast} of ${names}`;
}

/** A faction id as a name: `federation` -> `Federation`. */
export function factionLabel(id: string): string {
  return id
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(' ');
}

/** A seed from the seed field: a whole number from 0 to 2^31 - 1, else 1 (the runtime's default). */
export function parseSeed(text: string): number {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 0x7fffffff ? n : 1;
}

/** A language code in its own language ("de" -> "Deutsch"), or the code when the browser does not know it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
