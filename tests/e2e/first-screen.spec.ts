import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { analyzeText } from './opening';

// A dev-half corpus article with 22 speakers: its key once pushed the headline half a screen down.
/** The key's fold after its sixth speaker: "13 more". */
const FOLDED = /^\d+ more$/;
const LONG = readFileSync(new URL('../fixtures/real/wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30.txt', import.meta.url), 'utf8');

const headlineTop = async (page: Page) => (await page.getByRole('heading', { level: 1 }).boundingBox())?.y ?? Infinity;

test('the first Tab reaches Skip to the article, which takes the keyboard past the header and the reading bar', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the article' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  // Shown, it is a button-like box with room round its words over the page's name, not the bare words (sr-only's undoing sets padding 0).
  const padding = await skip.evaluate((link) => ({ top: parseFloat(getComputedStyle(link).paddingTop), left: parseFloat(getComputedStyle(link).paddingLeft) }));
  expect(padding.top).toBeGreaterThanOrEqual(8);
  expect(padding.left).toBeGreaterThanOrEqual(12);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('article').getByRole('button', { name: /act of terrorist aggression, said by Vladimir Putin/ })).toBeFocused();
});

test('the Library overview, which has no article, offers no skip link', async ({ page }) => {
  await page.goto('/?view=overview');
  await expect(page.getByRole('heading', { level: 1, name: 'Library overview' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Who said what' })).toBeFocused();
});

for (const [device, size] of [
  ['a desktop', { width: 1280, height: 800 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${device}, a long article's headline starts about where a short one's does`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const short = await headlineTop(page);
    await analyzeText(page, LONG);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('On the campaign trail in the USA, August 2020');
    // Two more lines of the key at most (it was 124 px more on a desktop, 231 on a phone): the speakers past the sixth
    // fold under "N more" (13 tonight: how many speakers the engine finds is not this test's business).
    expect(await headlineTop(page)).toBeLessThan(short + 60);
    await expect(page.getByRole('list', { name: 'Speakers' }).getByText(FOLDED)).toBeVisible();
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header keeps to one line, with the home link still named Who said what', async ({ page }) => {
    await page.goto('/');
    const home = page.getByRole('link', { name: 'Who said what' });
    const overview = page.getByRole('link', { name: 'Library overview' });
    const open = page.getByRole('button', { name: 'Open article', exact: true });
    await expect(open).toBeVisible();
    const boxes = await Promise.all([home, overview, open].map((control) => control.boundingBox()));
    const middles = boxes.map((box) => (box ? box.y + box.height / 2 : NaN));
    for (const middle of middles) expect(Math.abs(middle - (middles[0] ?? 0))).toBeLessThan(8);
  });

  test("Open article's Cancel and Analyze bar sits at the foot of the screen, with none of the form showing under it", async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open article', exact: true }).click();
    const analyze = page.getByRole('dialog', { name: 'Open article' }).getByRole('button', { name: 'Analyze' });
    await expect(analyze).toBeVisible();
    const box = await analyze.boundingBox();
    // The bar's own padding (0.75 rem) is all there is below the button.
    expect(844 - ((box?.y ?? 0) + (box?.height ?? 0))).toBeLessThanOrEqual(14);
  });
});
