import { expect, test } from '@playwright/test';
import { ARTICLE_ROUTE, loadGold, replaceText } from './gold';
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
