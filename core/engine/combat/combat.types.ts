/** Shared types of the seeded combat model (see README.md in this folder for the rules). */

/** How the allied side fights this round. Enemies always fight with a fixed, neutral stance. */
export type Stance = 'attack' | 'defend' | 'evasive';

/** Every stance, in the order the preview and the balance tool list them. */
export const STANCES: readonly Stance[] = ['attack', 'defend', 'evasive'];

/** One ship or squad member in a fight, with its current bars. */
export interface Combatant {
  /** Unique in the fight: `<unit id>#<n>`, numbered from 1 per unit across both sides, e.g. `uss-fletcher#1`. */
  key: string;
  /** The `mission.units` id it was built from. */
  unit: string;
  /** Display name: the unit's name, with a number when the fight has more than one of that unit. */
  name: string;
  side: 'ally' | 'enemy';
  /** The enemy wave it belongs to (allies: 1). */
  wave: number;
  hull: number;
  maxHull: number;
  shields: number;
  maxShields: number;
  alive: boolean;
}

/** A whole fight between rounds: plain JSON, so it can be saved with JSON.stringify and restored. */
export interface CombatState {
  nodeId: string;
  /** Rounds played so far (0 before the first). */
  round: number;
  /** The enemy wave on the field. */
  wave: number;
  allies: Combatant[];
  /** All waves; later waves wait at full strength until they arrive. */
  enemies: Combatant[];
  /** The xoroshiro128plus state (four 32-bit integers). */
  rng: number[];
  outcome: 'victory' | 'defeat' | null;
}

/** One shot. `damage` is what the hull lost, `shieldDamage` what the shields absorbed (both 0 on a miss). */
export interface CombatHit {
  attacker: string;
  target: string;
  hit: boolean;
  damage: number;
  shieldDamage: number;
  destroyed: boolean;
}

/** What happened in one round, with both sides' bars after it (for the preview pane). */
export interface CombatRoundReport {
  round: number;
  stance: Stance;
  hits: CombatHit[];
  /** The wave that arrived at the end of this round, if one did. */
  waveArrived?: number;
  outcome: 'victory' | 'defeat' | null;
  allies: Combatant[];
  enemies: Combatant[];
}

/** Monte Carlo figures for one policy on one combat node. */
export interface PolicyStats {
  policy: string;
  runs: number;
  winRate: number;
  roundsMedian: number;
  roundsP90: number;
  /** Allied combatants destroyed per fight, on average. */
  allyLossesMean: number;
}

/** Monte Carlo figures for one combat node, every policy on the same seeds. */
export interface CombatBalance {
  nodeId: string;
  /** Index of the node in `mission.nodes`, for the diagnostic's JSON pointer. */
  nodeIndex: number;
  title: string;
  policies: PolicyStats[];
  /** The policy with the highest win rate (fewer median rounds breaks a tie). */
  best: string;
  /** The policy with the lowest win rate. */
  worst: string;
}
