import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import type { CombatNode, Mission } from '../format/mission.types';
import { smallMission } from '../test-support/mission-builder';
import { validateMission } from '../validate/validate-mission';
import { applyEdit, openDocument } from './history';
import { unitForNewRow, withCombatDefaults } from './combat-defaults';
import { nodeTemplate } from './node-templates';

const newFight = () => nodeTemplate('combat', 'combat-1', { x: 0, y: 0 }) as CombatNode;
/** Errors about the fight's own data (not about where it sits in the flow: a new node is not connected yet). */
const dataErrors = (mission: Mission) => {
  const at = mission.nodes.findIndex((n) => n.id === 'combat-1');
  return validateMission(mission).filter((d) => d.severity === 'error' && (d.path ?? '').startsWith(`/nodes/${at}/data`));
};

describe('withCombatDefaults', () => {
  it('gives a fight in a mission without units two new units, so it is valid as it is made', () => {
    const mission: Mission = { ...smallMission(), units: [] };
    const { node, units } = withCombatDefaults(mission, newFight());
    expect(units.map((u) => u.kind)).toEqual(['ground', 'ground']);
    expect(node.data.allies[0]?.unit).toBe(units[0]?.id);
    expect(node.data.enemies[0]?.unit).toBe(units[1]?.id);
    const added = applyEdit(openDocument(mission), { kind: 'add-nodes', nodes: [node], units }).mission;
    expect(dataErrors(added)).toEqual([]);
    // Without its units, the same fight is not valid: the check above can fail.
    expect(dataErrors(applyEdit(openDocument(mission), { kind: 'add-nodes', nodes: [newFight()] }).mission)).not.toEqual([]);
  });

  it("uses the mission's own units, ships when it has only ships, and a different unit for the enemy", () => {
    const mission = secondWave as unknown as Mission;
    const { node, units } = withCombatDefaults({ ...mission, units: mission.units.filter((u) => u.kind === 'space') }, newFight());
    expect(units).toEqual([]);
    expect(node.data.mode).toBe('space');
    expect(node.data.allies[0]?.unit).not.toBe(node.data.enemies[0]?.unit);
  });
});

describe('unitForNewRow', () => {
  it("picks a unit of the fight's kind that the other side does not use", () => {
    const units = [
      { id: 'ship', name: 'Ship', kind: 'space' as const, hull: 1, damage: 1, accuracy: 1 },
      { id: 'squad', name: 'Squad', kind: 'ground' as const, hull: 1, damage: 1, accuracy: 1 },
      { id: 'raider', name: 'Raider', kind: 'space' as const, hull: 1, damage: 1, accuracy: 1 },
    ];
    expect(unitForNewRow(units, 'space', ['ship'])).toBe('raider');
    expect(unitForNewRow(units, 'ground', ['squad'])).toBe('squad');
    expect(unitForNewRow([], 'ground', [])).toBe('');
  });
});
