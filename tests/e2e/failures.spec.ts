import { expect, test, type Route } from '@playwright/test';
import { ARTICLE_ROUTE, loadGold } from './gold';
import { analyzeText, BRIDGE, library } from './opening';

const gold = loadGold();

interface Failure {
  name: string;
  answer: (route: Route) => Promise<void>;
  /** What the alert must say. */
  says: Array<RegExp>;
}

const fulfillJson = (route: Route, body: string) => route.fulfill({ status: 200, contentType: 'application/json', body });

function quoteEndingPastItsParagraph(): string {
  const article = loadGold();
  const paragraph = article.paragraphs.find((p) => p.quotes.length > 0);
  const quote = paragraph?.quotes[0];
  if (!paragraph || !quote) throw new Error('the gold has no quote in a paragraph');
  quote.end = paragraph.text.length + 12;
  return JSON.stringify(article);
}

const failures: Array<Failure> = [
  {
    name: 'a malformed article file',
    answer: (route) => fulfillJson(route, '{"format": "who-said-what/article", "version": 1,'),
    says: [/not a valid article/i, /not valid JSON/i],
  },
  {
    name: 'an article whose quote ends after its paragraph',
    answer: (route) => fulfillJson(route, quoteEndingPastItsParagraph()),
    says: [/paragraph/i, /quote/i, /ends after/i],
  },
  {
    name: 'a server error',
    answer: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
    says: [/could not be downloaded/i, /500/],
  },
  {
    name: 'a network failure',
    answer: (route) => route.abort('internetdisconnected'),
    says: [/network/i],
  },
];

for (const failure of failures) {
  test(`${failure.name} shows an alert, and Try again recovers`, async ({ page }) => {
    await page.route(ARTICLE_ROUTE, failure.answer);
    await page.goto('/');

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    for (const words of failure.says) await expect(alert).toContainText(words);
    await expect(alert, 'no stack trace or raw error name').not.toContainText(/\bat \S+:\d+|TypeError|SyntaxError|Error:/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);

    await page.unroute(ARTICLE_ROUTE);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('an article that does not exist says so', async ({ page }) => {
  await page.goto('/?article=nope');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/no article/i);
  await expect(alert).toContainText('nope');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test("an unknown article offers the articles of this browser's library and the bundled one", async ({ page }) => {
  await page.goto('/');
  await analyzeText(page, BRIDGE.text);
  await expect(library(page).getByRole('link', { name: BRIDGE.headline }), 'kept in the library').toBeVisible();
  await page.goto('/?article=unknown');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('No article "unknown" exists here: it is not in this browser\'s library');
  await expect(alert.getByRole('button'), 'what can help comes first; Try again cannot bring a missing article').toHaveText([
    'Open the bundled article',
    'Try again',
  ]);
  const own = page.getByRole('navigation', { name: "Articles in this browser's library" });
  await expect(own.getByRole('link')).toHaveCount(1);
  await own.getByRole('link', { name: BRIDGE.headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);

  await page.goto('/?article=unknown');
  await page.getByRole('alert').getByRole('button', { name: 'Open the bundled article' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));
  await expect.poll(() => new URL(page.url()).searchParams.get('article')).toBeNull();
});
