import { describe, expect, it } from 'vitest';
import { loadMission } from '../format/load';
import type { DialogNode, Mission, MissionNode } from '../format/mission.types';
import { serializeMission } from '../format/serialize';
import { clone, node, smallMission } from '../test-support/mission-builder';
import { mergeMissions } from './merge-missions';

const talk = (m: Mission) => m.nodes.find((n) => n.id === 'talk') as DialogNode;
const byId = (m: Mission, id: string) => m.nodes.find((n) => n.id === id);

/** Two copies of the base to edit as our side and their side. */
function sides(): { base: Mission; ours: Mission; theirs: Mission } {
  const base = smallMission();
  return { base, ours: clone(base), theirs: clone(base) };
}

describe('mergeMissions', () => {
  it('gives the base back when neither side changed anything', () => {
    const { base, ours, theirs } = sides();
    expect(mergeMissions(base, ours, theirs)).toEqual({ mission: base, conflicts: [] });
  });

  it('merges different fields of one node field by field', () => {
    const { base, ours, theirs } = sides();
    talk(ours).title = 'Quark, at the bar';
    talk(theirs).data.location = undefined as unknown as string;
    delete talk(theirs).data.location;
    talk(theirs).data.choices[0]!.text = 'Only what you know.';
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(talk(mission).title).toBe('Quark, at the bar');
    expect(talk(mission).data.location).toBeUndefined();
    expect(talk(mission).data.choices[0]!.text).toBe('Only what you know.');
  });

  it('merges choices by id: one side adds, the other rewords', () => {
    const { base, ours, theirs } = sides();
    talk(ours).data.choices.push({ id: 'leave', text: 'Never mind.' });
    talk(theirs).data.choices[1]!.text = 'A bar of gold-pressed latinum.';
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(talk(mission).data.choices.map((c) => c.id)).toEqual(['ask', 'bribe', 'leave']);
    expect(talk(mission).data.choices[1]!.text).toBe('A bar of gold-pressed latinum.');
  });

  it('keeps a reorder one side made while the other edits an item', () => {
    const { base, ours, theirs } = sides();
    talk(theirs).data.choices.reverse();
    talk(ours).data.choices[0]!.text = 'Information, please.';
    const { mission } = mergeMissions(base, ours, theirs);
    expect(talk(mission).data.choices.map((c) => [c.id, c.text])).toEqual([
      ['bribe', 'Here is a bar of latinum.'],
      ['ask', 'Information, please.'],
    ]);
  });

  it('puts nodes both sides added after the base ones, ours first', () => {
    const { base, ours, theirs } = sides();
    ours.nodes.push(node('ours-new', 'end', { outcome: 'success', text: 'A.' }));
    theirs.nodes.push(node('theirs-new', 'end', { outcome: 'failure', text: 'B.' }));
    theirs.nodes = theirs.nodes.filter((n) => n.id !== 'lose');
    theirs.edges = theirs.edges.filter((e) => e.target !== 'lose');
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(mission.nodes.map((n) => n.id).slice(-3)).toEqual(['win', 'ours-new', 'theirs-new']);
    expect(mission.edges.some((e) => e.target === 'lose')).toBe(false);
  });

  it('merges edits to different lines of one dialog, and conflicts on the whole list when both reword one line', () => {
    const base = smallMission();
    talk(base).data.lines = ['One.', 'Two.', 'Three.'];
    const ours = clone(base);
    const theirs = clone(base);
    talk(ours).data.lines[0] = 'First.';
    talk(theirs).data.lines[1] = 'Second.';
    expect(talk(mergeMissions(base, ours, theirs).mission).data.lines).toEqual(['First.', 'Second.', 'Three.']);
    talk(theirs).data.lines[0] = 'Uno.';
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([
      {
        path: '/nodes/talk/data/lines',
        base: ['One.', 'Two.', 'Three.'],
        ours: ['First.', 'Two.', 'Three.'],
        theirs: ['Uno.', 'Second.', 'Three.'],
      },
    ]);
    expect(talk(mission).data.lines).toEqual(['First.', 'Two.', 'Three.']);
  });

  it('merges lines added at different places by diff3', () => {
    const base = smallMission();
    talk(base).data.lines = ['One.', 'Two.', 'Three.', 'Four.'];
    const ours = clone(base);
    const theirs = clone(base);
    talk(ours).data.lines.unshift('Zero.');
    talk(theirs).data.lines.push('Five.');
    expect(talk(mergeMissions(base, ours, theirs).mission).data.lines).toEqual(['Zero.', 'One.', 'Two.', 'Three.', 'Four.', 'Five.']);
  });

  it('records a same-field clash with base, ours and theirs, and holds ours meanwhile', () => {
    const { base, ours, theirs } = sides();
    talk(ours).title = 'Mine';
    talk(theirs).title = 'Theirs';
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([{ path: '/nodes/talk/title', base: 'talk', ours: 'Mine', theirs: 'Theirs' }]);
    expect(talk(mission).title).toBe('Mine');
    expect(mission.conflicts).toEqual(conflicts);
  });

  it('moves a node as a whole: x from one side and y from the other is a conflict, not a mix', () => {
    const { base, ours, theirs } = sides();
    byId(ours, 'win')!.position = { x: 100, y: 0 };
    byId(theirs, 'win')!.position = { x: 0, y: 100 };
    const { conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts.map((c) => c.path)).toEqual(['/nodes/win/position']);
  });

  it('records a node one side deleted and the other changed, leaving out the deleted side', () => {
    const { base, ours, theirs } = sides();
    ours.nodes = ours.nodes.filter((n) => n.id !== 'lose');
    (byId(theirs, 'lose') as MissionNode & { type: 'end' }).data.text = 'Quark shrugs, twice.';
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ path: '/nodes/lose', base: byId(base, 'lose'), theirs: byId(theirs, 'lose') });
    expect(Object.hasOwn(conflicts[0]!, 'ours')).toBe(false);
    expect(byId(mission, 'lose')).toBeUndefined();
  });

  it('merges a node whose type changed as a whole', () => {
    const { base, ours, theirs } = sides();
    const i = ours.nodes.findIndex((n) => n.id === 'lose');
    ours.nodes[i] = { ...ours.nodes[i]!, type: 'narration', data: { lines: ['Gone.'] } } as MissionNode;
    (byId(theirs, 'lose') as MissionNode & { type: 'end' }).data.text = 'Still an ending.';
    expect(mergeMissions(base, ours, theirs).conflicts.map((c) => c.path)).toEqual(['/nodes/lose']);
  });

  it('gives a file that loads, with one merge-conflict diagnostic per conflict naming node and field', () => {
    const { base, ours, theirs } = sides();
    talk(ours).data.choices[0]!.text = 'Mine.';
    talk(theirs).data.choices[0]!.text = 'Theirs.';
    ours.meta.title = 'Our title';
    theirs.meta.title = 'Their title';
    const loaded = loadMission(serializeMission(mergeMissions(base, ours, theirs).mission));
    expect(loaded.mission).not.toBeNull();
    const found = loaded.diagnostics.filter((d) => d.code === 'merge-conflict');
    expect(found.map((d) => [d.nodeId, d.path, d.message])).toEqual([
      [undefined, '/meta/title', `merge conflict in 'meta/title': mine "Our title", theirs "Their title"`],
      ['talk', '/nodes/2/data/choices/0/text', `merge conflict in 'data/choices/ask/text' of node 'talk': mine "Mine.", theirs "Theirs."`],
    ]);
    expect(found.every((d) => d.severity === 'error' && d.range !== undefined)).toBe(true);
  });

  it('carries conflicts the sides still have, less those one side resolved', () => {
    const { base, ours, theirs } = sides();
    const old = { path: '/nodes/win/title', base: 'a', ours: 'b', theirs: 'c' };
    const kept = { path: '/nodes/lose/title', base: 'a', ours: 'b', theirs: 'c' };
    base.conflicts = [old];
    theirs.conflicts = [old, kept];
    expect(mergeMissions(base, ours, theirs).mission.conflicts).toEqual([kept]);
  });

  it('falls back to one conflict per section when field-by-field conflicts would break the schema (more than it allows)', () => {
    const base = smallMission();
    base.variables = Array.from({ length: 10_001 }, (_, i) => ({ id: `v${i}`, type: 'number' as const, initial: 0 }));
    const ours = clone(base);
    const theirs = clone(base);
    ours.variables.forEach((v) => (v.initial = 1));
    theirs.variables.forEach((v) => (v.initial = 2));
    talk(ours).title = 'Mine';
    talk(theirs).title = 'Theirs';
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts.map((c) => c.path)).toEqual(['/variables', '/nodes']);
    expect(mission.variables).toEqual(ours.variables);
    expect(talk(mission).title).toBe('Mine');
    expect(loadMission(serializeMission(mission)).mission).not.toBeNull();
  });

  it('does not change its inputs', () => {
    const { base, ours, theirs } = sides();
    talk(ours).title = 'Mine';
    talk(theirs).title = 'Theirs';
    const before = JSON.stringify([base, ours, theirs]);
    mergeMissions(base, ours, theirs);
    expect(JSON.stringify([base, ours, theirs])).toBe(before);
  });
});
