import { expect, test, type Page } from '@playwright/test';
import { goldQuotes, loadGold } from './gold';
import { attribution, filterGroup, openReader } from './reader';

const gold = loadGold();
const quotes = goldQuotes(gold);
const TOKAYEV = 'kassym-jomart-tokayev';
const PUTIN = 'vladimir-putin';

/** Every quote of the chosen speakers is a button, and every other quote is plain text in the article. */
async function expectOnlyQuotesOf(page: Page, speakerIds: ReadonlyArray<string>) {
  const article = page.getByRole('article');
  for (const { quote, buttonText } of quotes) {
    const buttons = article.getByRole('button', { name: buttonText });
    if (speakerIds.includes(quote.speakerId ?? '')) {
      await expect(buttons.first(), `quote ${quote.id} is a button`).toBeVisible();
    } else {
      await expect(buttons, `quote ${quote.id} is not a button`).toHaveCount(0);
      await expect(article, `quote ${quote.id} is still in the text`).toContainText(buttonText);
    }
  }
}

test('choosing Tokayev leaves only his quotes clickable, and the URL keeps the choice', async ({ page }) => {
  await openReader(page);
  const article = page.getByRole('article');
  const tokayev = filterGroup(page).getByRole('checkbox', { name: 'Kassym-Jomart Tokayev', exact: true });
  const putinsQuote = article.getByRole('button', { name: 'act of terrorist aggression committed' });
  await expect(putinsQuote).toHaveCount(1);

  await tokayev.check();
  await expect(page).toHaveURL(/[?&]person=kassym-jomart-tokayev(&|$)/);
  await expect(putinsQuote).toHaveCount(0);
  await expect(article).toContainText('act of terrorist aggression committed');
  await expect(article.getByRole('button', { name: 'unprecedented terrorist attack' })).toBeVisible();
  await expectOnlyQuotesOf(page, [TOKAYEV]);

  await page.reload();
  await expect(tokayev).toBeChecked();
  await expect(putinsQuote).toHaveCount(0);
  await expectOnlyQuotesOf(page, [TOKAYEV]);

  await page.goBack();
  await expect(page).not.toHaveURL(/person=/);
  await expect(tokayev).not.toBeChecked();
  await expect(putinsQuote).toHaveCount(1);

  await page.goForward();
  await expect(page).toHaveURL(/[?&]person=kassym-jomart-tokayev(&|$)/);
  await expect(tokayev).toBeChecked();
  await expect(putinsQuote).toHaveCount(0);
});

test('a shared link opens with its filter and its quote attribution', async ({ page }) => {
  const quote = gold.paragraphs.flatMap((p) => p.quotes).find((q) => q.speakerId === PUTIN && q.kind === 'direct');
  if (!quote) throw new Error('the gold has no direct quote by Putin');
  await openReader(page, `?person=${PUTIN}&quote=${quote.id}`);

  await expect(filterGroup(page).getByRole('checkbox', { name: 'Vladimir Putin', exact: true })).toBeChecked();
  await expect(filterGroup(page).getByRole('checkbox', { name: 'Kassym-Jomart Tokayev', exact: true })).not.toBeChecked();
  const dialog = attribution(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Vladimir Putin');
  await expect(dialog).toContainText(quote.text.slice(0, 60));
  await expectOnlyQuotesOf(page, [PUTIN]);
});

test('"Show everyone" clears the filter', async ({ page }) => {
  await openReader(page, `?person=${TOKAYEV}&person=${PUTIN}`);
  const group = filterGroup(page);
  await expect(group.getByRole('checkbox', { name: 'Vladimir Putin', exact: true })).toBeChecked();
  await expect(group.getByRole('checkbox', { name: 'Kassym-Jomart Tokayev', exact: true })).toBeChecked();

  await group.getByRole('button', { name: 'Show everyone' }).click();
  await expect(page).not.toHaveURL(/person=/);
  for (const checkbox of await group.getByRole('checkbox').all()) await expect(checkbox).not.toBeChecked();
  await expectOnlyQuotesOf(page, [PUTIN, TOKAYEV]);
});

test('"Only this person" in the attribution filters the article to its speaker', async ({ page }) => {
  await openReader(page);
  await page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  await attribution(page).getByRole('button', { name: 'Only this person' }).click();

  await expect(page).toHaveURL(/[?&]person=kassym-jomart-tokayev(&|$)/);
  await expect(filterGroup(page).getByRole('checkbox', { name: 'Kassym-Jomart Tokayev', exact: true })).toBeChecked();
  await expectOnlyQuotesOf(page, [TOKAYEV]);
  // Beside the text the attribution covers nothing, so it stays open.
  await expect(attribution(page)).toBeVisible();
});

test('a link to a person the article does not have says so, keeps the article open with every quote, and goes once the reader filters', async ({ page }) => {
  await openReader(page, '?person=nobody');
  const group = filterGroup(page);
  await expect(group.getByRole('status')).toHaveText('The linked person has no quotes in this article, so the filter leaves them out.');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectOnlyQuotesOf(page, [PUTIN, TOKAYEV]);

  // From the keyboard: ticking a person makes a filter of its own, and the note has done its work.
  await group.getByRole('checkbox', { name: 'Vladimir Putin', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`person=${PUTIN}`));
  await expect(page).not.toHaveURL(/person=nobody/);
  await expect(group.getByRole('status')).toHaveCount(0);
});

for (const [device, viewport] of [
  ['a desktop', { width: 1280, height: 800 }],
  ['a 390 px phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${device}, stepping round past the last of a person's quotes keeps Show everyone whole, beside the position, not under the step buttons`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openReader(page, `?person=${TOKAYEV}`);
    const showEveryone = page.getByRole('status').getByRole('button', { name: 'Show everyone' });
    const previous = page.getByRole('button', { name: 'Previous quote' });
    await expect(showEveryone).toBeVisible();
    // Previous from no selection lands on the last quote; Next from there wraps round with a note.
    await previous.click();
    await page.getByRole('button', { name: 'Next quote' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Back to the first quote' })).toBeVisible();
    const shown = await showEveryone.boundingBox();
    const step = await previous.boundingBox();
    expect(shown && step).toBeTruthy();
    if (!shown || !step) return;
    expect(shown.x + shown.width, 'Show everyone ends inside the screen').toBeLessThanOrEqual(viewport.width);
    const overlaps = shown.x < step.x + step.width && step.x < shown.x + shown.width && shown.y < step.y + step.height && step.y < shown.y + shown.height;
    expect(overlaps, 'Show everyone and Previous do not overlap').toBe(false);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Quote 1 of \d/ })
        .first(),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}
