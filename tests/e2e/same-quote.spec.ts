import { expect, test } from '@playwright/test';
import { analyzeText } from './opening';
import { attribution, openReader } from './reader';
import { violationsOf } from './axe';

/** Two outlets' stories on the port, a week apart; the second quotes the director with one word changed. */
const FIRST = {
  headline: 'Gdansk port will double its container terminal',
  text: [
    'Gdansk port will double its container terminal',
    'The port of Gdansk will build a second container terminal, its director Marek Nowak said on Friday.',
    '"We will double our capacity by 2027 and hire four hundred people from the city," Nowak said.',
  ].join('\n\n'),
};
const SECOND = {
  headline: 'A second terminal for the Baltic’s busiest port',
  text: [
    'A second terminal for the Baltic’s busiest port',
    'Marek Nowak, who runs the port of Gdansk, told reporters on Monday that building would start in spring.',
    '"We will double our capacity by 2028 and hire four hundred people from the city," Nowak said.',
  ].join('\n\n'),
};

test('a quote two articles of the library share lists the other, names the earliest, marks the changed word, and opens it with the quote selected', async ({
  page,
}) => {
  await openReader(page);
  await analyzeText(page, FIRST.text, '2024-06-14');
  await analyzeText(page, SECOND.text, '2024-06-21');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SECOND.headline);

  await page
    .getByRole('article')
    .getByRole('button', { name: /We will double our capacity by 2028/ })
    .click();
  const elsewhere = attribution(page).getByRole('region', { name: 'Same quote elsewhere' });
  await expect(elsewhere).toContainText(`Also in another article of your library. The earliest is “${FIRST.headline}”, 14 June 2024.`);
  await expect(elsewhere.getByRole('listitem')).toContainText('14 June 2024 · earliest · attributed to Marek Nowak');
  await expect(elsewhere.locator('del')).toHaveText('[left out: 2028]');
  await expect(elsewhere.locator('ins')).toHaveText('[added: 2027]');
  expect(await violationsOf(page, '[role="dialog"][aria-label="Quote attribution"]')).toEqual([]);

  // By keyboard: the link opens the first article with its quote selected.
  await elsewhere.getByRole('link', { name: FIRST.headline }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST.headline);
  await expect(page.getByRole('article').getByRole('button', { name: /We will double our capacity by 2027/ })).toHaveAttribute('aria-pressed', 'true');
  // From the first, the second is listed, and this article is the earliest.
  await expect(attribution(page).getByRole('region', { name: 'Same quote elsewhere' })).toContainText('This article is the earliest (14 June 2024).');
  await expect(attribution(page).getByRole('region', { name: 'Same quote elsewhere' }).getByRole('link', { name: SECOND.headline })).toBeVisible();
});

test('a quote no other article carries has no Same quote elsewhere', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, FIRST.text, '2024-06-14');
  await page
    .getByRole('article')
    .getByRole('button', { name: /We will double our capacity/ })
    .click();
  await expect(attribution(page)).toContainText('Marek Nowak');
  await page.waitForTimeout(300);
  await expect(attribution(page).getByRole('region', { name: 'Same quote elsewhere' })).toHaveCount(0);
});
