/**
 * The random player on the rich simulator (`startRun` / `advance`): slow, but it is the reference the fast path
 * must match, and what `mission-studio simulate --choices random` plays.
 */
import type { Mission } from '../../format/mission.types';
import { STANCES } from '../combat/combat.types';
import type { Input } from '../compile/inputs';
import { advance } from '../simulator/advance';
import type { RunState } from '../simulator/run-state.types';
import { startRun } from '../simulator/start-run';
import type { RandomRunOptions, RandomRunResult } from './monte-carlo.types';
import { createPickRng, pickIndex, type CombatPolicyName, type PickRng } from './random-policy';

/** Picks the random player's next input for a run state. */
export interface RandomChooser {
  /** The faction the run seed drew. */
  faction: string;
  /** The next input, or null when the run no longer waits for one. */
  choose(state: RunState): Input | null;
}

/** The random player of the run seeded `runSeed`: draws its faction first, then one number per choice. */
export function createRandomChooser(runSeed: number, factions: readonly string[], policy: CombatPolicyName = 'auto'): RandomChooser {
  const rng: PickRng = createPickRng(runSeed);
  const faction = factions[pickIndex(rng, Math.max(1, factions.length))] ?? '';
  return {
    faction,
    choose(state) {
      if (state.status !== 'awaiting-input') return null;
      if (state.combat !== null) {
        const nodeId = state.combat.nodeId;
        if (policy === 'auto') return { kind: 'combat-auto', nodeId };
        return { kind: 'combat', nodeId, stance: STANCES[pickIndex(rng, 3)] ?? 'attack' };
      }
      const inputs = state.available.map((o) => o.input);
      return inputs[pickIndex(rng, inputs.length)] ?? null;
    },
  };
}

/** One random playthrough on the simulator, with its final state. */
export function playRandomRun(mission: Mission, runSeed: number, options: RandomRunOptions = {}): RandomRunResult & { state: RunState } {
  const chooser = createRandomChooser(runSeed, options.factions ?? mission.meta.factions, options.combatPolicy);
  const maxInputs = options.maxInputs ?? 10_000;
  let state = startRun(mission, { faction: chooser.faction, seed: runSeed });
  let rounds = 0;
  for (;;) {
    const input = chooser.choose(state);
    if (input === null) break;
    if (state.inputs.length >= maxInputs) {
      return finish(state, rounds, options, { status: 'cut', reason: `cut after ${maxInputs} inputs` });
    }
    const next = advance(mission, state, input);
    rounds += next.events.filter((e) => e.type === 'combat-round').length;
    state = next.state;
  }
  return finish(state, rounds, options, null);
}

function finish(
  state: RunState,
  rounds: number,
  options: RandomRunOptions,
  cut: { status: 'cut'; reason: string } | null,
): RandomRunResult & { state: RunState } {
  const status = cut ? 'cut' : state.status === 'ended' ? 'ended' : 'stopped';
  return {
    faction: state.faction,
    status,
    nodeId: state.nodeId,
    inputs: state.inputs.length,
    rounds,
    reason: cut ? cut.reason : state.status === 'error' ? (state.error?.message ?? 'the run stopped') : null,
    ...(options.record ? { recorded: state.inputs } : {}),
    state,
  };
}
