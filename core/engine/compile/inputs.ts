/**
 * What the player can do, as plain JSON, and how it maps onto the kernel's ports. Shared by the simulator
 * (which takes inputs) and the explorer (whose witnesses are lists of inputs the simulator can replay).
 */
import type { MissionNode } from '../../format/mission.types';
import type { Stance } from '../combat/combat.types';
import { KIND_COMBAT, KIND_DIALOG, KIND_HUB, KIND_OBJECTIVE, type CompiledMission } from './compiled-mission.types';

/** The outcome of a fight. */
export type CombatOutcome = 'victory' | 'defeat';

/** One thing the player does. `optionId` of a hub may be `continue`. */
export type Input =
  | { kind: 'choice'; nodeId: string; choiceId: string }
  | { kind: 'hub'; nodeId: string; optionId: string }
  | { kind: 'objective'; nodeId: string }
  | { kind: 'combat'; nodeId: string; stance: Stance }
  | { kind: 'combat-auto'; nodeId: string }
  | { kind: 'combat-force'; nodeId: string; outcome: CombatOutcome };

/** True when two inputs are the same action (inputs may have come through JSON, so compare fields). */
export function sameInput(a: Input, b: Input): boolean {
  if (a.kind !== b.kind || a.nodeId !== b.nodeId) return false;
  switch (a.kind) {
    case 'choice':
      return a.choiceId === (b as typeof a).choiceId;
    case 'hub':
      return a.optionId === (b as typeof a).optionId;
    case 'combat':
      return a.stance === (b as typeof a).stance;
    case 'combat-force':
      return a.outcome === (b as typeof a).outcome;
    case 'objective':
    case 'combat-auto':
      return true;
  }
}

/** The input that takes port `local` of node `node` (for a combat node, forcing that outcome). */
export function inputForPort(cm: CompiledMission, node: number, local: number): Input {
  const nodeId = cm.nodeIds[node] as string;
  const portId = cm.portIds[(cm.portStart[node] as number) + local] as string;
  switch (cm.kind[node]) {
    case KIND_DIALOG:
      return { kind: 'choice', nodeId, choiceId: portId };
    case KIND_HUB:
      return { kind: 'hub', nodeId, optionId: portId };
    case KIND_OBJECTIVE:
      return { kind: 'objective', nodeId };
    case KIND_COMBAT:
      return { kind: 'combat-force', nodeId, outcome: local === 0 ? 'victory' : 'defeat' };
    default:
      throw new Error(`node "${nodeId}" takes no input`);
  }
}

/** The label the player sees for port `local` of a dialog or hub node. */
export function portLabel(node: MissionNode, local: number): string {
  if (node.type === 'dialog') return node.data.choices[local]?.text ?? '';
  if (node.type === 'hub') return node.data.options[local]?.label ?? node.data.continue.label;
  return '';
}

/** The start node for a faction: its own start, else an `any` start, else -1. */
export function findStartNode(cm: CompiledMission, faction: string): number {
  let any = -1;
  const nodes = cm.mission.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as MissionNode;
    if (node.type !== 'start') continue;
    if (node.data.faction === faction) return i;
    if (node.data.faction === 'any' && any < 0) any = i;
  }
  return any;
}

/** The local port index an input takes at `node`, or -1 when it names no port there. */
export function portForInput(cm: CompiledMission, node: number, input: Input): number {
  const first = cm.portStart[node] as number;
  const end = cm.portStart[node + 1] as number;
  let id: string;
  if (input.kind === 'choice') id = input.choiceId;
  else if (input.kind === 'hub') id = input.optionId;
  else if (input.kind === 'objective') id = 'done';
  else if (input.kind === 'combat-force') id = input.outcome;
  else return -1;
  for (let p = first; p < end; p++) if (cm.portIds[p] === id) return p - first;
  return -1;
}
