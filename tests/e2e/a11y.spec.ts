import { expect, test, type Page } from '@playwright/test';
import { attribution, openReader } from './reader';
import { seriousViolations } from './axe';

async function openAttribution(page: Page) {
  await page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  await expect(attribution(page)).toBeVisible();
}

test('the reader has no serious accessibility violations, nor with a quote attribution open', async ({ page }) => {
  await openReader(page);
  expect(await seriousViolations(page)).toEqual([]);
  await openAttribution(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the reader on a phone has no serious accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openReader(page);
  expect(await seriousViolations(page)).toEqual([]);
  await openAttribution(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the reader in dark mode has no serious accessibility violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openReader(page);
  expect(await seriousViolations(page)).toEqual([]);
  await openAttribution(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the reader with Show all marks on has no serious accessibility violations, in light and dark', async ({ page }) => {
  // Three full axe scans of the densest view: 27–29 s alone on a slow two-core machine, over the default 30 s under load.
  test.slow();
  await openReader(page);
  const showAllMarks = page.getByRole('switch', { name: 'Show all marks' });
  await showAllMarks.click();
  await expect(showAllMarks).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await openAttribution(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
});

test('a quote focused from the keyboard, with who said it shown over it, has no serious accessibility violations', async ({ page }) => {
  await openReader(page);
  await page.keyboard.press('Tab');
  const quote = page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' });
  await quote.focus();
  await expect(quote.getByText('said by Kassym-Jomart Tokayev', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
});

// Dark mode is a media query away: the confirmed state is scanned in both themes on one page.
test('confirming an uncertain speaker keeps focus on its button and leaves no serious accessibility violations, light or dark', async ({ page }) => {
  await openReader(page);
  await page.getByRole('button', { name: 'Next uncertain quote' }).click();
  await attribution(page).getByRole('button', { name: 'Confirm: Vladimir Putin said this' }).click();
  const confirmed = attribution(page).getByRole('button', { name: 'Confirmed: Vladimir Putin said this' });
  await expect(confirmed).toBeFocused();
  await expect(attribution(page)).toContainText('Confirmed by you');
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(confirmed).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an entity chosen in dark mode keeps its other names and role readable', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openReader(page);
  const putin = page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: /^Vladimir Putin/ });
  await putin.click();
  await expect(putin).toHaveAttribute('aria-pressed', 'true');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a place chosen while a person filter is on stays readable inside the other speakers’ dimmed quotes, in light and dark', async ({ page }) => {
  test.slow();
  await openReader(page);
  await page.getByRole('checkbox', { name: 'Kassym-Jomart Tokayev' }).check();
  const kazakhstan = page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: /^Kazakhstan/ });
  await kazakhstan.click();
  await expect(kazakhstan).toHaveAttribute('aria-pressed', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
});
