import { expect, test, type Page } from '@playwright/test';
import { analyzeText, expectSpeaker, RAW_TEXT, showCorrections } from './opening';
import { holdStorage } from './libraryStorage';
import { attribution, openReader } from './reader';

/** Opens the bundled article's raw text as a new article, and changes the speaker of one quote while storage is busy. */
async function correctWhileStorageIsBusy(page: Page): Promise<void> {
  await openReader(page);
  await analyzeText(page, RAW_TEXT, '2022-02-10');
  const dialog = attribution(page);
  await page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await showCorrections(dialog);
  await holdStorage(page, 5_000);
  await dialog.getByRole('combobox', { name: 'Change speaker' }).selectOption({ label: 'Vladimir Putin' });
  await expect(dialog).toContainText('Corrected by you');
}

test('a speaker corrected just before a reload is kept', async ({ page }) => {
  await correctWhileStorageIsBusy(page);
  await page.reload();
  const dialog = attribution(page);
  await expectSpeaker(dialog, 'Vladimir Putin');
  await expect(dialog).toContainText('Corrected by you');
});

test('a speaker corrected just before following a link is kept', async ({ page }) => {
  await correctWhileStorageIsBusy(page);
  const corrected = page.url();
  await page.getByRole('link', { name: 'Library overview' }).click();
  await expect(page).toHaveURL(/[?&]view=overview/);
  await page.goto(corrected);
  const dialog = attribution(page);
  await expectSpeaker(dialog, 'Vladimir Putin');
  await expect(dialog).toContainText('Corrected by you');
});
