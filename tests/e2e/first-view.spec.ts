import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_ROUTE } from './gold';
import { attribution, expectSpeaker } from './reader';

test('the first view comes alive without waiting for the article file: a quote opens its attribution while that request is held up', async ({ page }) => {
  // The request is answered only once the quote has answered the reader; then the file, unchanged, is served.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ARTICLE_ROUTE, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live');

  await page
    .getByRole('article')
    .getByRole('button', { name: /both countries are ready/ })
    .click();
  await expectSpeaker(attribution(page), 'Kassym-Jomart Tokayev');

  release();
  // The served file is the one the view was built from, so the article stays as it is, the quote still chosen.
  await page.waitForResponse(/\/articles\/.+\.json$/);
  await expect(attribution(page)).toBeVisible();
  await expect(page.getByRole('article').getByRole('button', { name: /both countries are ready/ })).toHaveAttribute('aria-pressed', 'true');
});

test('from the keyboard too: Enter on a focused quote opens it before the article file has come', async ({ page }) => {
  await page.route(ARTICLE_ROUTE, () => {
    // Never answered in this test.
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'live');

  const quote = page.getByRole('article').getByRole('button').first();
  await quote.focus();
  await expect(quote).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(attribution(page)).toBeVisible();
  await expect(quote).toHaveAttribute('aria-pressed', 'true');
});

/**
 * Holds the page's own code (the app's chunk; React's comes, but nothing runs it) until `release`, as a slow phone would
 * be still parsing it while the first view shows. The page is opened without waiting for its load event, which waits
 * on that code.
 */
async function openWithCodeHeld(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('article').getByRole('button').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-first-view', 'on');
  return release;
}

const readingStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Quote \d+ of \d+/ });

test('j and k pressed while the first view has no code yet are answered once it has, each in turn', async ({ page }) => {
  const release = await openWithCodeHeld(page);
  for (const key of ['j', 'j', 'j', 'k']) await page.keyboard.press(key);
  await expect(page.getByRole('article').getByRole('button', { pressed: true })).toHaveCount(0);

  release();
  await expect(readingStatus(page)).toHaveText('Quote 2 of 11');
  const second = page.getByRole('article').getByRole('button', { name: /an act of terrorist aggression committed/ });
  await expect(second).toHaveAttribute('aria-pressed', 'true');
  await expect(second).toBeFocused();
  await expect(attribution(page)).toContainText('Vladimir Putin');
  // Each key was answered once: the next one steps on from there.
  await page.keyboard.press('j');
  await expect(readingStatus(page)).toHaveText('Quote 3 of 11');
});

test('Enter on a focused quote and then j, before the code has come, open that quote and then step to the next', async ({ page }) => {
  const release = await openWithCodeHeld(page);
  const headlineQuote = page.getByRole('heading', { level: 1 }).getByRole('button');
  await headlineQuote.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('j');

  release();
  await expect(readingStatus(page)).toHaveText('Quote 2 of 11');
  await expect(headlineQuote).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('article').getByRole('button', { name: /an act of terrorist aggression committed/ })).toBeFocused();
});

test('Enter alone, before the code has come, opens the focused quote once it has', async ({ page }) => {
  const release = await openWithCodeHeld(page);
  const headlineQuote = page.getByRole('heading', { level: 1 }).getByRole('button');
  await headlineQuote.focus();
  await page.keyboard.press('Enter');

  release();
  await expect(attribution(page)).toBeVisible();
  await expect(headlineQuote).toHaveAttribute('aria-pressed', 'true');
  await expect(readingStatus(page)).toHaveText('Quote 1 of 11');
});
