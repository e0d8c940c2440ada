import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE, SECOND_WAVE_TEXT } from '../support/missions';

const playCheck = (page: Page) => page.getByRole('status', { name: 'Play check' });
const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });

/**
 * Quark will talk for a bribe of 10 credits, but the player starts with 5 and can only spend: the ending
 * behind the bribe is out of every player's reach. Nothing is wrong with the file itself.
 */
const BRIBE = {
  format: 'mission-studio/2',
  meta: { id: 'bribe', title: 'The Bribe', summary: 'Quark wants more than you have.', factions: ['federation'] },
  variables: [{ id: 'credits', type: 'number', initial: 5 }],
  cast: [{ id: 'quark', name: 'Quark', species: 'Ferengi' }],
  locations: [],
  units: [],
  nodes: [
    {
      id: 'start',
      type: 'start',
      title: 'Promenade',
      position: { x: 0, y: 0 },
      data: { faction: 'federation', text: 'You walk into the bar.' },
    },
    {
      id: 'talk',
      type: 'dialog',
      title: 'Quark',
      position: { x: 300, y: 0 },
      data: {
        speaker: 'quark',
        lines: ['Information costs.'],
        choices: [
          { id: 'haggle', text: 'Pay what you can.', effects: ['credits -= 1'] },
          { id: 'bribe', text: 'Pay the full price.', condition: 'credits >= 10' },
        ],
      },
    },
    {
      id: 'shrug',
      type: 'end',
      title: 'Quark Shrugs',
      position: { x: 600, y: 0 },
      data: { outcome: 'failure', text: 'He tells you nothing.' },
    },
    {
      id: 'secret',
      type: 'end',
      title: 'Quark Talks',
      position: { x: 600, y: 200 },
      data: { outcome: 'success', text: 'He tells you everything.' },
    },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'talk' },
    { id: 'e2', source: 'talk', sourceHandle: 'haggle', target: 'shrug' },
    { id: 'e3', source: 'talk', sourceHandle: 'bribe', target: 'secret' },
  ],
};

/** Waiting at the gate leads to a hall whose every way on needs a key nobody has: the run gets stuck there. */
const LOCKED_HALL = {
  ...BRIBE,
  meta: { ...BRIBE.meta, id: 'locked-hall', title: 'The Locked Hall' },
  variables: [{ id: 'key', type: 'bool', initial: false }],
  nodes: [
    BRIBE.nodes[0],
    {
      id: 'gate',
      type: 'dialog',
      title: 'The Gate',
      position: { x: 300, y: 0 },
      data: {
        speaker: 'quark',
        lines: ['Well?'],
        choices: [
          { id: 'wait', text: 'Wait.' },
          { id: 'leave', text: 'Leave.' },
        ],
      },
    },
    {
      id: 'hall',
      type: 'hub',
      title: 'The Hall',
      position: { x: 600, y: 0 },
      data: { options: [{ id: 'open', label: 'Open the door', condition: 'key' }], continue: { label: 'Go back', condition: 'key' } },
    },
    { id: 'out', type: 'end', title: 'Outside', position: { x: 900, y: 0 }, data: { outcome: 'success', text: 'You are out.' } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'gate' },
    { id: 'e2', source: 'gate', sourceHandle: 'wait', target: 'hall' },
    { id: 'e3', source: 'gate', sourceHandle: 'leave', target: 'out' },
    { id: 'e4', source: 'hall', sourceHandle: 'open', target: 'out' },
    { id: 'e5', source: 'hall', sourceHandle: 'continue', target: 'out' },
  ],
};

async function openMission(page: Page, name: string, mission: object, title: string) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mission, null, 2)) });
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test.describe('the play check', () => {
  test('plays every path of the opened mission in the background and says every ending is reachable', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
    const endings = (JSON.parse(SECOND_WAVE_TEXT) as { nodes: Array<{ type: string }> }).nodes.filter((n) => n.type === 'end').length;
    await expect(playCheck(page)).toContainText(`${endings} of ${endings} endings reachable`);
    await expect(problems(page)).toContainText('No problems found.');
  });

  test('lists an ending no player can reach and the choice that is never on offer, and clicking one shows the node', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await (
      await chooser
    ).setFiles({ name: 'bribe.mission.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BRIBE, null, 2)) });
    await expect(page.getByRole('heading', { level: 1, name: 'The Bribe' })).toBeVisible();

    await expect(playCheck(page)).toContainText('1 of 2 endings reachable');
    const unreachable = problems(page).getByRole('button', {
      name: /No play-through reaches the ending "Quark Talks": "bribe" of "Quark" is never available/,
    });
    await expect(unreachable).toBeVisible();
    await expect(
      problems(page).getByRole('button', {
        name: /Choice "bribe" of "Quark" is never available: its condition "credits >= 10" .*there, credits is 5\)/,
      }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Graph' })
        .locator('[data-node-id="secret"]')
        .getByRole('img', { name: /problem/ }),
    ).toBeVisible();

    // Moving a node changes no path: the findings stay, without a new search.
    const title = page.getByRole('region', { name: 'Graph' }).locator('[data-node-id="shrug"] .node-title');
    const from = await title.boundingBox();
    if (!from) throw new Error('the node is not on screen');
    const searches: string[] = [];
    await page.exposeFunction('noteSearch', (text: string) => searches.push(text));
    await playCheck(page).evaluate((el) => {
      new MutationObserver(() => (window as unknown as { noteSearch(t: string): void }).noteSearch(el.textContent ?? '')).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 120, { steps: 8 });
    await page.mouse.up();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
    await expect(unreachable).toBeVisible();
    await expect(playCheck(page)).toContainText('1 of 2 endings reachable');
    expect(searches.filter((t) => t.startsWith('Checking'))).toEqual([]);

    await unreachable.click();
    await expect(page.getByRole('region', { name: 'Graph' }).locator('.react-flow__node.selected [data-node-id="secret"]')).toHaveCount(1);

    // The closed choice's row replays the way to its dialog, where the preview shows the bribe out of reach.
    await problems(page).getByRole('button', { name: 'Replay the way into the closed choice at "Quark" in the preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('Replayed the way into the closed choice at "Quark"');
    await expect(page.getByRole('region', { name: 'Graph' }).locator('[data-node-id="talk"]')).toHaveAttribute('data-active', 'true');
    await expect(preview.getByRole('button', { name: 'Pay what you can.' })).toBeVisible();
    await expect(preview.getByRole('button', { name: 'Pay the full price.' })).toHaveCount(0);
  });

  test('a soft-lock is listed with a Replay button that plays the way into it in the preview', async ({ page }) => {
    await openMission(page, 'locked-hall.mission.json', LOCKED_HALL, 'The Locked Hall');
    await expect(
      problems(page).getByRole('button', { name: /The run gets stuck at "The Hall": no input is available, with key = false/ }),
    ).toBeVisible();
    await expect(playCheck(page)).toContainText('1 of 1 ending reachable');

    await problems(page).getByRole('button', { name: 'Replay the way into the soft-lock at "The Hall" in the preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('Replayed the way into the soft-lock at "The Hall" (federation, 1 input).');
    await expect(page.getByRole('region', { name: 'Graph' }).locator('[data-node-id="hall"]')).toHaveAttribute('data-active', 'true');
    // The run can be stepped back like any other: one step back stands at the gate again.
    await preview.getByRole('button', { name: 'Step back' }).click();
    await expect(page.getByRole('region', { name: 'Graph' }).locator('[data-node-id="gate"]')).toHaveAttribute('data-active', 'true');
  });

  test('Replay works with the Preview hidden: it shows the pane and plays the way there', async ({ page }) => {
    await openMission(page, 'locked-hall.mission.json', LOCKED_HALL, 'The Locked Hall');
    const preview = page.getByRole('region', { name: 'Preview' });
    await page.keyboard.press('ControlOrMeta+Shift+P');
    await page.getByRole('dialog', { name: 'Command Palette' }).getByRole('textbox', { name: 'Command' }).fill('Toggle Preview');
    await page.keyboard.press('Enter');
    await expect(preview).toHaveCount(0);
    await problems(page).getByRole('button', { name: 'Replay the way into the soft-lock at "The Hall" in the preview' }).click();
    await expect(preview).toContainText('Replayed the way into the soft-lock at "The Hall" (federation, 1 input).');
    await expect(page.getByRole('region', { name: 'Graph' }).locator('[data-node-id="hall"]')).toHaveAttribute('data-active', 'true');
  });
});
