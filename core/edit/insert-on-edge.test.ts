import { describe, expect, it } from 'vitest';
import { smallMission } from '../test-support/mission-builder';
import { applyEdit, openDocument, undo } from './history';
import { insertOnEdge } from './insert-on-edge';
import { nodeTemplate } from './node-templates';

describe('insertOnEdge', () => {
  it("puts a new narration between an edge's ends, keeping the edge's id for the first half", () => {
    const mission = smallMission();
    const beat = nodeTemplate('narration', 'beat', { x: 10, y: 20 });
    const edits = insertOnEdge(mission, 'start.next', beat);
    if (!edits) throw new Error('a narration fits on an edge');
    let doc = openDocument(mission);
    for (const edit of edits) doc = applyEdit(doc, edit, { coalesceKey: 'insert', now: 0 });
    const edges = doc.mission.edges.filter((e) => e.source === 'start' || e.source === 'beat');
    expect(edges).toEqual([
      { id: 'start.next', source: 'start', sourceHandle: 'next', target: 'beat' },
      { id: 'beat.next', source: 'beat', sourceHandle: 'next', target: 'talk' },
    ]);
    expect(doc.mission.nodes.map((n) => n.id)).toContain('beat');
    // One undo step takes it all back.
    expect(undo(doc).mission).toEqual(mission);
  });

  it('refuses a node with no single way out, an unknown edge, or an id already taken', () => {
    const mission = smallMission();
    expect(insertOnEdge(mission, 'start.next', nodeTemplate('end', 'stop', { x: 0, y: 0 }))).toBeNull();
    expect(insertOnEdge(mission, 'start.next', nodeTemplate('branch', 'fork', { x: 0, y: 0 }))).toBeNull();
    expect(insertOnEdge(mission, 'nope', nodeTemplate('set', 'mark', { x: 0, y: 0 }))).toBeNull();
    expect(insertOnEdge(mission, 'start.next', nodeTemplate('set', 'trust', { x: 0, y: 0 }))).toBeNull();
  });
});
