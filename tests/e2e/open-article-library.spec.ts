import { expect, test } from '@playwright/test';
import { loadGold } from './gold';
import { analyzeText, BRIDGE, library } from './opening';
import { openReader } from './reader';

const gold = loadGold();

test('an opened article is kept in the Library after a reload, below the bundled article', async ({ page }) => {
  await openReader(page);
  const links = library(page).getByRole('link');
  await expect(links).toHaveCount(1);
  await expect(links.first()).toHaveAccessibleName(/Bundled article/);

  await analyzeText(page, BRIDGE.text);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
  const url = page.url();
  await expect(links).toHaveCount(2);
  await expect(links.first()).toHaveAccessibleName(`${gold.headline.text} Bundled article`);
  await expect(links.nth(1)).toHaveAccessibleName(BRIDGE.headline);
  await expect(links.nth(1)).toHaveAttribute('aria-current', 'page');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
  await expect(page).toHaveURL(url);
  await expect(links).toHaveCount(2);
  await expect(links.first()).toHaveAccessibleName(`${gold.headline.text} Bundled article`);
  await expect(links.nth(1)).toHaveAccessibleName(BRIDGE.headline);

  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));
  await expect(links.first()).toHaveAttribute('aria-current', 'page');
  await links.nth(1).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
  await expect(page).toHaveURL(url);
});

test('deleting an article from the Library asks first, and Undo brings it back on screen', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, BRIDGE.text);
  const url = page.url();
  const nav = library(page);
  const entry = nav.getByRole('link', { name: BRIDGE.headline });
  await expect(entry).toBeVisible();
  await expect(nav.getByRole('button', { name: /Delete/ }), 'the bundled article cannot be deleted').toHaveCount(1);

  await nav.getByRole('button', { name: `Delete ${BRIDGE.headline}` }).click();
  const question = nav.getByRole('group', { name: `Delete “${BRIDGE.headline}” from the library?` });
  const confirm = question.getByRole('button', { name: `Delete “${BRIDGE.headline}”`, exact: true });
  await expect(confirm).toBeVisible();
  await question.getByRole('button', { name: `Keep “${BRIDGE.headline}”` }).click();
  await expect(confirm).toBeHidden();
  await expect(entry).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);

  await nav.getByRole('button', { name: `Delete ${BRIDGE.headline}` }).click();
  await confirm.click();
  await expect(entry).toHaveCount(0);
  await expect(nav.getByRole('link')).toHaveCount(1);
  // The deleted article was open: the reader goes back to the bundled one.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));
  await expect.poll(() => new URL(page.url()).searchParams.get('article')).toBeNull();
  const notice = page.getByRole('status').filter({ hasText: `Deleted “${BRIDGE.headline}”` });
  await expect(notice).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));
  await expect(nav.getByRole('link')).toHaveCount(1);
  await page.goto(url);
  await expect(page.getByRole('alert')).toContainText(/no article/i);
  await page.goto('/');

  // Undo, this time without a reload in between, and from the keyboard: focus stays in the library throughout.
  await analyzeText(page, BRIDGE.text);
  await nav.getByRole('button', { name: `Delete ${BRIDGE.headline}` }).focus();
  await page.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: `Keep “${BRIDGE.headline}”` })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entry).toHaveCount(0);
  await expect(nav.getByRole('link', { name: /Bundled article/ }), 'focus moves to the article left in its place').toBeFocused();
  await notice.getByRole('button', { name: 'Undo' }).press('Enter');
  await expect(notice).toBeHidden();
  await expect(entry).toBeVisible();
  await expect(entry, 'focus goes to the article brought back').toBeFocused();
  // It was the article on screen: Undo shows it again.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
  await expect(page).toHaveURL(url);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
  await expect(entry).toBeVisible();
});

test('Undo puts a deleted article back in the place it had in the Library', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, BRIDGE.text);
  const second = 'Harbour ferry returns after winter\n\n"We missed the crossing," said Ines Vidal, who rides it daily.';
  await analyzeText(page, second);
  const links = library(page).getByRole('link');
  await expect(links).toHaveCount(3);
  const before = await links.allTextContents();

  await library(page)
    .getByRole('button', { name: `Delete ${BRIDGE.headline}` })
    .click();
  await library(page)
    .getByRole('button', { name: `Delete “${BRIDGE.headline}”`, exact: true })
    .click();
  await expect(links).toHaveCount(2);
  await page
    .getByRole('status')
    .filter({ hasText: `Deleted “${BRIDGE.headline}”` })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(links).toHaveCount(3);
  expect(await links.allTextContents()).toEqual(before);
});
