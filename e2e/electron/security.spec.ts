import { expect, test, type ElectronApplication } from '@playwright/test';
import { ELECTRON_SKIP_REASON, launchApp } from '../support/electron-app';
import { clickMenuItem, externalUrlsOpened, recordExternalLinks } from '../support/electron-main';
import { SECOND_WAVE } from '../support/missions';

test.skip(ELECTRON_SKIP_REASON !== null, ELECTRON_SKIP_REASON ?? '');

let app: ElectronApplication | undefined;

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The page's bridge, typed loosely: these tests send it what a compromised page might. */
type LooseBridge = Record<string, (...args: unknown[]) => Promise<unknown>>;

async function launched() {
  app = await launchApp();
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: SECOND_WAVE.title })).toBeVisible();
  return { app, page };
}

test('serves the page with its Content-Security-Policy as a header', async () => {
  const { page } = await launched();
  const header = await page.evaluate(async () => (await fetch('app://mission-studio/index.html')).headers.get('content-security-policy'));
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("object-src 'none'");
});

test('refuses a save to a path the user never chose, and a malformed payload', async () => {
  const { page } = await launched();
  const refusals = await page.evaluate(async () => {
    const bridge = (window as unknown as { missionStudio: LooseBridge }).missionStudio;
    const outcome = (call: Promise<unknown>) =>
      call.then(
        () => 'accepted',
        (error: unknown) => String(error),
      );
    return [
      await outcome(bridge['saveFile']!({ text: 'owned', path: '/etc/passwd' })),
      await outcome(bridge['saveFile']!({ text: 'x', path: '/tmp/x', shell: 'rm -rf /' })),
      await outcome(bridge['readFile']!('/etc/passwd')),
      await outcome(bridge['writeBackup']!({ id: 'hostile-page.1', name: 'a.json', path: '/etc/passwd', text: 'x' })),
      // Another session's backup goes only on a real click or key press, which page.evaluate never makes.
      await outcome(bridge['removeBackup']!({ id: 'some-other-session.1', name: 'a.json' })),
    ];
  });
  for (const refusal of refusals) expect(refusal).toContain('Refused');
});

test('hands clicked http(s) links to the browser, and nothing else', async () => {
  const { app, page } = await launched();
  await recordExternalLinks(app);
  await clickMenuItem(app, 'help.about');
  const about = page.getByRole('dialog', { name: 'Mission Studio' });
  await about.getByRole('link', { name: 'React Flow' }).click();
  await expect.poll(() => externalUrlsOpened(app)).toEqual(['https://reactflow.dev/']);
  const refused = await page.evaluate(async () => {
    const bridge = (window as unknown as { missionStudio: LooseBridge }).missionStudio;
    // The last is a fine URL, but no click or key press asked for it.
    return [
      await bridge['openExternal']!('file:///etc/passwd'),
      await bridge['openExternal']!('javascript:alert(1)'),
      await bridge['openExternal']!('https://example.com/'),
    ];
  });
  expect(refused).toEqual([false, false, false]);
  expect(await externalUrlsOpened(app)).toEqual(['https://reactflow.dev/']);
  // The page stayed the app: the link did not navigate the window.
  expect(page.url()).toBe('app://mission-studio/index.html');
});
