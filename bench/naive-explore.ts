// The naive explorer the engine benchmark compares against: breadth-first search with each state as a
// JSON string in a Set. It drives the same compile kernel as the real explorer, so only the state store
// differs (and it keeps no parents or successors, which only flatters it).
import type { Value } from '@mission-studio/core/format';
import { getCompiledMission } from '@mission-studio/core/engine';
import { copyCursor, createCursor, type Cursor } from '@mission-studio/core/engine';
import { findStartNode } from '@mission-studio/core/engine';
import { listPorts, runFrom, STOP_END, STOP_INPUT, takePort } from '@mission-studio/core/engine';
import type { Mission } from '@mission-studio/core/format';

/** What the naive search found. */
export interface NaiveResult {
  states: number;
  transitions: number;
}

/** Explores every reachable state of `mission`, keyed by JSON strings. Throws past V8's Set limit (2^24). */
export function naiveExplore(mission: Mission): NaiveResult {
  const cm = getCompiledMission(mission);
  const relevant = cm.slots.map((_, s) => s).filter((s) => cm.slotRelevant[s] === 1);
  const key = (c: Cursor): string =>
    JSON.stringify([c.node, relevant.map((s) => c.vars[s] as Value), Array.from(c.once), Array.from(c.visited)]);
  const seen = new Set<string>();
  const queue: string[] = [];
  let transitions = 0;
  const add = (code: number, c: Cursor): void => {
    const k = code === STOP_INPUT ? key(c) : code === STOP_END ? `end:${c.node}` : `error:${c.node}:${c.error ?? ''}`;
    if (seen.has(k)) return;
    seen.add(k);
    if (code === STOP_INPUT) queue.push(k);
  };
  const base = createCursor(cm, '');
  const work = createCursor(cm, '');
  for (const faction of mission.meta.factions) {
    const start = findStartNode(cm, faction);
    if (start < 0) continue;
    const c = createCursor(cm, faction);
    add(runFrom(cm, c, start, null), c);
  }
  const ports: number[] = [];
  for (let head = 0; head < queue.length; head++) {
    const [node, vars, once, visited] = JSON.parse(queue[head] as string) as [number, Value[], number[], number[]];
    base.node = node;
    relevant.forEach((s, i) => (base.vars[s] = vars[i] as Value));
    base.once.set(once);
    base.visited.set(visited);
    const count = listPorts(cm, base, ports);
    for (let k = 0; k < count; k++) {
      copyCursor(base, work);
      const code = takePort(cm, work, ports[k] as number, null);
      transitions++;
      add(code, work);
    }
  }
  return { states: seen.size, transitions };
}
