/**
 * Restoring a save game, also into a newer export of the same mission. Everything a save holds is keyed by the
 * ids designers keep stable (variables, nodes, hub options), so what still exists is carried over by id and what
 * does not is reported, one sentence each, instead of refusing the save (ink loses saves whenever the story
 * changes: inkle/ink#310).
 */
import type { CombatState } from '../engine/combat/combat.types';
import type { Input } from '../engine/compile/inputs';
import { resumeRun } from '../engine/simulator/override-variables';
import { replayInputs } from '../engine/simulator/replay-inputs';
import type { ObjectiveProgress, RunState } from '../engine/simulator/run-state.types';
import type { Mission, Value } from '../format/mission.types';
import { missionOf, pickLanguage } from './create-run';
import { Run, RunError } from './run';
import type { RuntimeFile, RuntimeVariable } from './runtime-file.types';
import { RUNTIME_SAVE_FORMAT, type HandOffs, type RestoreReport, type RunSave } from './runtime.types';

type SavedState = RunSave['state'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a saved value still fits a variable's declaration. */
function fits(v: RuntimeVariable, value: unknown): value is Value {
  if (v.type === 'bool') return typeof value === 'boolean';
  if (v.type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (v.type === 'string') return typeof value === 'string';
  return typeof value === 'string' && (v.values ?? []).includes(value);
}

function mapVariables(file: RuntimeFile, saved: Record<string, unknown>, notes: string[]): Record<string, Value> {
  const variables: Record<string, Value> = {};
  for (const v of file.variables) {
    if (!Object.hasOwn(saved, v.id)) notes.push(`variable "${v.id}" is new: it starts at ${JSON.stringify(v.initial)}`);
    else if (!fits(v, saved[v.id]))
      notes.push(`variable "${v.id}" no longer takes ${JSON.stringify(saved[v.id])}: it is reset to ${JSON.stringify(v.initial)}`);
    const value = saved[v.id];
    variables[v.id] = fits(v, value) ? value : v.initial;
  }
  const declared = new Set(file.variables.map((v) => v.id));
  for (const name of Object.keys(saved))
    if (!declared.has(name))
      notes.push(`variable "${name}" is no longer in the mission: its value ${JSON.stringify(saved[name])} is dropped`);
  return variables;
}

function mapState(file: RuntimeFile, save: RunSave, notes: string[]): RunState {
  const s: SavedState = save.state;
  const hasNode = (id: string): boolean => Object.hasOwn(file.nodes, id);
  const visits: Record<string, number> = {};
  for (const [id, n] of Object.entries(isRecord(s.visits) ? s.visits : {})) {
    if (hasNode(id) && typeof n === 'number') visits[id] = n;
    else notes.push(`node "${id}" is no longer in the mission: its visits are dropped`);
  }
  const onceKeys = new Set<string>();
  for (const [id, node] of Object.entries(file.nodes))
    if (node.type === 'hub') for (const o of node.options) if (o.once) onceKeys.add(`${id}/${o.id}`);
  const usedOnce = (Array.isArray(s.usedOnce) ? s.usedOnce : []).filter((key) => {
    const kept = onceKeys.has(key);
    if (!kept) notes.push(`one-time option "${key}" is no longer in the mission (or no longer one-time): forgotten`);
    return kept;
  });
  const objectives: ObjectiveProgress[] = [];
  for (const o of Array.isArray(s.objectives) ? s.objectives : []) {
    const node = file.nodes[o.nodeId];
    if (node?.type === 'objective') objectives.push({ nodeId: o.nodeId, text: node.text, optional: node.optional, status: o.status });
    else notes.push(`objective "${o.nodeId}" is no longer in the mission: dropped from the tracker`);
  }
  return {
    missionId: file.mission.id,
    faction: save.faction,
    seed: save.seed,
    status: s.status,
    nodeId: s.nodeId,
    variables: mapVariables(file, isRecord(s.variables) ? s.variables : {}, notes),
    visits,
    usedOnce,
    objectives,
    combat: null,
    available: [],
    inputs: (Array.isArray(s.inputs) ? s.inputs : []) as Input[],
    ending: null,
    error: s.error === null ? null : { message: s.error },
    events: [],
  };
}

/** The saved fight, when it still matches the combat node and its units; else null (the fight starts over). */
function savedFight(file: RuntimeFile, save: RunSave, notes: string[]): CombatState | null {
  const combat = save.state.combat as CombatState | null;
  if (!isRecord(combat) || combat.nodeId !== save.state.nodeId) return null;
  const units = [...(combat.allies ?? []), ...(combat.enemies ?? [])].map((c) => c.unit);
  if (save.version === file.version || units.every((u) => Object.hasOwn(file.units, u))) return combat;
  notes.push(`the fight at "${combat.nodeId}" names units the mission no longer has: it starts over`);
  return null;
}

/** The state placed where the save stands, or null when that place no longer exists as a place to stand. */
function placeState(mission: Mission, file: RuntimeFile, save: RunSave, notes: string[]): RunState | null {
  const state = mapState(file, save, notes);
  const nodeId = save.state.nodeId;
  const node = nodeId === null ? undefined : file.nodes[nodeId];
  if (save.state.status === 'ended') {
    if (node?.type !== 'end') return null;
    return { ...state, ending: { nodeId: nodeId as string, outcome: node.outcome, text: node.text } };
  }
  if (save.state.status === 'error') return null;
  if (node === undefined || !['dialog', 'hub', 'objective', 'combat'].includes(node.type)) return null;
  const resumed = resumeRun(mission, { ...state, combat: node.type === 'combat' ? savedFight(file, save, notes) : null });
  return resumed.state.status === 'awaiting-input' ? resumed.state : null;
}

/**
 * Restores a save made by `run.save()`, with this export of the mission or an older one. Returns the run and a
 * report of what could not be carried over by id. Throws a RunError only for a save of another mission or
 * something that is not a save at all.
 */
export function restoreRun(file: RuntimeFile, save: unknown, handOffs?: HandOffs): { run: Run; report: RestoreReport } {
  if (!isRecord(save) || save['format'] !== RUNTIME_SAVE_FORMAT || !isRecord(save['state']))
    throw new RunError(`not a ${RUNTIME_SAVE_FORMAT} save`);
  const s = save as unknown as RunSave;
  if (s.mission !== file.mission.id) throw new RunError(`the save is of mission "${s.mission}", not "${file.mission.id}"`);
  if (!file.mission.factions.includes(s.faction)) throw new RunError(`the mission no longer has the save's faction "${s.faction}"`);
  const mission = missionOf(file);
  const language = file.languages.includes(s.language) ? s.language : pickLanguage(file, undefined);
  const notes: string[] = [];
  if (language !== s.language) notes.push(`the mission no longer has "${s.language}" strings: shown in ${language}`);
  const placed = placeState(mission, file, s, notes);
  if (placed)
    return {
      run: new Run(file, mission, placed, language, handOffs),
      report: { exact: s.version === file.version && notes.length === 0, unmapped: notes },
    };
  // The place is gone: play the saved inputs again on this mission, as far as they still go.
  const inputs = Array.isArray(s.state.inputs) ? (s.state.inputs as Input[]) : [];
  const replay = replayInputs(mission, { faction: s.faction, seed: s.seed }, inputs);
  const reached = replay.divergedAt?.index ?? inputs.length;
  notes.push(
    `the save stood at "${s.state.nodeId ?? ''}", which this mission no longer has as a place to stop: replayed ${reached} of ${inputs.length} inputs from the start${replay.divergedAt ? ` (${replay.divergedAt.reason})` : ''}`,
  );
  return { run: new Run(file, mission, { ...replay.state, events: [] }, language, handOffs), report: { exact: false, unmapped: notes } };
}
