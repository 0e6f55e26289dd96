import { expect, test } from '@playwright/test';
import { showCorrections } from './opening';
import { attribution, expectSpeaker, filterGroup, openReader } from './reader';

// A button that turns itself off when pressed (disabled) or goes away drops the keyboard reader's focus to the page's
// body: the next Tab starts again at the top of the page, and a screen reader says nothing (newuser36, 5 December 2026).

test('Only this person pressed from the keyboard keeps focus, and says it is done', async ({ page }) => {
  await openReader(page);
  const quote = page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' });
  await quote.focus();
  await page.keyboard.press('Enter');
  const only = attribution(page).getByRole('button', { name: 'Only this person' });
  await only.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/person=kassym-jomart-tokayev/);
  await expect(only).toBeDisabled();
  await expect(only).toBeFocused();
});

test('Show everyone, in the filter or in the reading bar, leaves focus where the reader can go on', async ({ page }) => {
  await openReader(page, '?person=kassym-jomart-tokayev');
  const inFilter = filterGroup(page).getByRole('button', { name: 'Show everyone' });
  await inFilter.focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/person=/);
  await expect(inFilter).toBeDisabled();
  await expect(inFilter).toBeFocused();

  await filterGroup(page).getByRole('checkbox', { name: 'Vladimir Putin' }).check();
  const inBar = page.getByRole('status').getByRole('button', { name: 'Show everyone' });
  await inBar.focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/person=/);
  await expect(page.getByRole('button', { name: 'Next quote' })).toBeFocused();
});

test('Back up library and the overview’s Download quotes as CSV keep focus once they have saved', async ({ page }) => {
  await openReader(page);
  const backUp = page.getByRole('button', { name: 'Back up library' });
  await backUp.focus();
  const backup = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await backup;
  await expect(backUp).toBeFocused();

  await page.getByRole('link', { name: 'Library overview' }).click();
  const csv = page.getByRole('button', { name: 'Download quotes as CSV' });
  await expect(csv).toBeEnabled();
  await csv.focus();
  const table = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await table;
  await expect(csv).toBeFocused();
});

test('Undo last correction, undoing the only one, hands focus to the attribution after its note', async ({ page }) => {
  await openReader(page);
  await page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  const dialog = attribution(page);
  await showCorrections(dialog);
  await dialog.getByRole('combobox', { name: 'Change speaker' }).selectOption({ label: 'Vladimir Putin' });
  const undo = page.getByRole('button', { name: 'Undo last correction' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(undo).toHaveCount(0);
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
});

test('Merge pressed from the keyboard leaves focus on the kept source, which moves up the list', async ({ page }) => {
  await openReader(page);
  const tokayev = page.getByRole('region', { name: 'Sources' }).getByRole('listitem').filter({ hasText: 'Kassym-Jomart Tokayev' }).first();
  const correct = tokayev.getByText('Correct Kassym-Jomart Tokayev');
  await correct.click();
  await tokayev.getByRole('combobox', { name: 'Merge with…' }).selectOption({ label: 'Vladimir Putin' });
  await tokayev.getByRole('button', { name: 'Merge' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/You corrected this article \(1 correction\)/)).toBeVisible();
  await expect(correct).toBeFocused();
});
