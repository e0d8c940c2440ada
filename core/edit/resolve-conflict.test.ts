import { describe, expect, it } from 'vitest';
import type { Mission } from '../format/mission.types';
import { smallMission } from '../test-support/mission-builder';
import { applyEdit, historyLabels, openDocument, undo } from './history';

/** Small, with a title conflict on `talk` and a delete/modify conflict on `lose` (ours deleted it). */
function conflicted(): Mission {
  const m = smallMission();
  const lose = m.nodes.find((n) => n.id === 'lose')!;
  m.nodes = m.nodes.filter((n) => n.id !== 'lose');
  m.nodes.find((n) => n.id === 'talk')!.title = 'Mine';
  m.conflicts = [
    { path: '/nodes/talk/title', base: 'talk', ours: 'Mine', theirs: 'Theirs' },
    { path: '/nodes/lose', base: lose, theirs: { ...lose, title: 'Lose, reworded' } },
  ];
  return m;
}

describe('resolve-conflict', () => {
  it('takes theirs: sets their value and drops the record, as one undo step', () => {
    const doc = applyEdit(openDocument(conflicted()), { kind: 'resolve-conflict', path: '/nodes/talk/title', take: 'theirs' });
    expect(doc.mission.nodes.find((n) => n.id === 'talk')!.title).toBe('Theirs');
    expect(doc.mission.conflicts?.map((c) => c.path)).toEqual(['/nodes/lose']);
    expect(historyLabels(doc).undo).toBe('Undo Take Theirs');
    expect(undo(doc).mission).toEqual(conflicted());
  });

  it('takes mine: keeps the value, drops the record, and the key when it was the last', () => {
    let doc = applyEdit(openDocument(conflicted()), { kind: 'resolve-conflict', path: '/nodes/talk/title', take: 'ours' });
    doc = applyEdit(doc, { kind: 'resolve-conflict', path: '/nodes/lose', take: 'ours' });
    expect(doc.mission.nodes.find((n) => n.id === 'talk')!.title).toBe('Mine');
    expect(doc.mission.nodes.some((n) => n.id === 'lose')).toBe(false);
    expect('conflicts' in doc.mission).toBe(false);
  });

  it('brings back a node ours deleted when theirs is taken', () => {
    const doc = applyEdit(openDocument(conflicted()), { kind: 'resolve-conflict', path: '/nodes/lose', take: 'theirs' });
    expect(doc.mission.nodes.find((n) => n.id === 'lose')?.title).toBe('Lose, reworded');
    expect(undo(doc).mission.nodes.some((n) => n.id === 'lose')).toBe(false);
  });

  it('changes nothing for a conflict that is not there', () => {
    const start = openDocument(conflicted());
    expect(applyEdit(start, { kind: 'resolve-conflict', path: '/nodes/win/title', take: 'theirs' })).toBe(start);
  });
});
