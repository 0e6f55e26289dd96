import { expect, test } from '@playwright/test';
import { attribution, openReader } from './reader';

const addQuote = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Add the selected words as a quote' });

test('triple-clicking a paragraph selects it and offers only to add a quote, not the quote it starts in', async ({ page }) => {
  await openReader(page);
  const quote = page.getByRole('article').getByRole('button', { name: /both countries are ready to deepen/ });
  await quote.click({ clickCount: 3 });

  await expect(addQuote(page)).toBeVisible();
  await expect(attribution(page)).toHaveCount(0);
  await expect(quote).toHaveAttribute('aria-pressed', 'false');
  expect(new URL(page.url()).searchParams.get('quote')).toBeNull();
  expect(await page.evaluate(() => String(window.getSelection()))).toContain('both countries are ready to deepen');
});

test('double-clicking a word in a quote selects the word and leaves the attribution closed', async ({ page }) => {
  await openReader(page);
  const quote = page.getByRole('article').getByRole('button', { name: /both countries are ready to deepen/ });
  await quote.dblclick();

  await expect(addQuote(page)).toBeVisible();
  await expect(attribution(page)).toHaveCount(0);
  expect((await page.evaluate(() => String(window.getSelection()))).trim()).not.toBe('');
});

test('one click, Enter or Space still opens a quote', async ({ page }) => {
  await openReader(page);
  const quote = page.getByRole('article').getByRole('button', { name: /both countries are ready to deepen/ });
  await quote.click();
  await expect(attribution(page)).toBeVisible();
  await expect(addQuote(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(attribution(page)).toHaveCount(0);
  await expect(quote).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(attribution(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await quote.focus();
  await page.keyboard.press(' ');
  await expect(attribution(page)).toBeVisible();
});

test('triple-clicking a paragraph that holds no quote offers to add its words as a quote', async ({ page }) => {
  await openReader(page);
  const paragraph = page.getByRole('article').getByText('Putin met with Kazakh President Kassym-Jomart Tokayev');
  await paragraph.click({ clickCount: 3 });

  await expect(addQuote(page)).toBeVisible();
  await addQuote(page).click();
  await expect(page.getByRole('dialog', { name: 'Add a quote' })).toContainText("the two discussed Kazakhstan's stability and bilateral cooperation");
});
