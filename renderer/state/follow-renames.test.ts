import { describe, expect, it } from 'vitest';
import { applyEdit, openDocument, undo } from '@mission-studio/core/edit';
import { smallMission } from '@mission-studio/core/test-support';
import { followRenames } from './follow-renames';

describe('followRenames', () => {
  it('follows a renamed node, and follows it back when the rename is undone', () => {
    const start = openDocument(smallMission());
    const renamed = applyEdit(start, { kind: 'rename-node', from: 'talk', to: 'chat' });
    expect(followRenames(start.mission, renamed.mission, ['talk', 'win'])).toEqual(['chat', 'win']);
    expect(followRenames(renamed.mission, undo(renamed).mission, ['chat'])).toEqual(['talk']);
  });

  it('changes nothing when the selected nodes are still there', () => {
    const start = openDocument(smallMission());
    const edited = applyEdit(start, { kind: 'update-node', id: 'talk', title: 'Quark' });
    expect(followRenames(start.mission, edited.mission, ['talk'])).toBeNull();
  });

  it('does not jump to a neighbour when the selected node was deleted', () => {
    const start = openDocument(smallMission());
    const deleted = applyEdit(start, { kind: 'delete', nodeIds: ['talk'], edgeIds: [] });
    expect(followRenames(start.mission, deleted.mission, ['talk'])).toBeNull();
  });
});
