import { describe, expect, it } from 'vitest';
import { smallMission } from '../test-support/mission-builder';
import { validateMission } from '../validate/validate-mission';
import { copyNodes, parseFragment, pasteEdit } from './clipboard';
import { applyEdit, openDocument } from './history';

describe('pasteEdit', () => {
  it('pastes copies with fresh ids and the edges between them, leaving the mission valid', () => {
    const mission = smallMission();
    const fragment = parseFragment(JSON.stringify(copyNodes(mission, ['check', 'win', 'lose'])));
    expect(fragment?.edges).toHaveLength(2);
    const doc = applyEdit(openDocument(mission), pasteEdit(mission, fragment!));
    const added = doc.mission.nodes.slice(mission.nodes.length).map((n) => n.id);
    expect(added).toEqual(['check-1', 'win-1', 'lose-1']);
    expect(doc.mission.edges.slice(-2).map((e) => `${e.source}.${e.sourceHandle}>${e.target}`)).toEqual([
      'check-1.ok>win-1',
      'check-1.else>lose-1',
    ]);
    expect(validateMission(doc.mission).map((d) => d.code)).toEqual(['unreachable-node', 'unreachable-node', 'unreachable-node']);
  });

  it('ignores clipboard text that is not a fragment', () => {
    expect(parseFragment('hello')).toBeNull();
    expect(parseFragment('{"format":"other"}')).toBeNull();
  });
});
