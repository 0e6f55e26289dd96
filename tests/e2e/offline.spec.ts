import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { preview } from 'vite';
import { loadGold } from './gold';
import { analyzeText, BRIDGE, library } from './opening';
import { openReader } from './reader';
import { seriousViolations } from './axe';

// The only spec where the app's service worker runs (playwright.config.ts blocks it for the others).
test.use({ serviceWorkers: 'allow' });

const gold = loadGold();

const HARBOUR = {
  headline: 'Gdansk harbour reopens after the storm',
  text: [
    'Gdansk harbour reopens after the storm',
    'The port of Gdansk reopened on Friday after three days of closure.',
    '"Ships are moving again," harbour master Jan Nowak said.',
  ].join('\n\n'),
};

/** Opens the reader and waits until the service worker has cached the app and controls the page. */
async function visitOnce(page: Page): Promise<void> {
  await openReader(page);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
}

/** Whether the page can reach the server at all: a file the service worker does not keep, fetched afresh. */
const reachesServer = (page: Page) =>
  page.evaluate(() =>
    fetch(`/robots.txt?${Date.now()}`, { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  );

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  expect(await reachesServer(page), 'the network is really gone').toBe(false);
}

test('Chromium finds the app installable: a manifest with its name and icons, and a service worker that controls the page', async ({ context, page }) => {
  await visitOnce(page);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? ((await (await fetch(link.href)).json()) as { name: string; icons: Array<{ sizes: string; type: string }> }) : null;
  });
  expect(manifest?.name).toBe('Who said what');
  expect(manifest?.icons.map(({ sizes, type }) => `${sizes} ${type}`)).toEqual(
    expect.arrayContaining(['any image/svg+xml', '192x192 image/png', '512x512 image/png']),
  );
  const browser = await context.newCDPSession(page);
  const { installabilityErrors } = await browser.send('Page.getInstallabilityErrors');
  // A Playwright context is off the record, where Chromium installs nothing; that is the one error allowed.
  expect(installabilityErrors.map(({ errorId }) => errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test('after one visit the reader, the library and the engine work with no network', async ({ context, page }) => {
  const problems: Array<string> = [];
  page.on('pageerror', (error) => problems.push(error.message));

  await visitOnce(page);
  await analyzeText(page, BRIDGE.text);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);

  await goOffline(context, page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));
  await expect(page.getByRole('article').getByRole('button', { name: /unprecedented terrorist attack/ })).toBeVisible();

  // The kept article, from the library, by keyboard.
  const kept = library(page).getByRole('link', { name: BRIDGE.headline });
  await kept.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
  await expect(page.getByRole('article').getByRole('button', { name: /This bridge joins the two halves of our city/ })).toBeVisible();

  // A new article: the dialog and the analysis worker come from the cache.
  await analyzeText(page, HARBOUR.text);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HARBOUR.headline);
  await expect(page.getByRole('article').getByRole('button', { name: /Ships are moving again/ })).toBeVisible();
  await expect(library(page).getByRole('link')).toHaveCount(3);

  // A link to a kept article opens offline too: every reader URL is the one cached page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HARBOUR.headline);
  expect(problems).toEqual([]);
});

/**
 * A server of the built app of its own, whose sw.js can change as a deploy would change it. Playwright's routing
 * cannot: the browser fetches a service worker's script for an update check outside any page.
 */
async function deployableServer(): Promise<{ url: string; deployNextVersion: () => void; close: () => Promise<void> }> {
  let nextVersion = false;
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0 },
    plugins: [
      {
        name: 'next-version',
        configurePreviewServer: ({ middlewares }) => {
          middlewares.use('/sw.js', (_request, response, next) => {
            if (!nextVersion) return next();
            response.setHeader('Content-Type', 'text/javascript');
            response.end(`${readFileSync('dist/sw.js', 'utf8')}\n// the next version\n`);
          });
        },
      },
    ],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, deployNextVersion: () => (nextVersion = true), close: () => server.close() };
}

test('a new version announces itself and takes over only when the reader chooses Reload', async ({ page }) => {
  // An accessibility scan of the whole page runs in it.
  test.slow();
  const server = await deployableServer();
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
    const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(notice).toHaveCount(0);

    server.deployNextVersion();
    // The browser looks for a new version on each navigation; a reload is one.
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 15_000 });
    // The page stays as it is until the reader says so.
    await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));
    expect(await seriousViolations(page)).toEqual([]);

    // A mark on this page's window: gone once the page has reloaded.
    await page.evaluate(() => Object.defineProperty(window, '__beforeReload', { value: true }));
    // The notice comes first in the page, so the keyboard reaches its Reload button right after the skip link.
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(notice.getByRole('button', { name: 'Reload' })).toBeFocused();
    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await page.keyboard.press('Enter');
    await reloaded;

    expect(await page.evaluate(() => '__beforeReload' in window)).toBe(false);
    // The new version is the one running now: none waits any more.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => Boolean(registration?.waiting)))).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));
    await expect(notice).toHaveCount(0);
  } finally {
    await server.close();
  }
});
