import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { analyzeText } from './opening';
import { filterGroup, openReader } from './reader';

// A dev-half corpus article with 22 speakers, more than the eight colours.
/** The key's fold after its sixth speaker ("13 more"): the count is the engine's, at least seventeen here. */
const FOLDED = /^\d+ more$/;
const LONG = readFileSync(new URL('../fixtures/real/wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30.txt', import.meta.url), 'utf8');

const marks = (page: Page) => page.getByRole('list', { name: 'Quote marks' });
const marksSummary = (page: Page) => page.getByText('What the marks mean');
const swatchLook = (item: Locator) =>
  item.locator('[aria-hidden="true"]').evaluate((swatch) => {
    const style = getComputedStyle(swatch);
    return { fill: style.backgroundColor, ring: style.boxShadow, shape: style.clipPath, colour: style.getPropertyValue('--speaker').trim() };
  });

test('on a desktop the key shows what the marks mean without a click', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openReader(page);
  await expect(marks(page)).toBeVisible();
  await expect(marksSummary(page)).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the key folds what the marks mean into one line, which the keyboard opens', async ({ page }) => {
    await openReader(page);
    await expect(marks(page)).toBeHidden();
    const summary = await marksSummary(page).boundingBox();
    expect(summary?.height, 'one line').toBeLessThan(30);
    await marksSummary(page).focus();
    await page.keyboard.press('Enter');
    await expect(marks(page)).toBeVisible();
    await expect(marks(page)).toContainText('dashed: inferred');
  });

  test('while filtered, the credit line follows the last photo at the distance it keeps after a paragraph', async ({ page }) => {
    await openReader(page);
    await filterGroup(page)
      .getByRole('checkbox', { name: /Vladimir Putin/ })
      .check();
    const photo = await page.getByRole('article').getByRole('figure').last().boundingBox();
    const credit = await page.getByRole('article').getByText('(With input from Xinhua)').boundingBox();
    if (!photo || !credit) throw new Error('the photo or the credit line has no box');
    // It was 64 px: the photo's margin and the line's own, which layout containment keeps from collapsing.
    expect(credit.y - (photo.y + photo.height)).toBeLessThanOrEqual(36);
  });
});

// The two themes differ only in their style sheet's media query: one analysis of the long article serves both.
test("in the light theme and the dark, the key tells apart two speakers who share a colour: the ninth's swatch is a ring", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await analyzeText(page, LONG);
  const key = page.getByRole('list', { name: 'Speakers' });
  await key.getByText(FOLDED).click();
  const items = key.getByRole('listitem').filter({ hasNot: page.getByText(FOLDED) });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const first = await swatchLook(items.nth(0));
    const ninth = await swatchLook(items.nth(8));
    const seventeenth = await swatchLook(items.nth(16));
    expect(ninth.colour, `${colorScheme}: the colours come round after eight`).toBe(first.colour);
    expect(ninth.fill).not.toBe(first.fill);
    expect(ninth.ring, `${colorScheme}: the ninth is drawn as a ring`).not.toBe('none');
    expect(seventeenth.colour).toBe(first.colour);
    expect(seventeenth.shape, `${colorScheme}: the seventeenth as a diamond`).not.toBe(first.shape);
  }
});
