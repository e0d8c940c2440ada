import type { Mission } from '@mission-studio/core/format';
import { missionLanguages } from '@mission-studio/core/strings';
import type { Parsed } from '../parse-number';

type MissionMeta = Mission['meta'];

// The schema's rule for a language tag (mission.schema.json: meta.languages) and its count limit.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_LANGUAGES = 100;

/** A typed language tag in its canonical BCP 47 spelling (`PT-br` -> `pt-BR`), or why it is not one. */
export function parseLanguageTag(text: string): Parsed<string> {
  const typed = text.trim();
  if (typed === '') return { ok: false, message: 'Type a language tag, such as de, fr or pt-BR.' };
  let tag: string;
  try {
    // The platform's own BCP 47 canonicalizer: it knows the casing rules and refuses malformed tags.
    tag = Intl.getCanonicalLocales(typed)[0] ?? typed;
  } catch {
    return { ok: false, message: `'${typed}' is not a language tag: use a code such as de, fr or pt-BR.` };
  }
  if (!LANGUAGE_TAG.test(tag))
    return { ok: false, message: `'${typed}' is not a language tag the mission format takes: use a code such as de, fr or pt-BR.` };
  return { ok: true, value: tag };
}

/** The meta with one more language at the end of `meta.languages` (declaring the source language when it was implicit). */
export function addLanguage(meta: MissionMeta, text: string): Parsed<MissionMeta> {
  const parsed = parseLanguageTag(text);
  if (!parsed.ok) return parsed;
  const languages = missionLanguages({ meta });
  if (languages.includes(parsed.value)) return { ok: false, message: `${parsed.value} is already one of the mission's languages.` };
  if (languages.length >= MAX_LANGUAGES) return { ok: false, message: `A mission has at most ${MAX_LANGUAGES} languages.` };
  return { ok: true, value: { ...meta, languages: [...languages, parsed.value] } };
}

/** The meta without a translation language; the source language (the first) stays, since the text is written in it. */
export function removeLanguage(meta: MissionMeta, language: string): MissionMeta {
  const languages = missionLanguages({ meta });
  if (languages[0] === language || !languages.includes(language)) return meta;
  return { ...meta, languages: languages.filter((l) => l !== language) };
}

/** A language's name in English for the inspector (`de` -> `German`), or the tag itself when the platform has no name for it. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
    return name && name !== tag ? name : tag;
  } catch {
    return tag;
  }
}
