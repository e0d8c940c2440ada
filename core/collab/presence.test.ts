import { describe, expect, it } from 'vitest';
import { cleanName, colourFor, freeColourFor, MAX_NAME_LENGTH, MAX_PEERS, readPeers, readPresence } from './presence';

describe('presence', () => {
  it('reads a well-formed state as given, with the colour in lower case', () => {
    expect(readPresence({ user: { name: 'Kira', colour: '#E6194B', selected: 'dock' } }, 7)).toEqual({
      name: 'Kira',
      colour: '#e6194b',
      selected: 'dock',
    });
  });

  it('gives a client without presence nothing to show', () => {
    expect(readPresence({}, 1)).toBeNull();
    expect(readPresence(null, 1)).toBeNull();
    expect(readPresence({ user: 'Kira' }, 1)).toBeNull();
  });

  it('never passes an unsafe colour on: anything but #rrggbb becomes the client’s own colour', () => {
    for (const colour of ['red; background: url(x)', 'url(javascript:1)', '#fff', 12, 'var(--x)']) {
      expect(readPresence({ user: { name: 'Odo', colour } }, 3)?.colour).toBe(colourFor(3));
    }
  });

  it('drops control characters from names, cuts long ones and names a nameless client', () => {
    expect(cleanName('Qu\u0000ark\u202e  the\nBarkeep', 'x')).toBe('Quark the Barkeep');
    expect(cleanName('x'.repeat(100), 'y')).toHaveLength(MAX_NAME_LENGTH);
    expect(readPresence({ user: { name: '   ' } }, 1042)?.name).toBe('Guest 42');
  });

  it('keeps only a selected node id of a sane length', () => {
    expect(readPresence({ user: { selected: 'x'.repeat(500) } }, 1)?.selected).toBeNull();
    expect(readPresence({ user: { selected: 4 } }, 1)?.selected).toBeNull();
  });

  it('lists everyone but me, sorted by name, and at most MAX_PEERS of them', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Sisko' } }],
      [2, { user: { name: 'Dax' } }],
      [3, { user: { name: 'Me' } }],
      [4, {}],
    ]);
    expect(readPeers(states, 3).map((p) => p.name)).toEqual(['Dax', 'Sisko']);
    const crowd = new Map<number, unknown>(Array.from({ length: 200 }, (_, i) => [i, { user: { name: `P${i}` } }]));
    expect(readPeers(crowd, -1)).toHaveLength(MAX_PEERS);
  });

  it('picks a colour nobody has, keeping my own when it is free', () => {
    expect(freeColourFor(5, new Set())).toBe(colourFor(5));
    const taken = new Set([colourFor(5)]);
    const free = freeColourFor(5, taken);
    expect(taken.has(free)).toBe(false);
    expect(free).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives one client the same colour every time', () => {
    expect(colourFor(123456)).toBe(colourFor(123456));
    expect(colourFor(1)).not.toBe(colourFor(2));
  });
});
