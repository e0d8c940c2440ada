import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';
import { nodePath } from './mission-index';

/** `missing-start`, `multiple-starts`, and start factions that meta.factions does not declare. */
export function checkStarts({ mission }: MissionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const factions = new Set(mission.meta.factions);
  const byFaction = new Map<string, number[]>();
  mission.nodes.forEach((node, i) => {
    if (node.type !== 'start') return;
    const faction = node.data.faction;
    if (faction !== 'any' && !factions.has(faction)) {
      out.push({
        code: 'unknown-reference',
        severity: 'error',
        message: `start '${node.id}' is for faction '${faction}', which meta.factions does not list`,
        nodeId: node.id,
        path: `${nodePath(i)}/data/faction`,
      });
    }
    const list = byFaction.get(faction);
    if (list) list.push(i);
    else byFaction.set(faction, [i]);
  });
  for (const [faction, list] of byFaction) {
    for (const i of list.slice(1)) {
      const node = mission.nodes[i];
      out.push({
        code: 'multiple-starts',
        severity: 'error',
        message: `more than one start for faction '${faction}': '${mission.nodes[list[0] as number]?.id}' and '${node?.id}'`,
        nodeId: node?.id,
        path: nodePath(i),
      });
    }
  }
  const hasAny = byFaction.has('any');
  mission.meta.factions.forEach((faction, f) => {
    if (!hasAny && !byFaction.has(faction)) {
      out.push({
        code: 'missing-start',
        severity: 'error',
        message: `no start node for faction '${faction}' (add a start for it, or one for 'any')`,
        path: `/meta/factions/${f}`,
      });
    }
  });
  return out;
}
