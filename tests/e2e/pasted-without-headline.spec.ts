import { expect, test, type Locator } from '@playwright/test';
import { paste, showOpenDialog } from './opening';
import { openReader } from './reader';

const LEDE =
  'The port of Gdansk reopened on Friday after three days of closure, as the storm that had grounded ferries across the Baltic moved east. Harbour officials said the first ships left at dawn, and that the ferry to Karlskrona would sail again on Saturday.';
const QUOTE = '"Ships are moving again," harbour master Jan Nowak said.';
const PASTED = [LEDE, QUOTE, 'Fishermen in Hel said their boats had been damaged.'].join('\n\n');
const FIRST_SENTENCE = 'The port of Gdansk reopened on Friday after three days of closure, as the storm that had grounded ferries across the Baltic moved east';
const REST = 'Harbour officials said the first ships left at dawn, and that the ferry to Karlskrona would sail again on Saturday.';

/** How a paragraph opens, in the words a reader sees: without the speaker tips and tags set beside each quote. */
const opening = (paragraph: Locator, length: number) =>
  paragraph.evaluate((p, n) => {
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-nontext]').forEach((e) => e.remove());
    return (copy.textContent ?? '').slice(0, n);
  }, length);

test('a paste without a headline asks for one; the first sentence it offers becomes the h1 and the rest stays the first paragraph', async ({ page }) => {
  await openReader(page);
  const dialog = await showOpenDialog(page);
  await paste(page, dialog.getByRole('textbox', { name: 'Article text' }), PASTED);
  await page.keyboard.press('Tab');
  const headline = dialog.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toBeFocused();
  await expect(headline).toHaveValue(FIRST_SENTENCE);

  await dialog.getByRole('button', { name: 'Analyze' }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_SENTENCE);
  const article = page.getByRole('article');
  await expect.poll(() => opening(article.getByRole('paragraph').filter({ hasText: /\S/ }).first(), REST.length)).toBe(REST);
  await expect.poll(() => opening(article, 10_000)).toContain('Fishermen in Hel said their boats had been damaged.');
  await expect(article.getByRole('button', { name: /Ships are moving again/ })).toBeVisible();
});

test('on a phone, the Headline field offered is tall enough to show its long first sentence whole', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openReader(page);
  const dialog = await showOpenDialog(page);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(PASTED);
  const headline = dialog.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveValue(FIRST_SENTENCE);
  // Before, two rows held about half of it, the rest under the field's edge.
  await expect.poll(() => headline.evaluate((field) => field.scrollHeight - field.clientHeight)).toBeLessThanOrEqual(0);
  // Shortened by the reader, it shrinks back to two rows.
  await headline.fill('Gdansk port reopens');
  await expect(headline).toHaveAttribute('rows', '2');
});

test("a headline of the reader's own goes above the text, every word of which is kept", async ({ page }) => {
  await openReader(page);
  const dialog = await showOpenDialog(page);
  await paste(page, dialog.getByRole('textbox', { name: 'Article text' }), PASTED);
  const headline = dialog.getByRole('textbox', { name: 'Headline' });
  await headline.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Gdansk harbour reopens after the storm');
  await expect(dialog).toContainText('kept whole');
  await dialog.getByRole('button', { name: 'Analyze' }).press('Enter');

  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gdansk harbour reopens after the storm');
  const whole = `${FIRST_SENTENCE}. ${REST}`;
  await expect.poll(() => opening(page.getByRole('article').getByRole('paragraph').filter({ hasText: /\S/ }).first(), whole.length)).toBe(whole);
});

test('a single paragraph pasted alone opens with its first sentence as the headline and the rest as its text', async ({ page }) => {
  await openReader(page);
  const dialog = await showOpenDialog(page);
  await paste(page, dialog.getByRole('textbox', { name: 'Article text' }), `${LEDE} ${QUOTE}`);
  await expect(dialog.getByRole('textbox', { name: 'Headline' })).toHaveValue(FIRST_SENTENCE);
  await dialog.getByRole('button', { name: 'Analyze' }).click();

  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_SENTENCE);
  await expect.poll(() => opening(page.getByRole('article').getByRole('paragraph').filter({ hasText: /\S/ }).first(), 10_000)).toBe(`${REST} ${QUOTE}`);
  await expect(page.getByRole('article').getByRole('button', { name: /Ships are moving again/ })).toBeVisible();
});
