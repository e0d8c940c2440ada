import { expect, test, type Page } from '@playwright/test';
import { SECOND_WAVE } from '../support/missions';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Loads the app and waits until the mission is on screen, so everything the start-up does has happened. */
async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
}

test('starts without console errors or uncaught exceptions', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page);
  expect(errors).toEqual([]);
});

test('requests nothing from any origin but localhost', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openApp(page);
  const remote = requested.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(protocol === 'data:' || protocol === 'blob:' || LOCAL_HOSTS.has(hostname));
  });
  expect(requested.length).toBeGreaterThan(0);
  expect(remote).toEqual([]);
});
