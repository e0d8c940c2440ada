import type { Combatant } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';
import { nameStringId, sourceText, type Localize } from '@mission-studio/core/strings';

/** How the preview names a fight's unit. */
export type CombatantNamer = (combatant: Pick<Combatant, 'unit' | 'name'>) => string;

/** The engine's own names, in the source language. */
export const sourceNames: CombatantNamer = (c) => c.name;

/**
 * Names a fight's units in the preview's language: the unit's translated name (`unit.<id>.name`), followed by
 * the number the engine gave it when the fight has several of that unit ("Jem'Hadar-Soldat 2").
 */
export function combatantNamer(mission: Mission, localize: Localize): CombatantNamer {
  if (localize === sourceText) return sourceNames;
  const names = new Map(mission.units.map((u) => [u.id, u.name]));
  return (c) => {
    const source = names.get(c.unit);
    // A name the engine did not make from the unit's name (the unit renamed since) is shown as it is.
    if (source === undefined || !c.name.startsWith(source)) return c.name;
    return localize(nameStringId('unit', c.unit), source).text + c.name.slice(source.length);
  };
}
