import { describe, expect, it } from 'vitest';
import { buildMission, n, tourMission } from '../test-fixtures';
import { compileMission } from './compile-mission';
import { copyCursor, createCursor, restoreCursor } from './cursor';
import { runFrom, takePort } from './step';

function snapshot(c: ReturnType<typeof createCursor>): unknown {
  return { node: c.node, vars: [...c.vars], visited: Array.from(c.visited), once: Array.from(c.once), error: c.error };
}

describe('restoreCursor', () => {
  it('undoes what the kernel changed since the copy', () => {
    const cm = compileMission(tourMission());
    const base = createCursor(cm, 'federation');
    runFrom(cm, base, 0, null);
    takePort(cm, base, 0, null); // at the market hub, rumour not yet taken
    const work = createCursor(cm, 'federation');
    copyCursor(base, work);
    takePort(cm, work, 0, null); // rumour: once-option used, clue set
    expect(snapshot(work)).not.toEqual(snapshot(base));
    restoreCursor(base, work);
    expect(snapshot(work)).toEqual(snapshot(base));
  });

  it('falls back to a full copy when more slots were written than it remembers', () => {
    const effects = Array.from({ length: 40 }, (_, i) => `x${i % 3} = ${i}`);
    const mission = buildMission({
      variables: [0, 1, 2].map((i) => ({ id: `x${i}`, type: 'number' as const, initial: 0 })),
      nodes: [n.start('s'), n.dialog('d', [{ id: 'go', text: 'Go', effects }]), n.end('e')],
      edges: [
        ['s', 'next', 'd'],
        ['d', 'go', 'e'],
      ],
    });
    const cm = compileMission(mission);
    const base = createCursor(cm, 'federation');
    runFrom(cm, base, 0, null);
    const work = createCursor(cm, 'federation');
    copyCursor(base, work);
    takePort(cm, work, 0, null);
    expect(work.writtenCount).toBe(40);
    restoreCursor(base, work);
    expect(snapshot(work)).toEqual(snapshot(base));
  });
});
