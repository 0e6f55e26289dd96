import { expect, test, type Page } from '@playwright/test';
import { analyzeText, BRIDGE } from './opening';

/** An article with no quote in it: its view has no reading bar, so nothing there ever listens for `j` and `k`. */
const NO_QUOTES = [
  'Town council approves a new riverside park',
  'The town council on Monday approved a plan for a new park by the river.',
  'Work starts in the spring and ends next year. The park will have a playground and a path for bikes.',
].join('\n\n');

/** Opens `url` with the page's own code held back until `release`, as a slow phone would still be loading it. */
async function openWithCodeHeld(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'off');
  return release;
}

test('j pressed before the page is live, on an article with no quotes, is let go at once rather than held for the next article', async ({ page }) => {
  await page.goto('/');
  await analyzeText(page, NO_QUOTES);
  const release = await openWithCodeHeld(page, page.url());
  await page.keyboard.press('j');

  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Town council approves a new riverside park');
  // Before, the key was held for ten seconds, waiting for reading keys this view never has.
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live', { timeout: 3_000 });

  // The key pressed on the article without quotes does not step into the next article opened.
  await analyzeText(page, BRIDGE.text);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
  await expect(page.getByRole('article').getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Quote attribution' })).toHaveCount(0);
});

test('j pressed before the page is live, on the library overview, leaves the overview live at once', async ({ page }) => {
  const release = await openWithCodeHeld(page, '/?view=overview');
  await page.keyboard.press('j');

  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Library overview' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live', { timeout: 3_000 });
});

test('j pressed while an opened article is still loading is answered once its reading bar listens', async ({ page }) => {
  await page.goto('/');
  await analyzeText(page, BRIDGE.text);
  const release = await openWithCodeHeld(page, page.url());
  await page.keyboard.press('j');

  release();
  await expect(page.getByRole('status').filter({ hasText: /Quote \d+ of \d+/ })).toHaveText('Quote 1 of 1');
  await expect(page.getByRole('article').getByRole('button', { name: /This bridge joins/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live');
});
