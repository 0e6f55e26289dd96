import { expect, test } from '@playwright/test';
import { showCorrections } from './opening';
import { attribution, expectSpeaker, openReader } from './reader';

// Chromium on Linux and Windows changes a closed select's value with each arrow key, and fires its change event each
// time: every option passed on the way was a correction, kept and counted (newuser36, 5 December 2026).

test('arrowing through Change speaker gives the quote to no one until Enter', async ({ page }) => {
  await openReader(page);
  const dialog = attribution(page);
  await page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  await showCorrections(dialog);
  const speaker = dialog.getByRole('combobox', { name: 'Change speaker' });
  await speaker.focus();
  await page.keyboard.press('ArrowUp');
  await expect(speaker).toHaveValue('vladimir-putin');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await expect(page.getByText(/You corrected this article/)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('Corrected by you');
  await expect(page.getByText(/You corrected this article \(1 correction\)/)).toBeVisible();
  await expect(speaker).toBeFocused();
});

test('a speaker chosen with the arrow keys is given once the reader tabs on, and Escape drops it', async ({ page }) => {
  await openReader(page);
  const dialog = attribution(page);
  const quote = page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' });
  await quote.click();
  await showCorrections(dialog);
  const speaker = dialog.getByRole('combobox', { name: 'Change speaker' });
  await speaker.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await quote.click();
  await showCorrections(dialog);
  await expect(speaker).toHaveValue('kassym-jomart-tokayev');
  await speaker.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expectSpeaker(dialog, 'Vladimir Putin');
  await expect(page.getByText(/You corrected this article \(1 correction\)/)).toBeVisible();
});

test('arrowing through a source’s Type in Sources makes one correction, not one per type passed', async ({ page }) => {
  await openReader(page);
  const tokayev = page.getByRole('region', { name: 'Sources' }).getByRole('listitem').filter({ hasText: 'Kassym-Jomart Tokayev' }).first();
  await tokayev.getByText('Correct Kassym-Jomart Tokayev').click();
  const type = tokayev.getByRole('combobox', { name: 'Type' });
  await type.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(type).toHaveValue('organisation');
  await expect(page.getByText(/You corrected this article/)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/You corrected this article \(1 correction\)/)).toBeVisible();
  await expect(tokayev).toContainText('organisation');
});
