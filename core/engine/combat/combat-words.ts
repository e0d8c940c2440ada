/**
 * A fight in the player's words, shared by the exported HTML player and the editor's preview so both say the
 * same thing: what each stance does (the stance buttons' tooltips), what auto-resolve does, and one shot as a
 * sentence.
 */
import type { Stance } from './combat.types';

/** What each stance does, as its button's tooltip says it. */
export const STANCE_HELP: Readonly<Record<Stance, string>> = {
  attack: 'Attack: deal more damage this round, but dodge less.',
  defend: 'Defend: take less damage and recharge shields faster, but deal less.',
  evasive: 'Evasive: dodge more this round, at a little less damage.',
};

/** What the auto-resolve button does. */
export const AUTO_RESOLVE_HELP = 'Let your side fight the rest of the fight on its own, picking a stance each round.';

/** One shot, with the names of who fired and who was aimed at. */
export interface NamedShot {
  attackerName: string;
  targetName: string;
  hit: boolean;
  damage: number;
  shieldDamage: number;
  destroyed: boolean;
}

/** One shot in words: "Jem'Hadar Attack Ship 2 hits USS Belfast-C for 14 hull". */
export function shotWords(shot: NamedShot): string {
  if (!shot.hit) return `${shot.attackerName} misses ${shot.targetName}`;
  const parts = [
    shot.shieldDamage > 0 ? `${shot.shieldDamage} shields` : '',
    shot.damage > 0 || shot.shieldDamage === 0 ? `${shot.damage} hull` : '',
  ].filter(Boolean);
  return `${shot.attackerName} hits ${shot.targetName} for ${parts.join(' and ')}${shot.destroyed ? ', destroying it' : ''}`;
}
