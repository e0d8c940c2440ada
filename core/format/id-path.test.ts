import { describe, expect, it } from 'vitest';
import { clone, smallMission } from '../test-support/mission-builder';
import { locateIdPath, writeIdPath } from './id-path';

describe('id paths', () => {
  it('locate a field through list items by id, giving the ordinary pointer by index', () => {
    expect(locateIdPath(smallMission(), '/nodes/talk/data/choices/bribe/text')).toEqual({
      pointer: '/nodes/2/data/choices/1/text',
      value: 'Here is a bar of latinum.',
    });
    expect(locateIdPath(smallMission(), '/meta/title')).toEqual({ pointer: '/meta/title', value: 'Small' });
  });

  it('say when an item is gone', () => {
    expect(locateIdPath(smallMission(), '/nodes/gone/title')).toBeNull();
    expect(locateIdPath(smallMission(), '/meta/nothing')).toBeNull();
  });

  it('write a field, remove an item, and append an item that is not there', () => {
    const m = clone(smallMission());
    expect(writeIdPath(m, '/nodes/talk/title', 'Quark')).toBe(true);
    expect(m.nodes[2]!.title).toBe('Quark');
    const win = m.nodes.find((n) => n.id === 'win')!;
    expect(writeIdPath(m, '/nodes/win', undefined)).toBe(true);
    expect(m.nodes.some((n) => n.id === 'win')).toBe(false);
    expect(writeIdPath(m, '/nodes/win', win)).toBe(true);
    expect(m.nodes[m.nodes.length - 1]).toBe(win);
  });

  it('write nothing when the parent is gone, at the root, or at __proto__', () => {
    const m = clone(smallMission());
    const before = JSON.stringify(m);
    expect(writeIdPath(m, '/nodes/gone/title', 'x')).toBe(false);
    expect(writeIdPath(m, '', 'x')).toBe(false);
    expect(writeIdPath(m, '/meta/__proto__', { polluted: true })).toBe(false);
    expect(JSON.stringify(m)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
