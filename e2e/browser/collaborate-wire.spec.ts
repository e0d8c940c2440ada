// Live co-editing with the network in the test's hands (support/room-wire.ts): one person's link to a real
// `mission-studio serve` cut for fifty edits while the other keeps editing, and a document update forced through
// a read-only connection, below anything the app would send, to show that the server itself refuses it.
import { expect, test, type Page } from '@playwright/test';
import { nodeById } from '../support/canvas';
import { collabStatus, dialogsFromTheMiddle, inspectorTitle, retitle, useCollabServer, type Dialog } from '../support/collab';
import { download } from '../support/files';
import { wireRoom, type RoomWire } from '../support/room-wire';

const rooms = useCollabServer();
const [kirasNode, odosNode] = dialogsFromTheMiddle(2) as [Dialog, Dialog];

/** The whole mission a page holds, as its Save writes it (a download in this browser). */
const missionText = async (page: Page): Promise<string> => (await download(page, 'Save')).text;

test.describe('collaborating live over a network the test controls', () => {
  // Two or three starts of the app each, on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test('a person offline for 50 edits merges them with the room’s when the link is back', async ({ browser }) => {
    const room = 'offline';
    const link = await rooms.link();
    const kira = await rooms.join(browser, room, rooms.token(room), 'Kira', { url: link.url });
    const odo = await rooms.join(browser, room, rooms.token(room), 'Odo');
    link.cut();
    await expect(collabStatus(kira)).toHaveText('Offline — edits kept');

    // Each key typed in the Title field is an edit of its own: fifty of them while Kira is cut off.
    const typed = ' (fifty keys, typed while the link was down, kept)';
    expect(typed).toHaveLength(50);
    await nodeById(kira, kirasNode.id).click();
    await inspectorTitle(kira).press('End');
    await inspectorTitle(kira).pressSequentially(typed);
    await expect(inspectorTitle(kira)).toHaveValue(kirasNode.title + typed);
    await retitle(odo, odosNode.id, 'Odo, while Kira was away');
    await expect(collabStatus(kira)).toHaveText('Offline — edits kept');

    link.restore();
    await expect(collabStatus(kira)).toHaveText('Connected');
    // (Read in the Inspector: a canvas node shortens a long title.)
    await nodeById(odo, kirasNode.id).click();
    await expect(inspectorTitle(odo)).toHaveValue(kirasNode.title + typed);
    await expect(nodeById(kira, odosNode.id)).toContainText('Odo, while Kira was away');
    // Both hold the same mission, to the byte, as each saves it.
    expect(await missionText(kira)).toBe(await missionText(odo));
  });

  test('an update forced through a read-only connection is refused by the server, and the room keeps its text', async ({ browser }) => {
    const room = 'read-only-forced';
    const wires: Record<string, RoomWire> = {};
    const wired = (name: string) => async (context: Parameters<typeof wireRoom>[0]) => void (wires[name] = await wireRoom(context));
    const kira = await rooms.join(browser, room, rooms.token(room), 'Kira', { beforeOpen: wired('kira') });
    await rooms.join(browser, room, rooms.token(room, true), 'Nog', { expected: 'Read-only', beforeOpen: wired('nog') });
    const { kira: kiraWire, nog: nogWire } = wires as { kira: RoomWire; nog: RoomWire };

    // A real update from the app, Kira's retitle, kept back from the server to be sent on Nog's connection.
    kiraWire.holdUpdates(true);
    await retitle(kira, kirasNode.id, 'Forced through a read-only token');
    await expect.poll(() => kiraWire.held.length).toBeGreaterThan(0);
    const answered = nogWire.statuses.length;
    for (const update of kiraWire.held) nogWire.sendAsPage(update);
    await expect.poll(() => nogWire.statuses.slice(answered)).toEqual(kiraWire.held.map(() => false));

    // Someone joining now gets the room from the server (in place of a new mission): without the forced title.
    const odo = await rooms.join(browser, room, rooms.token(room), 'Odo', { newMission: true });
    await expect(nodeById(odo, kirasNode.id)).toContainText(kirasNode.title);
    await expect(nodeById(odo, kirasNode.id)).not.toContainText('Forced');

    // The same bytes on an editor's connection (Kira's own) are applied: only Nog's role had them refused.
    kiraWire.holdUpdates(false);
    for (const update of kiraWire.held.splice(0)) kiraWire.sendAsPage(update);
    await expect(nodeById(odo, kirasNode.id)).toContainText('Forced through a read');
  });
});
