import { expect, test } from '@playwright/test';
import { ARTICLE_ROUTE, loadGold, replaceText } from './gold';
import { analyzeText, library, showOpenDialog } from './opening';
import { attribution } from './reader';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('article text that looks like HTML is shown as text, never run', async ({ page }) => {
  const article = loadGold();
  const headlineQuote = article.headline.quotes[0];
  const paragraph = article.paragraphs.find((p) =>
    p.quotes.some((q) => q.kind === 'direct' && !p.quotes.some((o) => o !== q && o.start <= q.start && o.end >= q.end)),
  );
  const paragraphQuote = paragraph?.quotes.find((q) => q.kind === 'direct');
  if (!headlineQuote || !paragraph || !paragraphQuote) throw new Error('the gold lacks the quotes this test replaces');
  replaceText(article, article.headline, headlineQuote.start, headlineQuote.end, HOSTILE);
  replaceText(article, paragraph, paragraphQuote.start, paragraphQuote.end, HOSTILE);
  await page.route(ARTICLE_ROUTE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(article) }));

  const dialogs: Array<string> = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/');

  await expect(page.getByRole('alert'), 'the changed article is still valid').toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(HOSTILE);
  const quotes = page.getByRole('article').getByRole('button', { name: HOSTILE });
  await expect(quotes).toHaveCount(2);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await quotes.nth(1).click();
  await expect(attribution(page)).toContainText(HOSTILE);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs, 'no script ran').toEqual([]);
});

test('a pasted article with a long unbroken address wraps inside its column instead of widening the page', async ({ page }) => {
  const address = `https://example.com/${'aVeryLongUnbrokenPathSegment'.repeat(6)}`;
  await page.goto('/');
  await analyzeText(
    page,
    `Minister says ${address}\n\nThe minister said "read it at ${address}" on Monday.\n\nJane Doe, a spokeswoman, said the plan was sound.`,
  );
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
  const entry = library(page).getByRole('link', { name: /^Minister says/ });
  const remove = library(page)
    .getByRole('button', { name: /^Delete/ })
    .first();
  const [a, b] = await Promise.all([entry.boundingBox(), remove.boundingBox()]);
  expect(a && b && a.x + a.width <= b.x + 1).toBe(true);
});

test('pasted binary data is refused with the reason, and the open article stays', async ({ page }) => {
  await page.goto('/');
  const dialog = await showOpenDialog(page);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill('\u0001\u0002PK\u0003\u0004\u0005\u0006'.repeat(300));
  await dialog.getByRole('button', { name: 'Analyze' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The text looks like binary data, not an article: paste the article’s words, or open the file it came from.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Kazakhstan's January unrest/ })).toBeVisible();
  await expect(library(page).getByRole('link')).toHaveCount(1);
});
