import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import type { DialogNode, Mission } from '../format/mission.types';
import { smallMission } from '../test-support/mission-builder';
import { validateMission } from '../validate/validate-mission';
import { withDialogDefaults } from './dialog-defaults';
import { applyEdit, openDocument } from './history';
import { nodeTemplate } from './node-templates';

const newDialog = () => nodeTemplate('dialog', 'dialog-1', { x: 0, y: 0 }) as DialogNode;
/** Errors about the dialog's own data (not about where it sits in the flow: a new node is not connected yet). */
const dataErrors = (mission: Mission) => {
  const at = mission.nodes.findIndex((n) => n.id === 'dialog-1');
  return validateMission(mission).filter(
    (d) => d.severity === 'error' && d.code !== 'dead-end' && (d.path ?? '').startsWith(`/nodes/${at}/data`),
  );
};

describe('withDialogDefaults', () => {
  it('gives a dialog in a mission without a cast a new speaker, added in the same step, so it is valid as it is made', () => {
    const mission: Mission = { ...smallMission(), cast: [] };
    const { node, cast } = withDialogDefaults(mission, newDialog());
    expect(cast).toEqual([{ id: 'contact', name: 'Contact' }]);
    expect(node.data.speaker).toBe('contact');
    const added = applyEdit(openDocument(mission), { kind: 'add-nodes', nodes: [node], cast }).mission;
    expect(dataErrors(added)).toEqual([]);
    // Without its speaker, the same dialog is not valid: the check above can fail.
    expect(dataErrors(applyEdit(openDocument(mission), { kind: 'add-nodes', nodes: [newDialog()] }).mission)).not.toEqual([]);
  });

  it("lets the mission's first cast member speak, adding no one", () => {
    const mission = secondWave as unknown as Mission;
    const { node, cast } = withDialogDefaults(mission, newDialog());
    expect(cast).toEqual([]);
    expect(node.data.speaker).toBe(mission.cast[0]?.id);
  });
});
