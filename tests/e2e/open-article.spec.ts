import { expect, test } from '@playwright/test';
import { loadGold } from './gold';
import { ANALYSIS_TIMEOUT, analyzeText, BRIDGE, expectSpeaker, library, paste, RAW_TEXT, showOpenDialog } from './opening';
import { attribution, expectEachGoldQuoteAttributed, openReader } from './reader';
import { seriousViolations } from './axe';

const gold = loadGold();

test('the bundled article pasted as raw text reads like the bundled one: same headline, quotes and speakers', async ({ page }) => {
  await openReader(page);
  const heading = page.getByRole('heading', { level: 1 });
  // The headline as the reader shows the bundled article (its quote carries a speaker tag).
  const bundledHeading = await heading.textContent();
  await analyzeText(page, RAW_TEXT, '2022-02-10');
  expect(new URL(page.url()).searchParams.get('article')).not.toBe(gold.id);
  await expect(heading).toContainText(gold.headline.text.slice(0, 40));
  await expect(heading).toHaveText(bundledHeading ?? '');
  await expect(page.getByRole('article').getByRole('time')).toHaveAttribute('datetime', '2022-02-10');

  await expectEachGoldQuoteAttributed(page);
});

test('from the keyboard, Analyze takes focus to the new article’s headline, not back to Open article', async ({ page }) => {
  await openReader(page);
  await page.getByRole('button', { name: 'Open article', exact: true }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Open article' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(BRIDGE.text);
  await dialog.getByRole('button', { name: 'Analyze' }).press('Enter');
  const headline = page.getByRole('heading', { level: 1, name: BRIDGE.headline });
  await expect(headline).toBeFocused({ timeout: ANALYSIS_TIMEOUT });
  // The next Tab goes on into the article from there.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('article').getByRole('button').first()).toBeFocused();
});

test('the article open already, pasted again, says it is already open and takes focus to its headline', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, BRIDGE.text);
  const headline = page.getByRole('heading', { level: 1, name: BRIDGE.headline });
  await expect(headline).toBeVisible();
  await page.getByRole('article').getByRole('button').first().click();
  await expect(attribution(page)).toBeVisible();

  const dialog = await showOpenDialog(page);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(BRIDGE.text);
  await dialog.getByRole('button', { name: 'Analyze' }).press('Enter');
  await expect(dialog).toBeHidden();
  // Before, the dialog closed and nothing else happened, focus back on Open article.
  await expect(page.getByRole('status').filter({ hasText: `“${BRIDGE.headline}” is already open.` })).toBeVisible();
  await expect(headline).toBeFocused();
  await expect(attribution(page)).toBeHidden();

  // A correction made after it keeps its focus where the reader is: the headline is not taken again.
  const quote = page.getByRole('article').getByRole('button').first();
  await quote.click();
  await attribution(page).getByText('Correct this attribution').click();
  const speaker = attribution(page).getByRole('combobox', { name: 'Change speaker' });
  await speaker.focus();
  await speaker.selectOption({ index: 0 });
  await expect(quote).toHaveAccessibleName(/, (corrected|confirmed) by you$/);
  await expect(headline).not.toBeFocused();
});

test('Ctrl+Enter or Cmd+Enter in the text box analyses, as Analyze does', async ({ page }) => {
  await openReader(page);
  for (const keys of ['Control+Enter', 'Meta+Enter']) {
    await page.getByRole('button', { name: 'Open article', exact: true }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Open article' });
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(keys === 'Control+Enter' ? BRIDGE.text : RAW_TEXT);
    await dialog.getByRole('textbox', { name: 'Article text' }).press(keys);
    await expect(dialog).toBeHidden({ timeout: ANALYSIS_TIMEOUT });
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 40));
});

test('an article without quotes says no quotes were found and still lists its people and places', async ({ page }) => {
  await openReader(page);
  await analyzeText(
    page,
    [
      'Tokayev visits Moscow for talks with Putin',
      "Putin met with Kazakh President Kassym-Jomart Tokayev on Thursday in Moscow and the two discussed Kazakhstan's stability and bilateral cooperation.",
      'Russian President Vladimir Putin shook hands with Tokayev at the Kremlin before the talks, which lasted three hours.',
      'Tokayev flew back to Nur-Sultan in the evening.',
    ].join('\n\n'),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tokayev visits Moscow for talks with Putin');
  await expect(page.getByRole('status').filter({ hasText: /no quotes were found/i })).toBeVisible();
  await expect(page.getByRole('article').getByRole('button')).toHaveCount(0);

  const entities = page.getByRole('region', { name: 'Entities' });
  await expect(entities).toMatchAriaSnapshot(`
    - heading "People"
    - list:
      - listitem:
        - button /Kassym-Jomart Tokayev/
    - heading "Places"
    - list:
      - listitem:
        - button /Moscow/
  `);
  await expect(entities).toMatchAriaSnapshot(`
    - heading "People"
    - list:
      - listitem:
        - button /Vladimir Putin/
    - heading "Places"
    - list:
      - listitem:
        - button /Nur-Sultan/
  `);
});

test('closing the dialog with Escape keeps what was pasted for when it opens again; opening the article clears it', async ({ page }) => {
  await openReader(page);
  let dialog = await showOpenDialog(page);
  await paste(page, dialog.getByRole('textbox', { name: 'Article text' }), RAW_TEXT);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  dialog = await showOpenDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Article text' })).toHaveValue(RAW_TEXT);
  await dialog.getByRole('button', { name: 'Analyze' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 40));

  dialog = await showOpenDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Article text' })).toHaveValue('');
});

test('Cancel during an analysis opens nothing and leaves the reader usable', async ({ page }) => {
  // The engine reads even a long text in well under a second, so the analysis's worker is held back
  // on its way in: Cancel then always comes while the analysis is under way.
  let workerRequested = false;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/analysis.worker-*.js', async (route) => {
    workerRequested = true;
    await held;
    await route.continue().catch(() => {});
  });

  await openReader(page);
  const dialog = await showOpenDialog(page);
  const textbox = dialog.getByRole('textbox', { name: 'Article text' });
  const long = Array.from({ length: 200 }, () => RAW_TEXT).join('\n\n');
  await paste(page, textbox, long);
  await dialog.getByRole('button', { name: 'Analyze' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Analysis progress' })).toBeVisible();
  await expect(textbox).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Analyze' })).toBeDisabled();
  await expect.poll(() => workerRequested, { message: 'the analysis has started its worker' }).toBe(true);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  await expect(textbox).toBeEnabled();
  await expect(dialog.getByRole('button', { name: 'Analyze' })).toBeEnabled();
  expect((await textbox.inputValue()).length, 'the pasted text is still there').toBe(long.length);

  // Had Cancel not stopped the worker, it would now load and open the article well within this wait.
  release();
  await page.waitForTimeout(1_500);
  await expect(dialog).toBeVisible();
  expect(new URL(page.url()).searchParams.get('article')).toBeNull();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(gold.headline.text.slice(0, 20));

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(library(page).getByRole('link')).toHaveCount(1);
  await page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  await expectSpeaker(attribution(page), 'Kassym-Jomart Tokayev');
});

test('the reader with the Open article dialog open has no serious accessibility violations', async ({ page }) => {
  await openReader(page);
  const dialog = await showOpenDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Article text' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});
