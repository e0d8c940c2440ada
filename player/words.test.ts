import { describe, expect, it } from 'vitest';
import type { FightView, RoundView, RuntimeFile, ShotView } from '@mission-studio/core/runtime';
import {
  factionLabel,
  goalWords,
  isUntranslated,
  languageName,
  outcomeWords,
  parseSeed,
  roundHeading,
  roundNotes,
  shotWords,
  textOf,
} from './words';

const shot = (over: Partial<ShotView>): ShotView => ({
  attacker: 'jemhadar-attack-ship#2',
  target: 'uss-belfast-c#1',
  attackerName: "Jem'Hadar Attack Ship 2",
  targetName: 'USS Belfast-C',
  hit: true,
  damage: 14,
  shieldDamage: 0,
  destroyed: false,
  ...over,
});

describe("the player's words", () => {
  it('says who hit whom for how much, shields first, and who missed', () => {
    expect(shotWords(shot({}))).toBe("Jem'Hadar Attack Ship 2 hits USS Belfast-C for 14 hull");
    expect(shotWords(shot({ shieldDamage: 30, damage: 0 }))).toBe("Jem'Hadar Attack Ship 2 hits USS Belfast-C for 30 shields");
    expect(shotWords(shot({ shieldDamage: 6, damage: 9, destroyed: true }))).toBe(
      "Jem'Hadar Attack Ship 2 hits USS Belfast-C for 6 shields and 9 hull, destroying it",
    );
    expect(shotWords(shot({ hit: false, damage: 0 }))).toBe("Jem'Hadar Attack Ship 2 misses USS Belfast-C");
  });

  it('heads a round with its number and stance, and closes it with the wave that arrived and the outcome it decided', () => {
    const round: RoundView = {
      nodeId: 'fight',
      round: 3,
      stance: 'defend',
      shots: [shot({}), shot({ hit: false, damage: 0 })],
      waveArrived: 2,
      outcome: 'victory',
      allies: [],
      enemies: [],
    };
    expect(roundHeading(round)).toBe('Round 3 (defend)');
    expect(roundNotes(round)).toEqual(['Wave 2 arrives.', 'Victory.']);
    expect(roundNotes({ ...round, waveArrived: undefined, outcome: null })).toEqual([]);
    expect(outcomeWords('defeat', 1)).toBe('Defeat after 1 round.');
    expect(outcomeWords('victory', 7)).toBe('Victory after 7 rounds.');
  });

  it("names a fight's goal, the units to protect by name", () => {
    const fight = (goal: FightView['goal']): FightView => ({
      mode: 'space',
      goal,
      roundLimit: 10,
      round: 0,
      wave: 1,
      allies: [],
      enemies: [],
    });
    const name = (unit: string) => unit.toUpperCase();
    expect(goalWords(fight({ type: 'defeat-all' }), name)).toBe('Defeat every enemy');
    expect(goalWords(fight({ type: 'survive', rounds: 1 }), name)).toBe('Survive 1 round');
    expect(goalWords(fight({ type: 'protect', units: ['a', 'b'], atLeast: 1 }), name)).toBe('Protect at least 1 of A, B');
    expect(goalWords(fight({ type: 'protect', units: ['a'] }), name)).toBe('Protect A');
  });

  it('names factions and languages, and reads a seed or falls back to 1', () => {
    expect(factionLabel('federation')).toBe('Federation');
    expect(factionLabel('free-traders_guild')).toBe('Free Traders Guild');
    expect(languageName('de')).toBe('Deutsch');
    expect(languageName('not a language')).toBe('not a language');
    expect([
      parseSeed('7'),
      parseSeed(' 0 '),
      parseSeed(''),
      parseSeed('-1'),
      parseSeed('2.5'),
      parseSeed('abc'),
      parseSeed('99999999999'),
    ]).toEqual([7, 0, 1, 1, 1, 1, 1]);
  });

  it('looks a string up in a language, then the source language, then shows its id', () => {
    const file = { languages: ['en', 'de'], strings: { en: { a: 'A', b: 'B' }, de: { a: 'Ä' } } } as unknown as RuntimeFile;
    expect([textOf(file, 'de', 'a'), textOf(file, 'de', 'b'), textOf(file, 'de', 'c')]).toEqual(['Ä', 'B', 'c']);
  });
});

describe('isUntranslated', () => {
  const file = { languages: ['en', 'de'], strings: { en: { a: 'Hello', b: 'Bye' }, de: { a: 'Hallo' } } } as unknown as RuntimeFile;

  it('marks a string the chosen language lacks, and never one of the source language', () => {
    expect(isUntranslated(file, 'de', 'a')).toBe(false);
    expect(isUntranslated(file, 'de', 'b')).toBe(true);
    expect(isUntranslated(file, 'en', 'b')).toBe(false);
    expect(textOf(file, 'de', 'b')).toBe('Bye');
  });
});
