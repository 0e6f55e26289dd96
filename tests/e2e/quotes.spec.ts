import { expect, test } from '@playwright/test';
import { goldQuotes, loadGold } from './gold';
import { attribution, openReader } from './reader';

const gold = loadGold();

test('each quote leads to its right speaker', async ({ page }) => {
  await openReader(page);
  const article = page.getByRole('article');
  const dialog = attribution(page);
  const quotes = goldQuotes(gold);
  expect(quotes.length).toBeGreaterThan(5);

  for (const { quote, buttonText } of quotes) {
    const speaker = gold.entities.find((e) => e.id === quote.speakerId);
    if (!speaker) throw new Error(`the gold quote ${quote.id} has no speaker`);
    const button = article.getByRole('button', { name: buttonText }).first();
    await button.click();
    await expect(button, `quote ${quote.id} shows it is selected`).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog, `quote ${quote.id}`).toBeVisible();
    await expect(dialog, `the attribution of quote ${quote.id} quotes its words`).toContainText(quote.text.slice(0, 60));
    await expect(dialog, `speaker of quote ${quote.id}`).toContainText(speaker.name);
    if (speaker.role) await expect(dialog, `role of the speaker of quote ${quote.id}`).toContainText(speaker.role);
    await expect(dialog, `kind of quote ${quote.id}`).toContainText(quote.kind === 'direct' ? /direct quote/i : /reported speech/i);
    if (quote.cue) await expect(dialog, `cue of quote ${quote.id}`).toContainText(quote.cue.text);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
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
  const outline = await firstQuote.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(outline.style, 'the focused quote shows a focus outline').not.toBe('none');
  expect(outline.width).not.toBe('0px');

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
