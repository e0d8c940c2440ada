import { describe, expect, it } from 'vitest';
import type { Mission } from '@mission-studio/core/format';
import { localizer, sourceText, type Translation } from '@mission-studio/core/strings';
import { combatantNamer } from './unit-names';

const mission = {
  units: [
    { id: 'soldier', name: "Jem'Hadar Soldier", kind: 'ground' },
    { id: 'ship', name: 'Attack Ship', kind: 'space' },
  ],
} as unknown as Mission;
const german = { language: 'de', entries: new Map([['unit.soldier.name', { text: "Jem'Hadar-Soldat" }]]) } as unknown as Translation;

describe('combatantNamer', () => {
  it('names a unit in the chosen language and keeps the number the fight gave it', () => {
    const name = combatantNamer(mission, localizer(german));
    expect(name({ unit: 'soldier', name: "Jem'Hadar Soldier 2" })).toBe("Jem'Hadar-Soldat 2");
    expect(name({ unit: 'soldier', name: "Jem'Hadar Soldier" })).toBe("Jem'Hadar-Soldat");
  });

  it('falls back to the source name where the translation lacks the unit', () => {
    expect(combatantNamer(mission, localizer(german))({ unit: 'ship', name: 'Attack Ship 1' })).toBe('Attack Ship 1');
  });

  it("shows the engine's name as it is in the source language, or when the unit is not in the mission", () => {
    expect(combatantNamer(mission, sourceText)({ unit: 'soldier', name: "Jem'Hadar Soldier 2" })).toBe("Jem'Hadar Soldier 2");
    expect(combatantNamer(mission, localizer(german))({ unit: 'gone', name: 'Gone 1' })).toBe('Gone 1');
  });
});
