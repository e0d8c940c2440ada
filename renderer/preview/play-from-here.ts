/**
 * "Play from here": the explorer's witness (core/engine `witnessFor`) says which inputs reach a node; replaying
 * them with the simulator gives the variables the run has as it enters the node, which the designer may edit
 * before starting there (`startRun` with `at` and `variables`).
 */
import { advance, replayInputs, startRun, type RunEvent, type Witness, type WitnessSearch } from '@mission-studio/core/engine';
import type { Mission, Value } from '@mission-studio/core/format';

/** What the pane shows before starting from a node: who gets there, how, and with which variables. */
export interface FromHerePlan {
  nodeId: string;
  faction: string;
  /** The variables as the witness run enters the node; the designer may change them before starting. */
  variables: Record<string, Value>;
  /** How many inputs the witness takes to get there. */
  steps: number;
}

/** Variables as the run enters `nodeId`: the state before the witness's last step, plus that step's effects up to entering it. */
export function variablesAtEntry(mission: Mission, witness: Witness, nodeId: string): Record<string, Value> | null {
  // Fights in a witness are forced, so any seed follows it.
  const options = { faction: witness.faction, seed: 1 };
  let variables: Record<string, Value>;
  let events: readonly RunEvent[];
  const last = witness.inputs[witness.inputs.length - 1];
  if (last === undefined) {
    variables = Object.fromEntries(mission.variables.map((v) => [v.id, v.initial]));
    events = startRun(mission, options).events;
  } else {
    const before = replayInputs(mission, options, witness.inputs.slice(0, -1));
    if (before.divergedAt) return null;
    variables = { ...before.state.variables };
    events = advance(mission, before.state, last).events;
  }
  for (const e of events) {
    if (e.type === 'enter-node' && e.nodeId === nodeId) return variables;
    if (e.type === 'effect') variables[e.variable] = e.after;
  }
  return null;
}

/** The plan for a node from a witness search, or why there is none. */
export function planFromHere(mission: Mission, nodeId: string, search: WitnessSearch): FromHerePlan | { error: string } {
  const title = mission.nodes.find((n) => n.id === nodeId)?.title ?? nodeId;
  if (!search.witness) {
    return {
      error: search.complete
        ? `No run reaches "${title}".`
        : `No way to "${title}" was found in the first ${search.states.toLocaleString('en')} states; it may still be reachable.`,
    };
  }
  const variables = variablesAtEntry(mission, search.witness, nodeId);
  if (!variables) return { error: `The way to "${title}" no longer replays; the mission changed.` };
  return { nodeId, faction: search.witness.faction, variables, steps: search.witness.inputs.length };
}
