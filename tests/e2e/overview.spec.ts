import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { analyzeText, BRIDGE } from './opening';
import { openReader } from './reader';
import { seriousViolations } from './axe';

/** Two more short articles; the mayor of the first speaks again in the second. */
const BUS_LANES = [
  'Valencia council approves bus lanes on its busiest avenues',
  'Valencia Mayor Ana Ruiz on Tuesday won the council vote on new bus lanes.',
  '"Buses must be faster than cars," Ruiz said after the vote.',
].join('\n\n');
const HARBOUR = [
  'Gdansk port will double its container terminal',
  'The port of Gdansk will build a second container terminal, its director Marek Nowak said on Friday.',
  '"We will double our capacity by 2027," Nowak said.',
].join('\n\n');

const overviewHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Library overview' });

/** The number the overview's counts show for a term (Articles, Quotes, Sources). */
const countOf = (page: Page, term: string) => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');

async function openThreeArticles(page: Page): Promise<void> {
  await openReader(page);
  await analyzeText(page, BRIDGE.text, '2024-05-06');
  await analyzeText(page, BUS_LANES, '2024-06-11');
  await analyzeText(page, HARBOUR, '2024-06-14');
}

/*
 * One library of four articles, built once, for the steps that read it without changing it: the three analyses and the
 * load were most of each step's time when every step was a test of its own. The first step comes straight after the
 * analyses, as it asks where the overview is reached from.
 */
test('a library of four articles in the overview: focus, counts, most quoted, search, figures, filters and Compare sources', async ({ page }) => {
  test.slow();
  await openThreeArticles(page);
  await test.step('the overview loaded directly leaves focus where the browser puts it; Back to the article takes it to the headline', async () => {
    await page.getByRole('link', { name: 'Library overview' }).click();
    await expect(overviewHeading(page)).toBeVisible();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.getByRole('link', { name: 'Back to the article' }).press('Enter');
    const headline = page.getByRole('heading', { level: 1, name: 'Gdansk port will double its container terminal' });
    await expect(headline).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('article').getByRole('button').first()).toBeFocused();
  });

  await test.step('the Library overview counts the library, names the most quoted, and a searched quote opens selected in its article', async () => {
    await page.getByRole('link', { name: 'Library overview' }).click();
    await expect(overviewHeading(page)).toBeVisible();
    // The overview's address names the article that was open, for its way back to it.
    await expect(page).toHaveURL(/\?view=overview&article=gdansk-port-will-double-its-container-terminal-\w+$/);
    await expect(page.getByRole('link', { name: 'Back to the article' })).toHaveAccessibleDescription(/Gdansk port will double its container terminal/);

    await expect(countOf(page, 'Articles')).toHaveText('4');
    // The bundled article's 11, one on the bridge, one on the bus lanes, two on the port.
    await expect(countOf(page, 'Quotes')).toHaveText('15');
    await expect(countOf(page, 'Sources')).toHaveText('4');
    const mostQuoted = page.getByRole('region', { name: 'Most quoted' });
    const first = mostQuoted.getByRole('listitem').first();
    await expect(first).toContainText('Vladimir Putin');
    await expect(first).toContainText('6 quotes');
    await expect(mostQuoted.getByRole('button', { name: /Ana Ruiz.*2 quotes/ })).toBeVisible();
    await expect(mostQuoted.getByRole('button', { name: /Marek Nowak.*2 quotes/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Quotes by source type' })).toContainText(/unknown/);
    await expect(page.getByRole('region', { name: 'Quotes by gender' })).toContainText(/%/);
    const byMonth = page.getByRole('region', { name: 'Quotes by month' }).getByRole('button');
    await expect(byMonth).toHaveText([/February 2022/, /May 2024.*1 quote/, /June 2024.*3 quotes/]);

    const search = page.getByRole('searchbox', { name: 'Search quotes' });
    await search.fill('capacity');
    const results = page.getByRole('list', { name: 'Quotes found' });
    await expect(results.getByRole('listitem')).toHaveCount(1);
    const result = results.getByRole('link');
    await expect(result).toContainText('Marek Nowak');
    await expect(result).toContainText('Gdansk port will double its container terminal');
    await result.click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gdansk port will double its container terminal');
    await expect(page.getByRole('article').getByRole('button', { name: /We will double our capacity by 2027/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('dialog', { name: 'Quote attribution' })).toContainText('Marek Nowak');
    await expect(page).toHaveURL(/[?&]quote=/);
  });

  await test.step('from the keyboard: a figure lists its quotes, and a result opens with Enter', async () => {
    await page.goto('/?view=overview');
    await expect(overviewHeading(page)).toBeVisible();
    const ruiz = page.getByRole('region', { name: 'Most quoted' }).getByRole('button', { name: /Ana Ruiz/ });
    await ruiz.focus();
    await page.keyboard.press('Enter');
    await expect(ruiz).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/show=speaker%3Aana-ruiz/);
    await expect(page.getByRole('list', { name: 'Quotes found' }).getByRole('listitem')).toHaveCount(2);

    await page.getByRole('searchbox', { name: 'Search quotes' }).focus();
    await page.keyboard.type('buses');
    const result = page.getByRole('list', { name: 'Quotes found' }).getByRole('link');
    await expect(result).toHaveCount(1);
    await page.keyboard.press('Tab');
    // Tab may first reach "Clear figure"; the result follows it.
    if (await page.getByRole('button', { name: 'Clear figure' }).evaluate((button) => button === document.activeElement)) await page.keyboard.press('Tab');
    await expect(result).toBeFocused();
    await page.keyboard.press('Enter');
    const opened = page.getByRole('article').getByRole('button', { name: /Buses must be faster than cars/ });
    await expect(opened).toHaveAttribute('aria-pressed', 'true');
    // Focus goes with the reader to the quote, not to the page's body, where a screen reader would say nothing.
    await expect(opened).toBeFocused();
  });

  await test.step('the outlet and date filters live in the URL: a reload keeps them', async () => {
    // The last article is saved to the library after it shows: the overview counts all four before the page is left.
    await page.getByRole('link', { name: 'Library overview' }).click();
    await expect(countOf(page, 'Articles')).toHaveText('4');
    await page.goto('/?view=overview&from=2024-06-01&to=2024-06-30');
    await expect(countOf(page, 'Articles')).toHaveText('2');
    await expect(page.getByLabel('Published from')).toHaveValue('2024-06-01');
    await page.getByRole('combobox', { name: 'Outlet' }).selectOption('CGTN');
    await expect(countOf(page, 'Articles')).toHaveText('0');
    await expect(page).toHaveURL(/outlet=CGTN/);
    await page.reload();
    await expect(countOf(page, 'Articles')).toHaveText('0');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(countOf(page, 'Articles')).toHaveText('4');
  });

  await test.step('Compare sources puts two articles side by side, each named with its date as the app writes dates: the speaker both quote, and the voices only one has', async () => {
    await page.goto('/?view=overview');
    const compare = page.getByRole('region', { name: 'Compare sources' });
    await compare.getByRole('combobox', { name: 'First article' }).selectOption({ label: `${BRIDGE.headline} (6 May 2024)` });
    await compare.getByRole('combobox', { name: 'Second article' }).selectOption({ label: 'Gdansk port will double its container terminal (14 June 2024)' });
    await expect(compare).toContainText('Only in the second');
    await expect(compare.getByRole('listitem').filter({ hasText: 'Marek Nowak' })).toHaveText('Marek Nowak: 2 quotes');
    await compare
      .getByRole('combobox', { name: 'Second article' })
      .selectOption({ label: 'Valencia council approves bus lanes on its busiest avenues (11 June 2024)' });
    await expect(compare.getByRole('listitem').filter({ hasText: 'Ana Ruiz' })).toHaveText('Ana Ruiz: 1 quote in the first, 1 in the second');
    await expect(page).toHaveURL(/first=.*&second=/);
  });
});

// Dark mode is a media query away: it is scanned on the desktop test's page, not on a page of its own.
for (const [name, setup, dark] of [
  ['desktop, light and dark', async () => {}, true],
  ['phone', async (page: Page) => page.setViewportSize({ width: 390, height: 844 }), false],
] as const) {
  test(`the Library overview has no serious accessibility violations (${name})`, async ({ page }) => {
    await setup(page);
    await openReader(page);
    await analyzeText(page, BRIDGE.text, '2024-05-06');
    await page.goto('/?view=overview');
    await expect(page.getByRole('region', { name: 'Most quoted' }).getByRole('listitem').first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('bridge');
    await expect(page.getByRole('list', { name: 'Quotes found' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    if (!dark) return;
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('in Most quoted a long name wraps beside its count, which stays on one line', async ({ page }) => {
  await openReader(page);
  const dorisDay = readFileSync(new URL('../fixtures/real/wikinews-actor-doris-day-dies-at-97-2019-05-16.txt', import.meta.url), 'utf8');
  await analyzeText(page, dorisDay);
  await page.getByRole('link', { name: 'Library overview' }).click();
  const foundation = page.getByRole('region', { name: 'Most quoted' }).getByRole('button', { name: /Day's animal foundation \(organisation\)/ });
  const count = foundation.getByText(/^\d+ quotes?$/);
  // The lines its words are laid out on (the span itself is as tall as the name beside it).
  const lines = await count.evaluate((element) => {
    const words = document.createRange();
    words.selectNodeContents(element);
    return new Set([...words.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines, '“3 quotes” on one line').toBe(1);
});

test('Show more in the overview’s quotes hands focus to the first quote it shows, also when it is the last page', async ({ page }) => {
  await openReader(page);
  const lines = Array.from({ length: 12 }, (_, i) => `"The bus lane plan has reached step ${i + 1}," Mayor Ana Ruiz said.`);
  await analyzeText(page, ['Valencia mayor reports on the bus lanes', ...lines].join('\n\n'), '2024-06-11');
  await page.getByRole('link', { name: 'Library overview' }).click();
  await expect(overviewHeading(page)).toBeVisible();
  const found = page.getByRole('list', { name: 'Quotes found' }).getByRole('link');
  await expect(found).toHaveCount(20);
  await page.getByRole('button', { name: /^Show \d+ more$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(found).toHaveCount(23);
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
  await expect(found.nth(20)).toBeFocused();
});

test('deleting an article from the Library overview asks first, and Undo brings it back: as in the reader, with the counts', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, BRIDGE.text, '2024-05-06');
  await page.getByRole('link', { name: 'Library overview' }).click();
  await expect(overviewHeading(page)).toBeVisible();
  await expect(countOf(page, 'Articles')).toHaveText('2');
  const nav = page.getByRole('navigation', { name: 'Library' });
  const entry = nav.getByRole('link', { name: BRIDGE.headline });
  await expect(entry).toBeVisible();
  await expect(entry, 'in the overview no article is the page').not.toHaveAttribute('aria-current');

  // Delete stands beside the headline it deletes, which wraps, rather than on a line of its own under it.
  const [linkBox, deleteBox] = await Promise.all([entry.boundingBox(), nav.getByRole('button', { name: `Delete ${BRIDGE.headline}` }).boundingBox()]);
  expect(deleteBox?.y ?? Infinity).toBeLessThan((linkBox?.y ?? 0) + (linkBox?.height ?? 0));
  expect(deleteBox?.x ?? 0).toBeGreaterThan((linkBox?.x ?? 0) + (linkBox?.width ?? 0) - 1);

  await nav.getByRole('button', { name: `Delete ${BRIDGE.headline}` }).click();
  await nav.getByRole('button', { name: `Delete “${BRIDGE.headline}”`, exact: true }).click();
  await expect(entry).toHaveCount(0);
  await expect(countOf(page, 'Articles')).toHaveText('1');
  // It was the article the overview came from: Back to the article now leads to the bundled one.
  await expect.poll(() => new URL(page.url()).searchParams.get('article')).toBeNull();
  const notice = page.getByRole('status').filter({ hasText: `Deleted “${BRIDGE.headline}” from the library.` });
  await notice.getByRole('button', { name: 'Undo' }).press('Enter');
  await expect(notice).toBeHidden();
  await expect(entry, 'focus goes to the article brought back').toBeFocused();
  await expect(countOf(page, 'Articles')).toHaveText('2');
  await expect.poll(() => new URL(page.url()).searchParams.get('article')).toMatch(/^valencia/);
  await expect(page.getByRole('link', { name: 'Back to the article' })).toHaveAccessibleDescription(new RegExp(BRIDGE.headline));

  await page.reload();
  await expect(entry).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the headline Back to the article leads to stands on a line of its own under the link, not wrapped beside it', async ({ page }) => {
    await openReader(page);
    await analyzeText(page, BRIDGE.text, '2024-05-06');
    await page.getByRole('link', { name: 'Library overview' }).click();
    const back = page.getByRole('link', { name: 'Back to the article' });
    await expect(back).toHaveAccessibleDescription(BRIDGE.headline);
    const headline = page.locator(`[id="${await back.getAttribute('aria-describedby')}"]`);
    const [linkBox, headlineBox] = await Promise.all([back.boundingBox(), headline.boundingBox()]);
    expect(headlineBox?.y ?? 0).toBeGreaterThanOrEqual((linkBox?.y ?? Infinity) + (linkBox?.height ?? 0) - 1);
  });
});
