// One window's binding to a room's document, with the room played by a second document synced by hand.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyEditToDoc, readMission } from '@mission-studio/core/collab';
import type { Mission } from '@mission-studio/core/format';
import { smallMission } from '@mission-studio/core/test-support';
import { createSharedMission } from './shared-mission';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
const titleOf = (doc: Y.Doc, id: string) => readMission(doc)?.nodes.find((n) => n.id === id)?.title;

describe('createSharedMission', () => {
  it('keeps a keystroke that arrived but was not shown yet when I type in the same title', () => {
    const mine = new Y.Doc();
    const shown: Mission[] = [];
    const shared = createSharedMission(mine, {
      changed: (mission) => shown.push(mission),
      history: () => undefined,
      failed: () => undefined,
    });
    const start = smallMission();
    shared.joined(start, true);
    const theirs = new Y.Doc();
    sync(mine, theirs);
    const title = start.nodes.find((n) => n.id === 'talk')?.title ?? '';

    // They type " =odo" at the end; it reaches my document, but the app has not read it back yet (that waits
    // a moment, to read a burst once). Meanwhile I type " +", which the Inspector sends as the whole title I see.
    applyEditToDoc(theirs, { kind: 'update-node', id: 'talk', title: `${title} =odo` });
    sync(theirs, mine);
    expect(shown).toHaveLength(0);
    shared.edit({ kind: 'update-node', id: 'talk', title: `${title} +` }, 'title');
    sync(mine, theirs);

    // Both keystrokes are in the room, in both documents, in one order or the other.
    expect([`${title} + =odo`, `${title} =odo +`]).toContain(titleOf(mine, 'talk'));
    expect(titleOf(theirs, 'talk')).toBe(titleOf(mine, 'talk'));
    shared.dispose();
  });

  it('undoes my merged keystroke and leaves theirs', () => {
    const mine = new Y.Doc();
    const shared = createSharedMission(mine, { changed: () => undefined, history: () => undefined, failed: () => undefined });
    const start = smallMission();
    shared.joined(start, true);
    const theirs = new Y.Doc();
    sync(mine, theirs);
    const title = start.nodes.find((n) => n.id === 'talk')?.title ?? '';
    applyEditToDoc(theirs, { kind: 'update-node', id: 'talk', title: `${title} =odo` });
    sync(theirs, mine);
    shared.edit({ kind: 'update-node', id: 'talk', title: `${title} +` }, 'title');
    shared.undo();
    expect(titleOf(mine, 'talk')).toBe(`${title} =odo`);
    shared.dispose();
  });
});
