/** The simulator's event sink: turns what the kernel does into `RunEvent`s, visit counts and objectives. */
import type { MissionNode, Value } from '../../format/mission.types';
import { lineStringId, nodeTextStringId } from '../../strings/mission-strings';
import type { CompiledMission } from '../compile/compiled-mission.types';
import type { StepSink } from '../compile/step';
import { getKey, setKey } from './run-cursor';
import type { ObjectiveProgress, RunEvent } from './run-state.types';

/** A sink that records; its fields are fresh copies, so the old run state is never touched. */
export interface RunRecorder extends StepSink {
  readonly events: RunEvent[];
  readonly visits: Record<string, number>;
  objectives: ObjectiveProgress[];
}

/** Starts recording from the given visits and objectives (copied, not changed). */
export function createRecorder(cm: CompiledMission, visits: Record<string, number>, objectives: readonly ObjectiveProgress[]): RunRecorder {
  const castNames = new Map(cm.mission.cast.map((c) => [c.id, c.name]));
  const events: RunEvent[] = [];
  const recorder: RunRecorder = {
    events,
    visits: copyRecord(visits),
    objectives: [...objectives],
    enter(n) {
      const node = cm.mission.nodes[n] as MissionNode;
      setKey(recorder.visits, node.id, (getKey(recorder.visits, node.id) ?? 0) + 1);
      events.push({ type: 'enter-node', nodeId: node.id });
      const say = (speaker: string | null, stringId: string, text: string): void => {
        const speakerName = speaker === null ? null : (castNames.get(speaker) ?? speaker);
        events.push({ type: 'line', nodeId: node.id, stringId, speaker, speakerName, text });
      };
      switch (node.type) {
        case 'start':
          if (node.data.text !== '') say(null, nodeTextStringId(node.id), node.data.text);
          break;
        case 'narration':
          node.data.lines.forEach((line, i) => say(node.data.speaker ?? null, lineStringId(node.id, i), line));
          break;
        case 'dialog':
          node.data.lines.forEach((line, i) => say(node.data.speaker, lineStringId(node.id, i), line));
          break;
        case 'hub':
          if (node.data.text) say(null, nodeTextStringId(node.id), node.data.text);
          break;
        case 'objective': {
          const optional = node.data.optional === true;
          events.push({ type: 'objective-started', nodeId: node.id, text: node.data.text, optional });
          const entry: ObjectiveProgress = { nodeId: node.id, text: node.data.text, optional, status: 'active' };
          // A loop may come back to an objective: it is active again, in its old place in the list.
          const at = recorder.objectives.findIndex((o) => o.nodeId === node.id);
          if (at >= 0) recorder.objectives[at] = entry;
          else recorder.objectives.push(entry);
          break;
        }
        case 'end':
          events.push({ type: 'end', nodeId: node.id, outcome: node.data.outcome, text: node.data.text });
          break;
        default:
          break;
      }
    },
    effect(n, slot, before: Value, after: Value) {
      const variable = cm.slots[slot]?.name ?? '';
      events.push({ type: 'effect', nodeId: cm.nodeIds[n] as string, variable, before, after });
    },
  };
  return recorder;
}

function copyRecord<T>(from: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(from)) setKey(out, key, from[key] as T);
  return out;
}
