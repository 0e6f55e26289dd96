import { expect, test } from '@playwright/test';
import { loadGold } from './gold';
import { attribution, expectEachGoldQuoteAttributed, openReader } from './reader';

test('each quote leads to its right speaker', async ({ page }) => {
  await openReader(page);
  await expectEachGoldQuoteAttributed(page);
});

test("the headline's heading, and the article it names, read as the headline: only its quote says who said it", async ({ page }) => {
  await openReader(page);
  const headline = loadGold().headline.text;
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveAccessibleName(headline);
  await expect(page.getByRole('article')).toHaveAccessibleName(headline);
  await expect(heading.getByRole('button')).toHaveAccessibleName(/^act of terrorist aggression, said by Vladimir Putin$/);
});

test('"He said" is explained as Tokayev, named in the previous sentence', async ({ page }) => {
  await openReader(page);
  await page.getByRole('article').getByRole('button', { name: 'both countries are ready to deepen political' }).click();
  const dialog = attribution(page);
  await expect(dialog).toContainText('"He" — Kassym-Jomart Tokayev, named in the previous sentence');
  await expect(dialog).toContainText('He said');
  await expect(dialog).toContainText('President of Kazakhstan');
});

test('a quote can be opened and closed with the keyboard alone', async ({ page }) => {
  await openReader(page);
  const article = page.getByRole('article');
  const firstQuote = article.getByRole('button').first();

  for (let presses = 0; presses < 10; presses++) {
    await page.keyboard.press('Tab');
    if (await firstQuote.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(firstQuote).toBeFocused();
  const focusBars = await firstQuote.evaluate((el) => getComputedStyle(el).boxShadow);
  expect(focusBars, 'the focused quote shows bars above and below it').toMatch(/-3px.*, .*3px/);
  const forcedColours = await firstQuote.evaluate((el) => getComputedStyle(el).outlineWidth);
  expect(forcedColours, 'and keeps an outline for forced-colours mode').toBe('3px');

  await page.keyboard.press('Enter');
  const dialog = attribution(page);
  await expect(dialog).toBeVisible();
  await expect(firstQuote).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement)), { message: 'focus moves into the attribution' }).toBe(true);

  const onlyThisPerson = dialog.getByRole('button', { name: 'Only this person' });
  for (let presses = 0; presses < 6; presses++) {
    if (await onlyThisPerson.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(onlyThisPerson).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(firstQuote).toBeFocused();
  await expect(firstQuote).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press(' ');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Vladimir Putin');
  await expect(firstQuote).toHaveAttribute('aria-pressed', 'true');
});
