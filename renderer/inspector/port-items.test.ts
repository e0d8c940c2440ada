import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, openDocument, undo } from '@mission-studio/core/edit';
import type { Mission } from '@mission-studio/core/format';
import { portIds } from '@mission-studio/core/format';
import { edge, node, smallMission } from '@mission-studio/core/test-support';
import { checkId } from './ids';
import { nodeTemplate } from '@mission-studio/core/edit';
import {
  addPortItem,
  movePortItem,
  portIdRule,
  portItems,
  removePortItem,
  renamePortItem,
  updateEdit,
  type PortedNode,
} from './port-items';

/** The small mission plus a hub with two options, each connected. */
function withHub(): Mission {
  const mission = smallMission();
  mission.nodes.push(
    node('hub', 'hub', {
      options: [
        { id: 'bar', label: 'Visit the bar' },
        { id: 'ops', label: 'Go to Ops', once: true },
      ],
      continue: { label: 'Leave' },
    }),
  );
  mission.edges.push(edge('hub', 'bar', 'talk'), edge('hub', 'ops', 'win'), edge('hub', 'continue', 'lose'));
  return mission;
}

const find = (mission: Mission, id: string) => mission.nodes.find((n) => n.id === id) as PortedNode;

describe('removePortItem', () => {
  it('removes a hub option and its edge in one undo step', () => {
    const start = openDocument(withHub());
    const doc = applyEdit(start, updateEdit('hub', removePortItem(find(start.mission, 'hub'), 1)));
    expect(portIds(find(doc.mission, 'hub'))).toEqual(['bar', 'continue']);
    expect(doc.mission.edges.some((e) => e.source === 'hub' && e.sourceHandle === 'ops')).toBe(false);
    expect(doc.mission.edges.filter((e) => e.source === 'hub')).toHaveLength(2);
    expect(undo(doc).mission).toEqual(start.mission);
  });

  it('keeps the edge when another choice still has the same id', () => {
    const mission = smallMission();
    const talk = find(mission, 'talk');
    if (talk.type !== 'dialog') throw new Error('talk is a dialog');
    const twin = { ...talk, data: { ...talk.data, choices: [...talk.data.choices, { id: 'ask', text: 'Again.' }] } };
    expect(removePortItem(twin, 0).ports).toBeUndefined();
  });
});

describe('renamePortItem', () => {
  it('renames a branch case and moves its edge to the new port', () => {
    const start = openDocument(smallMission());
    const doc = applyEdit(start, updateEdit('check', renamePortItem(find(start.mission, 'check'), 0, 'trusted')));
    expect(doc.mission.edges.find((e) => e.source === 'check' && e.sourceHandle === 'trusted')?.target).toBe('win');
  });
});

describe('movePortItem', () => {
  it('moves a choice up without touching edges', () => {
    const mission = smallMission();
    const update = movePortItem(find(mission, 'talk'), 1, 0);
    expect(update.ports).toBeUndefined();
    expect(portIds({ ...find(mission, 'talk'), data: update.data } as PortedNode)).toEqual(['bribe', 'ask']);
  });
});

describe('addPortItem', () => {
  it('adds an option whose id is free and never continue', () => {
    const hub = find(withHub(), 'hub');
    const added = addPortItem(hub);
    const ids = portIds({ ...hub, data: added.data } as PortedNode);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('addPortItem on a new node', () => {
  it('numbers each new choice as the form does: Choice 2 is choice-2, Choice 3 is choice-3', () => {
    let dialog = nodeTemplate('dialog', 'dialog-1', { x: 0, y: 0 }) as PortedNode;
    dialog = { ...dialog, data: addPortItem(dialog).data } as PortedNode;
    dialog = { ...dialog, data: addPortItem(dialog).data } as PortedNode;
    expect(portItems(dialog).map((c) => c.id)).toEqual(['choice-1', 'choice-2', 'choice-3']);
  });
});

describe('portIdRule', () => {
  it('refuses the name of another port, including else on a branch', () => {
    const branch = find(smallMission(), 'check');
    expect(checkId('else', 'ok', portIdRule(branch, 0))).toMatch(/already has the id 'else'/);
  });

  it('after any adds, removes and moves, every edge of the node still leaves from one of its ports', () => {
    const step = fc.oneof(
      fc.constant({ op: 'add' as const }),
      fc.record({ op: fc.constantFrom('remove' as const, 'up' as const), at: fc.nat(5) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        let doc = openDocument(withHub());
        for (const s of steps) {
          const hub = find(doc.mission, 'hub');
          const update =
            s.op === 'add'
              ? addPortItem(hub)
              : s.op === 'remove'
                ? removePortItem(hub, s.at % Math.max(1, portItems(hub).length))
                : movePortItem(hub, s.at, s.at - 1);
          doc = applyEdit(doc, updateEdit('hub', update));
        }
        const ports = new Set(portIds(find(doc.mission, 'hub')));
        for (const e of doc.mission.edges.filter((e) => e.source === 'hub')) expect(ports.has(e.sourceHandle)).toBe(true);
      }),
    );
  });
});
