import { describe, expect, it } from 'vitest';
import type { Mission } from '@mission-studio/core/format';
import { addLanguage, languageName, parseLanguageTag, removeLanguage } from './languages';

type MissionMeta = Mission['meta'];

const meta = (languages?: string[]): MissionMeta => ({
  id: 'm',
  title: 'M',
  summary: '',
  factions: ['player'],
  ...(languages ? { languages } : {}),
});

describe('parseLanguageTag', () => {
  it('spells a typed tag the canonical BCP 47 way', () => {
    expect(parseLanguageTag(' PT-br ')).toEqual({ ok: true, value: 'pt-BR' });
    expect(parseLanguageTag('de')).toEqual({ ok: true, value: 'de' });
  });

  it('refuses text that is not a language tag, saying what one looks like', () => {
    expect(parseLanguageTag('German')).toMatchObject({ ok: false, message: expect.stringContaining('pt-BR') });
    expect(parseLanguageTag('d e')).toMatchObject({ ok: false });
    expect(parseLanguageTag('')).toMatchObject({ ok: false });
  });
});

describe('addLanguage', () => {
  it('declares English as the source language when the mission declared none, then adds the new one', () => {
    expect(addLanguage(meta(), 'fr')).toEqual({ ok: true, value: meta(['en', 'fr']) });
  });

  it('adds after the languages already declared and refuses one already there', () => {
    expect(addLanguage(meta(['de', 'en']), 'ja')).toEqual({ ok: true, value: meta(['de', 'en', 'ja']) });
    expect(addLanguage(meta(['en', 'de']), 'DE')).toMatchObject({ ok: false, message: "de is already one of the mission's languages." });
  });
});

describe('removeLanguage', () => {
  it('removes a translation language and never the source language', () => {
    expect(removeLanguage(meta(['en', 'de', 'fr']), 'de')).toEqual(meta(['en', 'fr']));
    expect(removeLanguage(meta(['en', 'de']), 'en')).toEqual(meta(['en', 'de']));
    expect(removeLanguage(meta(['en', 'de']), 'ja')).toEqual(meta(['en', 'de']));
  });
});

describe('languageName', () => {
  it('names a language in English, and falls back to its tag', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('qaa')).toBe('qaa');
  });
});
