import type { CombatNode, Mission, MissionNode, Unit } from '../format/mission.types';
import type { Diagnostic } from './diagnostic.types';
import type { MissionIndex } from './mission-index';
import { nodePath } from './mission-index';

interface Declared {
  cast: Set<string>;
  locations: Set<string>;
  units: Map<string, Unit>;
}

const unknown = (out: Diagnostic[], node: MissionNode, n: number, message: string, sub: string): void => {
  out.push({ code: 'unknown-reference', severity: 'error', message, nodeId: node.id, path: nodePath(n) + sub });
};

function checkCombat(out: Diagnostic[], node: CombatNode, n: number, units: Map<string, Unit>): void {
  const { allies, enemies, goal, mode } = node.data;
  const checkGroup = (unitId: string, sub: string): void => {
    const unit = units.get(unitId);
    if (!unit) unknown(out, node, n, `unit '${unitId}' is not declared`, sub);
    else if (unit.kind !== mode) {
      out.push({
        code: 'type-mismatch',
        severity: 'error',
        message: `unit '${unitId}' is a ${unit.kind} unit in a ${mode} fight`,
        nodeId: node.id,
        path: nodePath(n) + sub,
      });
    }
  };
  allies.forEach((g, i) => checkGroup(g.unit, `/data/allies/${i}/unit`));
  enemies.forEach((g, i) => checkGroup(g.unit, `/data/enemies/${i}/unit`));
  if (goal.type !== 'protect') return;
  const allyUnits = new Set(allies.map((a) => a.unit));
  goal.units.forEach((u, i) => {
    if (!allyUnits.has(u)) unknown(out, node, n, `protected unit '${u}' is not among this fight's allies`, `/data/goal/units/${i}`);
  });
  const protectedCount = allies.filter((a) => goal.units.includes(a.unit)).reduce((sum, a) => sum + a.count, 0);
  if (goal.atLeast !== undefined && goal.atLeast > protectedCount) {
    out.push({
      code: 'type-mismatch',
      severity: 'error',
      message: `the goal asks that ${goal.atLeast} protected units survive, but only ${protectedCount} take part`,
      nodeId: node.id,
      path: `${nodePath(n)}/data/goal/atLeast`,
    });
  }
}

function checkNode(out: Diagnostic[], index: MissionIndex, declared: Declared, node: MissionNode, n: number): void {
  if (node.parentId !== undefined) {
    const p = index.nodeIndex.get(node.parentId);
    if (p === undefined) unknown(out, node, n, `parent '${node.parentId}' of '${node.id}' does not exist`, '/parentId');
    else if (index.mission.nodes[p]?.type !== 'group')
      unknown(out, node, n, `parent '${node.parentId}' of '${node.id}' is not a group`, '/parentId');
    else if (p === n) unknown(out, node, n, `'${node.id}' cannot be its own parent`, '/parentId');
  }
  const data = node.data as { speaker?: string; location?: string };
  if (data.speaker !== undefined && !declared.cast.has(data.speaker))
    unknown(out, node, n, `speaker '${data.speaker}' is not in the cast`, '/data/speaker');
  if (data.location !== undefined && !declared.locations.has(data.location))
    unknown(out, node, n, `location '${data.location}' is not declared`, '/data/location');
  if (node.type === 'objective' && node.data.target !== undefined) {
    const target = node.data.target;
    if (!declared.cast.has(target) && !declared.units.has(target))
      unknown(out, node, n, `target '${target}' is neither a cast member nor a unit`, '/data/target');
  }
  if (node.type === 'combat') checkCombat(out, node, n, declared.units);
}

/** `unknown-reference`: speakers, locations, targets, units and parent groups must be declared; unit kinds must fit. */
export function checkReferences(index: MissionIndex): Diagnostic[] {
  const mission: Mission = index.mission;
  const declared: Declared = {
    cast: new Set(mission.cast.map((c) => c.id)),
    locations: new Set(mission.locations.map((l) => l.id)),
    units: new Map(mission.units.map((u) => [u.id, u])),
  };
  const out: Diagnostic[] = [];
  for (let n = 0; n < mission.nodes.length; n++) checkNode(out, index, declared, mission.nodes[n] as MissionNode, n);
  return out;
}
