/** Starting a run: a faction's start node (or any node, for playtesting), run on to the first input. */
import type { Mission } from '../../format/mission.types';
import { getCompiledMission } from '../compile/compile-mission';
import { createCursor } from '../compile/cursor';
import { findStartNode } from '../compile/inputs';
import { fitsSlot, runFrom, STOP_ERROR } from '../compile/step';
import { createRecorder } from './run-recorder';
import { settle } from './settle';
import type { RunState, StartOptions } from './run-state.types';

/** Starts a run. Never throws: a run that cannot start is a state with status `error` and an `error` event. */
export function startRun(mission: Mission, options: StartOptions): RunState {
  const cm = getCompiledMission(mission);
  const { faction, seed } = options;
  const c = createCursor(cm, faction);
  const rec = createRecorder(cm, {}, []);
  const base = { missionId: mission.meta.id, faction, seed, usedOnce: [], inputs: [], events: [] };
  const failed = (message: string): RunState => {
    c.node = -1;
    c.error = message;
    return settle(cm, base, c, STOP_ERROR, rec);
  };

  if (!mission.meta.factions.includes(faction)) return failed(`the mission has no faction "${faction}"`);
  for (const [name, value] of Object.entries(options.variables ?? {})) {
    const slot = cm.slotByName.get(name);
    if (slot === undefined) return failed(`the mission has no variable "${name}"`);
    if (cm.slots[slot]?.readOnly) return failed(`"${name}" is read-only`);
    if (!fitsSlot(cm, slot, value)) return failed(`${JSON.stringify(value)} does not fit variable "${name}"`);
    c.vars[slot] = value;
  }
  let start: number;
  if (options.at !== undefined) {
    start = cm.nodeIndexById.get(options.at) ?? -1;
    if (start < 0) return failed(`the mission has no node "${options.at}"`);
  } else {
    start = findStartNode(cm, faction);
    if (start < 0) return failed(`no start node for faction "${faction}" and no "any" start`);
  }
  return settle(cm, base, c, runFrom(cm, c, start, rec), rec);
}
