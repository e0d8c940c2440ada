import { describe, expect, it } from 'vitest';
import { edge, node, smallMission } from '../test-support/mission-builder';
import { missionLinks } from './mission-links';

describe('missionLinks', () => {
  it('follows the first edge of a port whose target exists, as the engine does', () => {
    const mission = smallMission();
    mission.edges.unshift(edge('talk', 'ask', 'nowhere'));
    mission.edges.push(edge('talk', 'ask', 'lose'));
    const links = missionLinks(mission);
    expect(links.target('talk', 'ask')?.id).toBe('check');
    expect(links.target('talk', 'missing')).toBeUndefined();
    expect(links.from('talk').map((e) => e.target)).toEqual(['nowhere', 'check', 'trust', 'lose']);
  });

  it('lets the first of two nodes with one id win', () => {
    const mission = smallMission();
    mission.nodes.push(node('win', 'end', { outcome: 'failure', text: 'Second.' }));
    expect(missionLinks(mission).byId.get('win')).toBe(mission.nodes[5]);
  });
});
