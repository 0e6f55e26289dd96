import { expect, test } from '@playwright/test';
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
