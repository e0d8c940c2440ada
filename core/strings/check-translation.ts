/**
 * Checks a translation against the mission as it is now: which strings it lacks, which it translated from an
 * older source text (stale), which of its rows name no string (unknown), and which are too long for their place.
 * The CLI lists every finding (`translationDiagnostics`); the app shows one row per language and kind, to open
 * (`translationSummaries`), and a coverage figure.
 */
import type { Mission } from '../format/mission.types';
import type { Diagnostic, DiagnosticDetail } from '../validate/diagnostic.types';
import { missionLanguages, missionStrings, type MissionString } from './mission-strings';
import { sourceHash } from './source-hash';
import { plural } from './plural';
import { maxLengthOf, needsTranslation } from './string-table';
import type { Translation, TranslationReport } from './translation.types';

/** Compares `translation` with the mission's strings. */
export function checkTranslation(
  mission: Mission,
  translation: Translation,
  strings: readonly MissionString[] = missionStrings(mission),
): TranslationReport {
  const report: TranslationReport = {
    language: translation.language,
    fileName: translation.fileName,
    total: 0,
    current: 0,
    missing: [],
    stale: [],
    unknown: [],
    tooLong: [],
  };
  const known = new Set<string>();
  for (const s of strings) {
    known.add(s.id);
    if (!needsTranslation(s)) continue;
    report.total++;
    const entry = translation.entries.get(s.id);
    if (!entry) {
      report.missing.push(s);
      continue;
    }
    if (entry.sourceHash !== '' && entry.sourceHash !== sourceHash(s.text)) report.stale.push({ string: s, entry });
    else report.current++;
    const max = maxLengthOf(s);
    if (max !== undefined && [...entry.text].length > max) report.tooLong.push({ string: s, entry, max });
  }
  for (const entry of translation.entries.values()) if (!known.has(entry.id)) report.unknown.push(entry);
  return report;
}

/** The share of strings with a current translation, as a whole percentage (100 when nothing needs one). */
export function coveragePercent(report: TranslationReport): number {
  if (report.total === 0) return 100;
  return Math.floor((report.current / report.total) * 100);
}

const quote = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > 60 ? `${flat.slice(0, 57)}...` : flat}"`;
};

const rowRange = (line: number) => ({ offset: 0, length: 0, line, column: 1 });

/**
 * Every finding of a report as its own diagnostic, for `mission-studio strings check`. Rows of the table carry
 * their line in it (`range`); a missing string has no row, so only its place in the mission (`path`).
 */
export function translationDiagnostics(report: TranslationReport): Diagnostic[] {
  const lang = report.language;
  return [
    ...report.missing.map((s): Diagnostic => ({
      code: 'missing-translation',
      severity: 'warning',
      message: `${s.id} has no ${lang} translation (${quote(s.text)})`,
      path: s.path,
      ...(s.nodeId ? { nodeId: s.nodeId } : {}),
    })),
    ...report.stale.map(({ string: s, entry }): Diagnostic => ({
      code: 'stale-translation',
      severity: 'warning',
      message: `${s.id}: the source text changed since this was translated; it is now ${quote(s.text)}`,
      path: s.path,
      ...(s.nodeId ? { nodeId: s.nodeId } : {}),
      range: rowRange(entry.line),
    })),
    ...report.unknown.map((entry): Diagnostic => ({
      code: 'unknown-string-id',
      severity: 'warning',
      message: `${entry.id} is no string of the mission (renamed or deleted?)`,
      path: '',
      range: rowRange(entry.line),
    })),
    ...report.tooLong.map(({ string: s, entry, max }): Diagnostic => ({
      code: 'translation-too-long',
      severity: 'warning',
      message: `${s.id}: the translation has ${[...entry.text].length} characters; its place has room for ${max}`,
      path: s.path,
      ...(s.nodeId ? { nodeId: s.nodeId } : {}),
      range: rowRange(entry.line),
    })),
  ];
}

const detail = (s: MissionString, message: string): DiagnosticDetail => ({
  message,
  path: s.path,
  ...(s.nodeId ? { nodeId: s.nodeId } : {}),
});

/**
 * One diagnostic per language and kind of finding, its strings as details, for the app's Problems panel. Each
 * points at the language in `meta.languages`, so clicking it shows where the language is declared.
 */
export function translationSummaries(mission: Mission, reports: readonly TranslationReport[]): Diagnostic[] {
  const languages = missionLanguages(mission);
  const out: Diagnostic[] = [];
  for (const r of reports) {
    const index = languages.indexOf(r.language);
    const path = index >= 0 && mission.meta.languages ? `/meta/languages/${index}` : '/meta';
    const from = r.fileName === '' ? '' : ` (${r.fileName})`;
    if (r.missing.length > 0) {
      out.push({
        code: 'missing-translation',
        severity: 'warning',
        path,
        message: `${plural(r.missing.length, 'string')} of ${r.total} ${r.missing.length === 1 ? 'has' : 'have'} no ${r.language} translation${from}: ${r.missing.length === 1 ? 'it plays' : 'they play'} in the source language`,
        details: r.missing.map((s) => detail(s, `${s.id}: ${quote(s.text)}`)),
      });
    }
    if (r.stale.length > 0) {
      out.push({
        code: 'stale-translation',
        severity: 'warning',
        path,
        message: `${plural(r.stale.length, `${r.language} translation`)} ${r.stale.length === 1 ? 'predates' : 'predate'} a change of the source text${from}`,
        details: r.stale.map(({ string: s }) => detail(s, `${s.id}: now ${quote(s.text)}`)),
      });
    }
    if (r.unknown.length > 0) {
      out.push({
        code: 'unknown-string-id',
        severity: 'warning',
        path,
        message: `${plural(r.unknown.length, 'row')} of the ${r.language} table ${r.unknown.length === 1 ? 'names' : 'name'} no string of the mission${from}`,
        details: r.unknown.map((e) => ({ message: `${e.id} (line ${e.line})`, path })),
      });
    }
    if (r.tooLong.length > 0) {
      out.push({
        code: 'translation-too-long',
        severity: 'warning',
        path,
        message: `${plural(r.tooLong.length, `${r.language} translation`)} ${r.tooLong.length === 1 ? 'is' : 'are'} longer than ${r.tooLong.length === 1 ? 'its place has' : 'their places have'} room for${from}`,
        details: r.tooLong.map(({ string: s, entry, max }) => detail(s, `${s.id}: ${[...entry.text].length} of ${max} characters`)),
      });
    }
  }
  return out;
}

/** An empty translation into `language`: what a declared language without a table has. */
export function emptyTranslation(language: string): Translation {
  return { language, fileName: '', entries: new Map(), notes: new Map() };
}

/**
 * The report of every declared language but the source, from the translations at hand (a language without
 * one is checked as an empty translation: every string missing).
 */
export function checkTranslations(mission: Mission, translations: readonly Translation[]): TranslationReport[] {
  const strings = missionStrings(mission);
  return missionLanguages(mission)
    .slice(1)
    .map((language) => checkTranslation(mission, translations.find((t) => t.language === language) ?? emptyTranslation(language), strings));
}
