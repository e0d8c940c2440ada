import { describe, expect, it } from 'vitest';
import { smallMission } from '../../test-support/mission-builder';
import { findExportFormat } from '../../export/exporters';
import { exportTwee } from './export-twee';
import { parseTwee } from './parse-twee';
import { missionIfid } from './twine-ifid';

describe('exportTwee', () => {
  const { text, diagnostics } = exportTwee(smallMission());

  it('writes StoryTitle and StoryData with a stable IFID, SugarCube and the start passage', () => {
    expect(text.startsWith(':: StoryTitle\nSmall\n')).toBe(true);
    const parsed = parseTwee(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.notes).toEqual([]);
    expect(parsed.stories[0]).toMatchObject({ name: 'Small', ifid: missionIfid('small'), format: 'SugarCube', start: 'start' });
    expect(missionIfid('small')).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(missionIfid('small')).not.toBe(missionIfid('second-wave'));
  });

  it('writes a passage per node with its kind as a tag and position and size metadata, frames left out', () => {
    expect(text).toContain(':: talk [dialog speaker:Quark] {"position":"0,0","size":"100,100"}');
    expect(text).toContain(':: lose [end failure]');
    expect(text).not.toContain(':: act');
  });

  it("writes a node's own tags after its kind, each once, escaped for the header", () => {
    const mission = smallMission();
    const tagged = {
      ...mission,
      nodes: mission.nodes.map((n) => (n.id === 'talk' ? { ...n, tags: ['act1', 'dialog', 'needs[review]'] } : n)),
    };
    expect(exportTwee(tagged).text).toContain(':: talk [dialog speaker:Quark act1 needs\\[review\\]] {"position"');
  });

  it('writes links as [[choice text->target]] and keeps conditions and effects as SugarCube macros', () => {
    expect(text).toContain('[[Continue->talk]]');
    expect(text).toContain('[[Just information.->check][$credits -= 1]]');
    expect(text).toContain('<<if $credits >= 10>>[[Here is a bar of latinum.->trust]]<</if>>');
    expect(text).toContain('<<set $trusted = true>>');
    expect(text).toContain('<<if $trusted>><<goto "win">><<else>><<goto "lose">><</if>>');
  });

  it('lists what Twine cannot express as info diagnostics', () => {
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.severity === 'info' && d.code === 'twine-macro')).toBe(true);
    const messages = diagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/dialog choice conditions and effects .*\(talk\)/);
    expect(messages).toMatch(/set nodes .*\(trust\)/);
    expect(messages).toMatch(/branches .*\(check\)/);
    expect(diagnostics.find((d) => d.message.startsWith('set nodes'))?.nodeId).toBe('trust');
  });

  it('is offered with the other export formats', () => {
    expect(findExportFormat('twee')).toMatchObject({ extension: '.twee', run: exportTwee });
  });

  it('gives passages with the same title distinct names and escapes header characters', () => {
    const mission = smallMission();
    mission.nodes = mission.nodes.map((n) => (n.id === 'win' || n.id === 'lose' ? { ...n, title: 'The {end}' } : n));
    const out = exportTwee(mission).text;
    expect(out).toContain(':: The \\{end\\} (win) [end]');
    expect(out).toContain(':: The \\{end\\} (lose) [end failure]');
    const parsed = parseTwee(out);
    expect(parsed.ok && parsed.stories[0]?.passages.map((p) => p.name)).toContain('The {end} (win)');
  });
});
