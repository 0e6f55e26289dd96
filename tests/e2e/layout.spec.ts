import { expect, test, type Locator, type Page } from '@playwright/test';
import { attribution, filterGroup, openReader } from './reader';

const side = (page: Page) => page.getByRole('complementary', { name: 'About this article' });
/** The reading bar's status, which says where the reader is among the quotes. */
const readingStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Quote \d+ of \d+|\d+ quotes?\b/ });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} has no box`);
  return { ...found, right: found.x + found.width };
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
});

test('on a desktop the side column starts level with the reading bar, with no blank block above it', async ({ page }) => {
  await openReader(page);
  const firstRow = await box(page.getByText('Showing everyone’s quotes'));
  const column = await box(side(page));
  expect(column.y, 'the side column starts no lower than the bar’s first row').toBeLessThanOrEqual(firstRow.y);
  expect(firstRow.y - column.y, 'and not far above it').toBeLessThanOrEqual(16);
  const filter = await box(filterGroup(page));
  expect(filter.y - column.y, 'the first panel is at the top of the column').toBeLessThan(48);
});

test('on a desktop an attribution opens at the top of the side column, moving neither it nor the bar, and stays in sight', async ({ page }) => {
  await openReader(page);
  const barBefore = await box(readingStatus(page));
  const columnBefore = await box(side(page));
  await page.getByRole('article').getByRole('button', { name: "Tokayev's firm stance" }).click();
  await expect(attribution(page)).toBeVisible();
  expect(await box(side(page)), 'the side column stays where it was').toEqual(columnBefore);
  expect(await box(readingStatus(page)), 'so does the bar').toEqual(barBefore);
  const opened = await box(attribution(page));
  expect(opened.y - columnBefore.y, 'the attribution heads the side column').toBeLessThan(8);

  await page.mouse.move(400, 600);
  await page.mouse.wheel(0, 900);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  const stuck = await box(attribution(page));
  expect(stuck.y, 'the attribution stays at the top of the screen').toBeGreaterThanOrEqual(0);
  expect(stuck.y).toBeLessThan(24);
  const barStuck = await box(readingStatus(page).locator('../..'));
  expect(Math.abs(barStuck.y - stuck.y), 'level with the bar stuck beside it').toBeLessThan(24);
});

test('the reading bar is one row on a desktop: whose quotes over the count, beside the buttons, filtered or not', async ({ page }) => {
  await openReader(page);
  const words = await box(page.getByText('Showing everyone’s quotes'));
  const count = await box(readingStatus(page).getByRole('paragraph').filter({ hasText: '11 quotes' }));
  const next = await box(page.getByRole('button', { name: 'Next quote' }));
  const card = await box(readingStatus(page).locator('../..'));
  expect(Math.abs(count.x - words.x), 'the count starts under the words').toBeLessThanOrEqual(1);
  expect(count.y, 'under them').toBeGreaterThan(words.y);
  expect(words.y, 'both beside the buttons').toBeGreaterThanOrEqual(next.y - 4);
  expect(count.y + count.height).toBeLessThanOrEqual(next.y + next.height + 4);
  expect(card.height, 'a single row, as high as a button and the bar’s padding').toBeLessThan(next.height + 24);
  const headline = await box(page.getByRole('heading', { level: 1 }));

  // A filter colours the two lines and puts Show everyone beside the position, in the same row.
  await filterGroup(page)
    .getByRole('checkbox', { name: /Vladimir Putin/ })
    .check();
  await expect(page.getByRole('status').getByRole('paragraph').filter({ hasText: 'Showing 6 quotes by Vladimir Putin' })).toBeVisible();
  const show = await box(page.getByRole('status').getByRole('button', { name: 'Show everyone' }));
  expect(show.y + show.height, 'Show everyone sits in the row').toBeLessThanOrEqual(next.y + next.height + 4);
  expect((await box(readingStatus(page).locator('../..'))).height, 'which keeps its height').toBe(card.height);
  expect(await box(page.getByRole('heading', { level: 1 })), 'and the text does not move').toEqual(headline);
});

test('on a laptop with the browser’s text at 200 %, the attribution is a sheet and Next quote keeps each quote above it', async ({ page }) => {
  // The browser's own text size (what rem and Tailwind's `lg` follow): the page takes the phone's layout at 1280 px.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await openReader(page);
  const next = page.getByRole('button', { name: 'Next quote' });
  for (let n = 1; n <= 4; n++) {
    await next.click();
    await expect(readingStatus(page)).toHaveText(`Quote ${n} of 11`);
    const sheet = await box(attribution(page));
    await expect(async () => {
      const quote = await box(page.getByRole('article').getByRole('button', { pressed: true }).first());
      expect(quote.y + quote.height, `quote ${n} ends above the attribution sheet`).toBeLessThanOrEqual(sheet.y + 1);
    }).toPass({ timeout: 3000 });
  }
  // The sheet would cover the text just filtered: it closes, and focus goes back to the quote.
  await attribution(page).getByRole('button', { name: 'Only this person' }).click();
  await expect(attribution(page)).toBeHidden();
  await expect(page.getByRole('article').getByRole('button', { name: /^the joint efforts of the CSTO/ })).toBeFocused();
});
