import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../format/load';
import type { Mission } from '../format/mission.types';
import { node, smallMission } from '../test-support/mission-builder';
import { findStringIdCollisions, missionStrings } from './mission-strings';

const secondWave = (): Mission => loadMission(readFileSync('missions/second-wave.mission.json', 'utf8')).mission as Mission;

describe('missionStrings', () => {
  it('gives every line, choice, name and ending of the small mission its id, text and speaker', () => {
    const byId = new Map(missionStrings(smallMission()).map((s) => [s.id, s]));
    expect(byId.get('mission.title')?.text).toBe('Small');
    expect(byId.get('cast.quark.name')?.text).toBe('Quark');
    expect(byId.get('location.bar.name')?.text).toBe("Quark's Bar");
    expect(byId.get('start.text')?.kind).toBe('start-text');
    expect(byId.get('talk.line.1')).toMatchObject({
      kind: 'line',
      text: 'What will it be?',
      speaker: 'quark',
      nodeId: 'talk',
      path: '/nodes/2/data/lines/0',
    });
    expect(byId.get('talk.bribe.text')?.text).toBe('Here is a bar of latinum.');
    expect(byId.get('win.text')).toMatchObject({ kind: 'end-text', text: 'Quark talks.' });
    expect(byId.get('talk.line.1')?.context).toContain('Quark');
  });

  it('finds the text of every string where its path points in the file', () => {
    const mission = secondWave();
    for (const s of missionStrings(mission)) {
      const value = s.path
        .split('/')
        .slice(1)
        .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], mission);
      expect(value, s.id).toBe(s.text);
    }
  });

  it('gives Second Wave unique ids, and as many strings as its texts', () => {
    const mission = secondWave();
    const strings = missionStrings(mission);
    expect(findStringIdCollisions(strings)).toEqual([]);
    const lines = mission.nodes.reduce((n, x) => n + (x.type === 'dialog' || x.type === 'narration' ? x.data.lines.length : 0), 0);
    expect(strings.filter((s) => s.kind === 'line')).toHaveLength(lines);
  });

  it('names the two strings that share an id when a dotted node id meets a choice id', () => {
    const mission = smallMission();
    mission.nodes.push(node('talk.bribe', 'end', { outcome: 'failure', text: 'Dotted.' }));
    expect(findStringIdCollisions(missionStrings(mission))).toEqual([
      { id: 'talk.bribe.text', paths: ['/nodes/2/data/choices/1/text', '/nodes/7/data/text'] },
    ]);
  });
});
