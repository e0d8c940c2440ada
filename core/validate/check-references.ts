import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';
import { nodePath } from './mission-index';

/** `unknown-reference`: speakers, locations, targets, units and parent groups must be declared; unit kinds must fit. */
export function checkReferences({ mission, nodeIndex }: MissionIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const cast = new Set(mission.cast.map((c) => c.id));
  const locations = new Set(mission.locations.map((l) => l.id));
  const units = new Map(mission.units.map((u) => [u.id, u]));
  mission.nodes.forEach((node, n) => {
    const base = nodePath(n);
    const unknown = (message: string, sub: string): void => {
      out.push({ code: 'unknown-reference', severity: 'error', message, nodeId: node.id, path: base + sub });
    };
    if (node.parentId !== undefined) {
      const p = nodeIndex.get(node.parentId);
      if (p === undefined) unknown(`parent '${node.parentId}' of '${node.id}' does not exist`, '/parentId');
      else if (mission.nodes[p]?.type !== 'group') unknown(`parent '${node.parentId}' of '${node.id}' is not a group`, '/parentId');
      else if (p === n) unknown(`'${node.id}' cannot be its own parent`, '/parentId');
    }
    const data = node.data as { speaker?: string; location?: string };
    if ((node.type === 'narration' || node.type === 'dialog') && data.speaker !== undefined && !cast.has(data.speaker)) {
      unknown(`speaker '${data.speaker}' is not in the cast`, '/data/speaker');
    }
    if (data.location !== undefined && !locations.has(data.location)) {
      unknown(`location '${data.location}' is not declared`, '/data/location');
    }
    if (node.type === 'objective' && node.data.target !== undefined) {
      const target = node.data.target;
      if (!cast.has(target) && !units.has(target)) unknown(`target '${target}' is neither a cast member nor a unit`, '/data/target');
    }
    if (node.type !== 'combat') return;
    const { allies, enemies, goal, mode } = node.data;
    const checkGroup = (unitId: string, sub: string): void => {
      const unit = units.get(unitId);
      if (!unit) unknown(`unit '${unitId}' is not declared`, sub);
      else if (unit.kind !== mode) {
        out.push({
          code: 'type-mismatch',
          severity: 'error',
          message: `unit '${unitId}' is a ${unit.kind} unit in a ${mode} fight`,
          nodeId: node.id,
          path: base + sub,
        });
      }
    };
    allies.forEach((g, i) => checkGroup(g.unit, `/data/allies/${i}/unit`));
    enemies.forEach((g, i) => checkGroup(g.unit, `/data/enemies/${i}/unit`));
    if (goal.type === 'protect') {
      const allyUnits = new Set(allies.map((a) => a.unit));
      goal.units.forEach((u, i) => {
        if (!allyUnits.has(u)) unknown(`protected unit '${u}' is not among this fight's allies`, `/data/goal/units/${i}`);
      });
      if (goal.atLeast !== undefined) {
        const protectedCount = allies.filter((a) => goal.units.includes(a.unit)).reduce((sum, a) => sum + a.count, 0);
        if (goal.atLeast > protectedCount) {
          out.push({
            code: 'type-mismatch',
            severity: 'error',
            message: `the goal asks that ${goal.atLeast} protected units survive, but only ${protectedCount} take part`,
            nodeId: node.id,
            path: `${base}/data/goal/atLeast`,
          });
        }
      }
    }
  });
  return out;
}
