/** Recording a finished run as a playthrough, and writing playthroughs in their canonical layout. */
import type { Mission, Value } from '../../format/mission.types';
import type { RunState } from '../simulator/run-state.types';
import { playSteps } from './play-steps';
import { PLAYTHROUGH_FORMAT, type Playthrough } from './playthrough.types';
import { transcriptHash } from './transcript';

/** Options of `recordPlaythrough`. */
export interface RecordOptions {
  /** Variables to pin (default: every declared variable). */
  variables?: readonly string[];
  description?: string;
}

/**
 * The playthrough of a run that has ended. Throws a clear Error for a run that has not ended, or one that its
 * inputs do not rebuild from the faction's start (started `at` a node or with changed variables).
 */
export function recordPlaythrough(mission: Mission, run: RunState, options: RecordOptions = {}): Playthrough {
  if (run.status !== 'ended' || run.ending === null) {
    throw new Error(
      `only a run that has reached an ending can be recorded (this one ${run.status === 'error' ? 'stopped with an error' : 'waits for input'})`,
    );
  }
  const replay = playSteps(mission, { faction: run.faction, seed: run.seed }, run.inputs);
  if (replay.divergedAt || replay.state.ending?.nodeId !== run.ending.nodeId) {
    throw new Error('the run cannot be rebuilt from its inputs (was it started at a node or with changed variables?)');
  }
  const names = options.variables ?? mission.variables.map((v) => v.id);
  const variables: Record<string, Value> = {};
  for (const name of names) {
    if (!Object.hasOwn(run.variables, name)) throw new Error(`the mission has no variable "${name}"`);
    Object.defineProperty(variables, name, { value: run.variables[name], enumerable: true, writable: true, configurable: true });
  }
  return {
    format: PLAYTHROUGH_FORMAT,
    mission: mission.meta.id,
    ...(options.description !== undefined ? { description: options.description } : {}),
    faction: run.faction,
    seed: run.seed,
    inputs: run.inputs.map((i) => ({ ...i })),
    expect: {
      ending: run.ending.nodeId,
      outcome: run.ending.outcome,
      variables,
      transcriptHash: transcriptHash(mission, replay.steps),
    },
  };
}

/** A playthrough as file text: 2-space JSON, one input per line (so a changed input is a one-line diff). */
export function serializePlaythrough(p: Playthrough): string {
  const head: Record<string, unknown> = { format: p.format, mission: p.mission };
  if (p.description !== undefined) head['description'] = p.description;
  head['faction'] = p.faction;
  head['seed'] = p.seed;
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const inputs = p.inputs.map((input, i) => `    ${JSON.stringify(input)}${i < p.inputs.length - 1 ? ',' : ''}`);
  const expect = JSON.stringify(p.expect, null, 2).replace(/\n/g, '\n  ');
  return [
    '{',
    ...lines,
    inputs.length > 0 ? '  "inputs": [' : '  "inputs": [],',
    ...(inputs.length > 0 ? [...inputs, '  ],'] : []),
    `  "expect": ${expect}`,
    '}',
    '',
  ].join('\n');
}
