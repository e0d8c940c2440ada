import { describe, expect, it } from 'vitest';
import { applyEdit, openDocument } from '../edit/history';
import type { Edit } from '../edit/edit.types';
import { smallMission } from '../test-support/mission-builder';
import { samePlay } from './same-play';

const mission = smallMission();
const after = (edit: Edit) => applyEdit(openDocument(mission), edit).mission;

describe('samePlay', () => {
  it('holds across a drag and a group resize: layout only', () => {
    expect(samePlay(mission, after({ kind: 'move-nodes', moves: [{ id: 'talk', position: { x: 40, y: 80 } }] }))).toBe(true);
    expect(
      samePlay(
        mission,
        after({ kind: 'layout', moves: [{ id: 'win', position: { x: 500, y: 0 } }], groupSizes: [{ id: 'act', width: 900, height: 500 }] }),
      ),
    ).toBe(true);
  });

  it('fails when anything the play check reads or reports changes', () => {
    const talk = mission.nodes.find((n) => n.id === 'talk');
    if (talk?.type !== 'dialog') throw new Error('the fixture has a dialog "talk"');
    const cheaper = talk.data.choices.map((c) => (c.id === 'bribe' ? { ...c, condition: 'credits >= 2' } : c));
    expect(samePlay(mission, after({ kind: 'update-node', id: 'talk', data: { ...talk.data, choices: cheaper } }))).toBe(false);
    expect(samePlay(mission, after({ kind: 'update-node', id: 'win', title: 'Quark Talks' }))).toBe(false);
    expect(samePlay(mission, after({ kind: 'delete', nodeIds: [], edgeIds: ['check.ok'] }))).toBe(false);
    expect(samePlay(mission, after({ kind: 'set-variables', items: [{ id: 'credits', type: 'number', initial: 50 }] }))).toBe(false);
  });
});
