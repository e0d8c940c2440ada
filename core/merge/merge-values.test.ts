// The lists the format gained after the merge was written (sticky notes, node tags, languages) merge like the
// older ones: by id, or for lists of distinct strings by the string itself.
import { describe, expect, it } from 'vitest';
import { applyEdit, openDocument } from '../edit/history';
import { loadMission } from '../format/load';
import type { Mission, MissionNote } from '../format/mission.types';
import { serializeMission } from '../format/serialize';
import { clone, smallMission } from '../test-support/mission-builder';
import { mergeMissions } from './merge-missions';

const NOTES: MissionNote[] = [
  { id: 'idea', text: 'Quark should sound nervous here.', position: { x: 0, y: -200 } },
  { id: 'todo', text: 'Check the bribe amount.', position: { x: 300, y: -200 }, colour: 'pink' },
];

/** A base with notes, tags and languages, and two copies of it to edit as our side and their side. */
function sides(): { base: Mission; ours: Mission; theirs: Mission } {
  const base = smallMission();
  base.notes = clone(NOTES);
  base.meta.languages = ['en', 'de'];
  base.nodes.find((n) => n.id === 'talk')!.tags = ['act1', 'bar'];
  return { base, ours: clone(base), theirs: clone(base) };
}

const note = (m: Mission, id: string) => m.notes?.find((n) => n.id === id);
const tagsOf = (m: Mission) => m.nodes.find((n) => n.id === 'talk')!.tags;

describe('mergeValue on sticky notes', () => {
  it('merges notes by id and field by field: one side adds and moves, the other rewords and recolours', () => {
    const { base, ours, theirs } = sides();
    ours.notes!.push({ id: 'ours-note', text: 'Ours.', position: { x: 10, y: 10 } });
    note(ours, 'idea')!.position = { x: 40, y: -240 };
    note(theirs, 'idea')!.text = 'Quark should sound very nervous here.';
    note(theirs, 'todo')!.colour = 'green';
    theirs.notes!.push({ id: 'theirs-note', text: 'Theirs.', position: { x: 20, y: 20 } });
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(mission.notes).toEqual([
      { id: 'idea', text: 'Quark should sound very nervous here.', position: { x: 40, y: -240 } },
      { ...NOTES[1], colour: 'green' },
      { id: 'ours-note', text: 'Ours.', position: { x: 10, y: 10 } },
      { id: 'theirs-note', text: 'Theirs.', position: { x: 20, y: 20 } },
    ]);
  });

  it('drops a note one side deleted and the other left alone', () => {
    const { base, ours, theirs } = sides();
    ours.notes = ours.notes!.filter((n) => n.id !== 'todo');
    note(theirs, 'idea')!.text = 'Reworded.';
    expect(mergeMissions(base, ours, theirs).mission.notes?.map((n) => [n.id, n.text])).toEqual([['idea', 'Reworded.']]);
  });

  it('keeps the first note each side added to a mission that had none, and leaves the key out when a merge empties it', () => {
    const { ours, theirs } = sides();
    const base = smallMission();
    const [mine, yours] = [clone(base), clone(base)];
    mine.notes = [NOTES[0]!];
    yours.notes = [NOTES[1]!];
    expect(mergeMissions(base, mine, yours)).toMatchObject({ conflicts: [], mission: { notes: NOTES } });
    delete ours.notes;
    theirs.notes = theirs.notes!.filter((n) => n.id !== 'todo');
    expect(Object.hasOwn(mergeMissions(sides().base, ours, theirs).mission, 'notes')).toBe(false);
  });

  it('writes a clash over a note’s text as a conflict the validator names and Take theirs resolves', () => {
    const { base, ours, theirs } = sides();
    note(ours, 'idea')!.text = 'Mine.';
    note(theirs, 'idea')!.text = 'Theirs.';
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([{ path: '/notes/idea/text', base: NOTES[0]!.text, ours: 'Mine.', theirs: 'Theirs.' }]);
    const loaded = loadMission(serializeMission(mission));
    expect(loaded.mission).not.toBeNull();
    const found = loaded.diagnostics.filter((d) => d.code === 'merge-conflict');
    expect(found.map((d) => [d.path, d.message])).toEqual([
      ['/notes/0/text', `merge conflict in 'text' of note 'idea': mine "Mine.", theirs "Theirs."`],
    ]);
    const taken = applyEdit(openDocument(loaded.mission!), { kind: 'resolve-conflict', path: '/notes/idea/text', take: 'theirs' });
    expect(note(taken.mission, 'idea')!.text).toBe('Theirs.');
    expect(taken.mission.conflicts).toBeUndefined();
  });
});

describe('mergeValue on lists of distinct strings', () => {
  it('keeps the tags both sides added, and drops one a side removed', () => {
    const { base, ours, theirs } = sides();
    tagsOf(ours)!.push('needs-review');
    tagsOf(theirs)!.splice(0, 1);
    tagsOf(theirs)!.push('voiced');
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(tagsOf(mission)).toEqual(['bar', 'needs-review', 'voiced']);
  });

  it('keeps the languages both sides added, and the source language first', () => {
    const { base, ours, theirs } = sides();
    ours.meta.languages = ['en', 'de', 'fr'];
    theirs.meta.languages = ['en', 'de', 'ja'];
    expect(mergeMissions(base, ours, theirs)).toMatchObject({ conflicts: [], mission: { meta: { languages: ['en', 'de', 'fr', 'ja'] } } });
  });

  it('keeps one side’s new source language when the other only reordered the translations', () => {
    const { base, ours, theirs } = sides();
    base.meta.languages = ['en', 'de', 'fr'];
    ours.meta.languages = ['en', 'fr', 'de'];
    theirs.meta.languages = ['de', 'en', 'fr'];
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(mission.meta.languages).toEqual(['de', 'en', 'fr']);
  });

  it('records a conflict on the whole list when both sides chose a different source language', () => {
    const { base, ours, theirs } = sides();
    ours.meta.languages = ['de', 'en'];
    theirs.meta.languages = ['fr', 'en', 'de'];
    const { mission, conflicts } = mergeMissions(base, ours, theirs);
    expect(conflicts).toEqual([{ path: '/meta/languages', base: ['en', 'de'], ours: ['de', 'en'], theirs: ['fr', 'en', 'de'] }]);
    expect(mission.meta.languages).toEqual(['de', 'en']);
  });

  it('merges a list with a repeated string line by line, as before (it is not a set)', () => {
    const { base } = sides();
    tagsOf(base)!.push('bar');
    const [ours, theirs] = [clone(base), clone(base)];
    tagsOf(ours)!.push('a');
    tagsOf(theirs)!.unshift('b');
    expect(tagsOf(mergeMissions(base, ours, theirs).mission)).toEqual(['b', 'act1', 'bar', 'bar', 'a']);
  });
});
