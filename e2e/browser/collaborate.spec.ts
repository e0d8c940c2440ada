// Live co-editing through a real `mission-studio serve` (support/collab.ts): two browser contexts, each its own
// person, in one room.
import { expect, test } from '@playwright/test';
import { nodeById } from '../support/canvas';
import {
  collabStatus,
  dialogsFromTheMiddle,
  inspectorTitle,
  openCollaborate,
  openHistory,
  retitle,
  useCollabServer,
  type Dialog,
} from '../support/collab';

const rooms = useCollabServer();
const [shared, kirasNode, odosNode] = dialogsFromTheMiddle(3) as [Dialog, Dialog, Dialog];

test.describe('collaborating live', () => {
  // Each test opens the app twice (two people): twice the start-up of one page on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  test('two people editing one room converge, and each sees where the other is', async ({ browser }) => {
    const room = 'converge';
    const kira = await rooms.join(browser, room, rooms.token(room), 'Kira');
    const odo = await rooms.join(browser, room, rooms.token(room), 'Odo');
    await expect(kira.getByRole('list', { name: 'People here' })).toContainText('Odo');

    // The same node's title, from both sides, then a different node each.
    await retitle(kira, shared.id, `${shared.title} (Kira)`);
    await retitle(odo, shared.id, `${shared.title} (Odo)`);
    await retitle(kira, kirasNode.id, 'Kira was here');
    await retitle(odo, odosNode.id, 'Odo was here');

    for (const page of [kira, odo]) {
      await expect(nodeById(page, kirasNode.id)).toContainText('Kira was here');
      await expect(nodeById(page, odosNode.id)).toContainText('Odo was here');
    }
    // Both show the same title for the node both typed in (whatever the merge made of it).
    await expect
      .poll(async () => (await nodeById(kira, shared.id).textContent()) === (await nodeById(odo, shared.id).textContent()))
      .toBe(true);
    await expect(nodeById(kira, shared.id)).toContainText(shared.title);

    // Odo has his node selected: Kira's canvas rings it with his name.
    await expect(nodeById(kira, odosNode.id).getByRole('img', { name: 'Selected by Odo' })).toBeVisible();
    await expect(nodeById(odo, kirasNode.id).getByRole('img', { name: 'Selected by Kira' })).toBeVisible();
    await expect(collabStatus(kira)).toHaveText('Connected');

    // Undo takes back only Kira's own last edit, and names it.
    await expect(kira.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-description', 'Edit Node');
    await kira.getByRole('button', { name: 'Undo' }).click();
    await expect(nodeById(odo, kirasNode.id)).toContainText(kirasNode.title);
    await expect(nodeById(kira, odosNode.id)).toContainText('Odo was here');

    // Edit > History lists Kira's own steps in the room (what Undo takes), never Odo's; going back to the start
    // takes back all of hers and none of his.
    const steps = await openHistory(kira);
    await expect(steps.getByRole('listitem').first()).toHaveText('Joined the Room');
    await expect(steps).not.toContainText('Edit by Others');
    await steps.getByRole('button', { name: 'Joined the Room' }).click();
    await expect(steps.getByRole('listitem').first()).toHaveText('Joined the Room (now)');
    // (How the two concurrent retitles interleaved is the merge's business: Kira's characters are gone, Odo's stay.)
    await expect(nodeById(odo, shared.id)).not.toContainText('Kira');
    await expect(nodeById(odo, shared.id)).toContainText('Odo');
    await expect(nodeById(kira, odosNode.id)).toContainText('Odo was here');
  });

  test('the next launch’s Collaborate dialog has the last server, room and name, but not the token', async ({ browser }) => {
    const room = 'remembered';
    const kira = await rooms.join(browser, room, rooms.token(room), 'Kira');
    await kira.reload();
    await expect(collabStatus(kira)).toHaveCount(0);
    const dialog = await openCollaborate(kira);
    await expect(dialog.getByLabel('Server URL')).toHaveValue(/^ws:\/\/127\.0\.0\.1:\d+$/);
    await expect(dialog.getByLabel('Room')).toHaveValue(room);
    await expect(dialog.getByLabel('Your name')).toHaveValue('Kira');
    await expect(dialog.getByLabel('Token')).toHaveValue('');
  });

  test('at 1280x720, in a room, on the first launch, the status bar shows the room and the whole play check', async ({ browser }) => {
    const room = 'narrow';
    const kira = await rooms.join(browser, room, rooms.token(room), 'Kira');
    await kira.setViewportSize({ width: 1280, height: 720 });
    await expect(kira.getByRole('note', { name: 'How to start' })).toBeVisible();
    const playCheck = kira.getByRole('status', { name: 'Play check' });
    await expect(playCheck).toContainText('endings reachable');
    await expect(collabStatus(kira)).toBeInViewport({ ratio: 1 });
    await expect(playCheck).toBeInViewport({ ratio: 1 });
    // Not cut with an ellipsis: all of its text is laid out inside it.
    expect(await playCheck.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  });

  test('a read-only person sees the edits live but cannot edit', async ({ browser }) => {
    const room = 'read-only';
    const kira = await rooms.join(browser, room, rooms.token(room), 'Kira');
    const nog = await rooms.join(browser, room, rooms.token(room, true), 'Nog', 'Read-only');
    await nodeById(nog, shared.id).click();
    await expect(inspectorTitle(nog)).toBeDisabled();
    await retitle(kira, shared.id, 'Kira edits, Nog watches');
    await expect(nodeById(nog, shared.id)).toContainText('Kira edits, Nog watches');
    await expect(inspectorTitle(nog)).toHaveValue('Kira edits, Nog watches');
  });
});
