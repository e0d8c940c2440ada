import { describe, expect, it } from 'vitest';
import secondWave from '../../missions/second-wave.mission.json';
import type { Mission } from '../format/mission.types';
import { edge, smallMission } from '../test-support/mission-builder';
import { edgeLabels } from './edge-labels';

const SECOND_WAVE = secondWave as unknown as Mission;

describe('edgeLabels', () => {
  it('labels dialog choices with their text, cut short, and leaves plain ports unlabelled', () => {
    const labels = edgeLabels(smallMission());
    expect(labels.get('talk.ask')).toBe('Just informat…');
    expect(labels.get('start.next')).toBeUndefined();
  });

  it("labels a combat's victory and defeat edges", () => {
    const labels = edgeLabels(SECOND_WAVE);
    const fights = SECOND_WAVE.edges.filter((e) => e.source === 'promenade-fight');
    expect(fights.map((e) => labels.get(e.id)).sort()).toEqual(['defeat', 'victory']);
  });

  it('labels only the first of parallel choice edges, with how many there are', () => {
    const ids = SECOND_WAVE.edges.filter((e) => e.source === 'round-skyl').map((e) => e.id);
    const labels = edgeLabels(SECOND_WAVE);
    expect(ids.map((id) => labels.get(id)).filter(Boolean)).toEqual(['4 choices']);
  });

  it('leaves out edges that leave a missing node', () => {
    const mission = smallMission();
    mission.edges.push(edge('ghost', 'next', 'win'));
    expect(edgeLabels(mission).has('ghost.next')).toBe(false);
  });
});
