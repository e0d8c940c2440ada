/** Turns a kernel stop into the next `RunState`: what the player may now do, the ending, or the error. */
import type { MissionNode } from '../../format/mission.types';
import type { CompiledMission } from '../compile/compiled-mission.types';
import type { Cursor } from '../compile/cursor';
import { inputForPort, portLabel, type Input } from '../compile/inputs';
import { listPorts, STOP_END, STOP_ERROR, type StopCode } from '../compile/step';
import type { CombatState } from '../combat/combat.types';
import { beginCombat, combatInputs } from './run-combat';
import { getKey, usedOnceOf, variablesOf } from './run-cursor';
import type { RunRecorder } from './run-recorder';
import type { OfferedInput, RunState } from './run-state.types';

type Offer = { available: OfferedInput[]; combat: CombatState | null } | { error: string };

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** What the player may do at the node the cursor waits at, or why nothing can be done there. */
function offerInputs(cm: CompiledMission, c: Cursor, rec: RunRecorder, seed: number): Offer {
  const node = cm.mission.nodes[c.node] as MissionNode;
  if (node.type === 'objective') {
    return { available: [{ input: { kind: 'objective', nodeId: node.id }, label: node.data.text }], combat: null };
  }
  if (node.type === 'combat') {
    try {
      const combat = beginCombat(cm.mission, seed, node.id, getKey(rec.visits, node.id) ?? 1);
      return { available: combatInputs(node.id), combat };
    } catch (e) {
      return { error: cm.combatProblem[c.node] ?? `the fight cannot start: ${messageOf(e)}` };
    }
  }
  const ports: number[] = [];
  const count = listPorts(cm, c, ports);
  if (count < 0) return { error: c.error ?? 'a condition failed' };
  if (count === 0) return { error: 'soft-lock: nothing can be chosen here' };
  const available = ports.map((p) => ({ input: inputForPort(cm, c.node, p), label: portLabel(node, p) }));
  return { available, combat: null };
}

/** The fields of a run state that a kernel call does not decide. */
export interface SettleBase {
  missionId: string;
  faction: string;
  seed: number;
  usedOnce: string[];
  inputs: Input[];
  events: RunState['events'];
}

/** The run state after the kernel stopped with `code`; appends the recorder's events (and the stop's own). */
export function settle(cm: CompiledMission, base: SettleBase, c: Cursor, code: StopCode, rec: RunRecorder): RunState {
  const nodeId = c.node >= 0 ? (cm.nodeIds[c.node] ?? null) : null;
  const state: RunState = {
    missionId: base.missionId,
    faction: base.faction,
    seed: base.seed,
    status: 'awaiting-input',
    nodeId,
    variables: variablesOf(cm, c),
    visits: rec.visits,
    usedOnce: usedOnceOf(cm, c, base.usedOnce),
    objectives: rec.objectives,
    combat: null,
    available: [],
    inputs: base.inputs,
    ending: null,
    error: null,
    events: base.events,
  };
  const node = cm.mission.nodes[c.node];
  if (code === STOP_END && node?.type === 'end') {
    state.status = 'ended';
    state.ending = { nodeId: node.id, outcome: node.data.outcome, text: node.data.text };
  } else if (code === STOP_ERROR) {
    stopWithError(state, rec, c.error ?? 'the run stopped', nodeId);
  } else {
    const offer = offerInputs(cm, c, rec, base.seed);
    if ('error' in offer) stopWithError(state, rec, offer.error, nodeId);
    else {
      state.available = offer.available;
      state.combat = offer.combat;
      rec.events.push({ type: 'choice-offered', nodeId: nodeId ?? '', options: offer.available });
    }
  }
  state.events = [...base.events, ...rec.events];
  return state;
}

function stopWithError(state: RunState, rec: RunRecorder, message: string, nodeId: string | null): void {
  state.status = 'error';
  state.error = nodeId === null ? { message } : { message, nodeId };
  rec.events.push(nodeId === null ? { type: 'error', message } : { type: 'error', message, nodeId });
}
