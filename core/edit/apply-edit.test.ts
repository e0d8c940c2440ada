import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DialogData } from '../format/mission.types';
import { smallMission } from '../test-support/mission-builder';
import { applyEdit, openDocument, undo } from './history';

const talkData = (): DialogData => {
  const talk = smallMission().nodes.find((n) => n.id === 'talk');
  if (talk?.type !== 'dialog') throw new Error('the small mission has a dialog named talk');
  return talk.data;
};

describe('applyEditToDraft', () => {
  it('removes the edge of a removed port in the same step as the new data', () => {
    const data = talkData();
    const next = { ...data, choices: data.choices.filter((c) => c.id !== 'bribe') };
    const doc = applyEdit(openDocument(smallMission()), { kind: 'update-node', id: 'talk', data: next, ports: { removed: ['bribe'] } });
    expect(doc.mission.edges.some((e) => e.source === 'talk' && e.sourceHandle === 'bribe')).toBe(false);
    expect(doc.mission.edges).toHaveLength(smallMission().edges.length - 1);
    expect(doc.history.past).toHaveLength(1);
    expect(undo(doc).mission).toEqual(smallMission());
  });

  it('keeps a renamed port\'s edge and its place among the edges', () => {
    const data = talkData();
    const next = { ...data, choices: data.choices.map((c) => (c.id === 'ask' ? { ...c, id: 'inquire' } : c)) };
    const doc = applyEdit(openDocument(smallMission()), { kind: 'update-node', id: 'talk', data: next, ports: { renamed: [{ from: 'ask', to: 'inquire' }] } });
    const before = smallMission().edges.findIndex((e) => e.source === 'talk' && e.sourceHandle === 'ask');
    expect(doc.mission.edges[before]).toMatchObject({ source: 'talk', sourceHandle: 'inquire', target: 'check' });
  });

  it('swaps the edges of two ports renamed into each other', () => {
    const data = talkData();
    const swap = { ask: 'bribe', bribe: 'ask' } as Record<string, string>;
    const next = { ...data, choices: data.choices.map((c) => ({ ...c, id: swap[c.id] ?? c.id })) };
    const renamed = [{ from: 'ask', to: 'bribe' }, { from: 'bribe', to: 'ask' }];
    const doc = applyEdit(openDocument(smallMission()), { kind: 'update-node', id: 'talk', data: next, ports: { renamed } });
    const target = (port: string) => doc.mission.edges.find((e) => e.source === 'talk' && e.sourceHandle === port)?.target;
    expect([target('ask'), target('bribe')]).toEqual(['trust', 'check']);
  });

  it('leaves edges of other nodes alone whatever ports are named', () => {
    fc.assert(
      fc.property(fc.subarray(['next', 'ok', 'else', 'ask', 'bribe']), fc.constantFrom('ask', 'next', 'else'), (removed, from) => {
        const doc = applyEdit(openDocument(smallMission()), { kind: 'update-node', id: 'trust', ports: { removed, renamed: [{ from, to: 'x' }] } });
        const others = (edges: typeof doc.mission.edges) => edges.filter((e) => e.source !== 'trust');
        expect(others(doc.mission.edges)).toEqual(others(smallMission().edges));
      }),
    );
  });

  it('records nothing when the named ports have no edges', () => {
    const start = openDocument(smallMission());
    expect(applyEdit(start, { kind: 'update-node', id: 'talk', ports: { removed: ['nowhere'], renamed: [{ from: 'gone', to: 'x' }] } })).toBe(start);
  });
});
