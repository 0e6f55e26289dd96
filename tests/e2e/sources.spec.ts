import { expect, test, type Locator, type Page } from '@playwright/test';
import { SOURCES_ID, sourcesArticle } from '../support/sourcesArticle';
import { expectSpeaker, fileInput, showCorrections, showOpenDialog } from './opening';
import { attribution, openReader } from './reader';
import { seriousViolations } from './axe';

const sources = (page: Page) => page.getByRole('region', { name: 'Sources' });
const undoLastCorrection = (page: Page) => page.getByRole('button', { name: 'Undo last correction' });

/**
 * The line of the Sources region that starts with this name. Its words are checked as shown (innerText): the
 * evidence hints, hidden until hover or focus, are in its textContent too.
 */
const lineOf = (region: Locator, name: string) => region.getByRole('listitem').filter({ hasText: new RegExp(`^${name}\\d`) });

/** Opens the bundled article with its sources described by hand (format version 2), as an exported file. */
async function openSourcesArticle(page: Page): Promise<void> {
  await openReader(page);
  const dialog = await showOpenDialog(page);
  await fileInput(dialog).setInputFiles({ name: `${SOURCES_ID}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sourcesArticle())) });
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`[?&]article=${SOURCES_ID}`));
}

/** Shows an anonymous source's evidence from the keyboard. */
async function showAnonymousEvidence(page: Page): Promise<void> {
  const anonymous = lineOf(sources(page), 'a Kremlin official');
  await anonymous.getByRole('button', { name: 'anonymous' }).focus();
  await expect(anonymous.getByRole('tooltip')).toBeVisible();
}

/** Opens a source's corrections and shows an anonymous source's evidence, as a reader going through the region would. */
async function openSourcesRegion(page: Page): Promise<void> {
  const region = sources(page);
  await region.scrollIntoViewIfNeeded();
  const whitfield = lineOf(region, 'Dana Whitfield');
  await whitfield.locator('summary').click();
  await expect(whitfield.getByRole('combobox', { name: 'Type' })).toBeVisible();
  await showAnonymousEvidence(page);
}

/*
 * The steps that only read the opened article share one page: each was a test of its own that loaded the reader and
 * opened the file again (about 4 CPU-s a time on a two-core machine). Dark mode is only a media query in the app's CSS
 * (src/app/index.css), so the dark scan is made on the same page after the light one.
 */
test("the Sources region: its lines and sums, a gender's evidence, the source types in the attribution, and no serious accessibility violations in light or dark mode", async ({
  page,
}) => {
  test.slow();
  await openSourcesArticle(page);
  await test.step('the Sources region lists each quoted source with its type, gender, quotes and share, and sums them as text', async () => {
    const region = sources(page);
    await expect(lineOf(region, 'Vladimir Putin')).toContainText('official · gender unknown · 6 quotes', { useInnerText: true });
    await expect(lineOf(region, 'Vladimir Putin')).toContainText('57% of quoted words', { useInnerText: true });
    await expect(lineOf(region, 'Kassym-Jomart Tokayev')).toContainText('official · man · 5 quotes', { useInnerText: true });
    await expect(lineOf(region, 'Maria Zakharova')).toContainText('spokesperson · woman · 1 quote', { useInnerText: true });
    await expect(lineOf(region, 'a Kremlin official')).toContainText('anonymous · man · 1 quote', { useInnerText: true });
    await expect(lineOf(region, 'Dana Whitfield')).toContainText('expert · gender unknown · 1 quote', { useInnerText: true });
    await expect(region).toContainText('official 2 (29%)', { useInnerText: true });
    await expect(region).toContainText('2: 1 with a reason given, 1 with no reason given.', { useInnerText: true });
    await expect(region).toContainText(/First word\s*Vladimir Putin\s*Last word\s*Dana Whitfield/, { useInnerText: true });
  });

  await test.step("a gender's evidence shows on keyboard focus and on hover, and Escape hides it", async () => {
    const tokayev = lineOf(sources(page), 'Kassym-Jomart Tokayev');
    await tokayev.getByRole('button', { name: 'official' }).focus();
    await page.keyboard.press('Tab');
    const man = tokayev.getByRole('button', { name: 'man' });
    await expect(man).toBeFocused();
    const evidence = tokayev.getByRole('tooltip');
    await expect(evidence).toBeVisible();
    await expect(evidence).toHaveText('From the text: “He said”');
    await page.keyboard.press('Escape');
    await expect(evidence).toBeHidden();
    await expect(man).toBeFocused();

    const zakharova = lineOf(sources(page), 'Maria Zakharova');
    await zakharova.getByRole('button', { name: 'woman' }).hover();
    await expect(zakharova.getByRole('tooltip').filter({ visible: true })).toHaveText('From the text: “spokeswoman”');
    // The pointer leaves, as it did when the next step was a test of its own.
    await page.mouse.move(0, 0);
    await expect(zakharova.getByRole('tooltip').filter({ visible: true })).toHaveCount(0);
  });

  await test.step('the reader with the Sources region open has no serious accessibility violations', async () => {
    await openSourcesRegion(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  await test.step('the attribution names the source type, and for an anonymous source the reason or No reason given', async () => {
    const article = page.getByRole('article');
    const dialog = attribution(page);
    await article.getByRole('button', { name: 'an act of terrorist aggression committed' }).click();
    await expect(dialog).toContainText('Sourceofficial · from Russian President');
    // The quote is also in the bundled article of the library: the attribution lists it once the library has answered.
    // A fresh clone's CI (7 December, morning) saw the next click leave Putin's attribution open, in both tries, while
    // two other runs and three local ones passed; the click now waits for the attribution to be whole.
    await expect(dialog.getByRole('region', { name: 'Same quote elsewhere' })).toBeVisible();
    await article.getByRole('button', { name: 'the documents would be published next week' }).click();
    await expect(dialog).toContainText('Anonymous source: who asked not to be named because he was not authorised to speak to the press');
    await article.getByRole('button', { name: 'the calm in Almaty was fragile' }).click();
    await expect(dialog).toContainText('Anonymous source · No reason given');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step("in dark mode, the Sources region and New person… in an anonymous source's attribution have no serious accessibility violations", async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('article').getByRole('button', { name: 'the calm in Almaty was fragile' }).click();
    await showCorrections(attribution(page));
    await attribution(page).getByRole('combobox', { name: 'Change speaker' }).selectOption({ label: 'New person…' });
    await expect(attribution(page).getByRole('group', { name: 'New person' })).toBeVisible();
    // The source's corrections are still open from the light scan; the anonymous source's evidence is shown again.
    await expect(lineOf(sources(page), 'Dana Whitfield').getByRole('combobox', { name: 'Type' })).toBeVisible();
    await showAnonymousEvidence(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('New person… in Change speaker adds the person and gives them the quote; Undo last correction takes both back', async ({ page }) => {
  await openSourcesArticle(page);
  const dialog = attribution(page);
  await page.getByRole('article').getByRole('button', { name: 'both countries are ready' }).click();
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await showCorrections(dialog);
  const change = dialog.getByRole('combobox', { name: 'Change speaker' });
  await change.selectOption({ label: 'New person…' });
  await change.focus();
  const fields = dialog.getByRole('group', { name: 'New person' });
  // From the keyboard: the name field follows the speaker choice.
  await page.keyboard.press('Tab');
  await expect(fields.getByRole('textbox', { name: 'Name (required)' })).toBeFocused();
  await page.keyboard.type('Dmitry Peskov');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kremlin spokesman');
  await fields.getByRole('combobox', { name: 'Type' }).selectOption('spokesperson');
  await fields.getByRole('combobox', { name: 'Gender' }).selectOption('man');
  // Enter in a field of the form adds the person, as the Add person button does.
  await fields.getByRole('textbox', { name: 'Role' }).press('Enter');

  await expectSpeaker(dialog, 'Dmitry Peskov');
  await expect(dialog).toContainText('Kremlin spokesman');
  await expect(dialog).toContainText('Sourcespokesperson');
  await expect(change).toBeFocused();
  const peskov = lineOf(sources(page), 'Dmitry Peskov');
  await expect(peskov).toContainText('spokesperson · man · 1 quote', { useInnerText: true });
  await expect(lineOf(sources(page), 'Kassym-Jomart Tokayev')).toContainText('4 quotes');

  await undoLastCorrection(page).click();
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await expect(peskov).toHaveCount(0);
  await expect(change.getByRole('option', { name: 'Dmitry Peskov' })).toHaveCount(0);
  await expect(undoLastCorrection(page), 'one step, one undo').toHaveCount(0);
});

test('New organisation… from the keyboard gives the quote to an organisation, listed with the organisations; a new person stays a person', async ({ page }) => {
  await openReader(page);
  const dialog = attribution(page);
  await page.getByRole('article').getByRole('button', { name: 'both countries are ready' }).click();
  await showCorrections(dialog);
  const change = dialog.getByRole('combobox', { name: 'Change speaker' });
  // Arrow keys on the closed choice only show the option they reach (useKeyedChoice); Enter takes it.
  await change.focus();
  for (let i = 0; i < 12 && (await change.inputValue()) !== ':new-organisation'; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const fields = dialog.getByRole('group', { name: 'New organisation' });
  await expect(fields.getByRole('combobox')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(fields.getByRole('textbox', { name: 'Name (required)' })).toBeFocused();
  await page.keyboard.type('Kremlin press service');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Press office');
  await page.keyboard.press('Enter');

  await expectSpeaker(dialog, 'Kremlin press service');
  await expect(dialog).toContainText('Sourceorganisation');
  await expect(dialog.getByRole('button', { name: 'Only this speaker' })).toBeVisible();
  await expect(lineOf(sources(page), 'Kremlin press service')).toContainText('organisation', { useInnerText: true });
  const entities = page.getByRole('region', { name: 'Entities' });
  await expect(entities.getByRole('heading', { name: 'Organizations' }).locator('..')).toContainText('Kremlin press service');
  await expect(entities.getByRole('heading', { name: 'People' }).locator('..')).not.toContainText('Kremlin press service');

  await change.selectOption({ label: 'New person…' });
  const person = dialog.getByRole('group', { name: 'New person' });
  await expect(person.getByRole('combobox', { name: 'Type' }).getByRole('option', { name: 'organisation' })).toHaveCount(0);
  await person.getByRole('textbox', { name: 'Name (required)' }).fill('Dmitry Peskov');
  await person.getByRole('textbox', { name: 'Role' }).press('Enter');
  await expectSpeaker(dialog, 'Dmitry Peskov');
  await expect(dialog.getByRole('button', { name: 'Only this person' })).toBeVisible();
  await expect(entities.getByRole('heading', { name: 'People' }).locator('..')).toContainText('Dmitry Peskov');
});

test('two entities that are one person are merged from the Sources region, and Undo separates them', async ({ page }) => {
  await openSourcesArticle(page);
  const region = sources(page);
  const maria = lineOf(region, 'Maria Zakharova');
  await maria.locator('summary').click();
  await maria.getByRole('combobox', { name: 'Merge with…' }).selectOption({ label: 'Zakharova' });
  await maria.getByRole('button', { name: 'Merge' }).click();
  await expect(lineOf(region, 'Zakharova')).toHaveCount(0);
  await expect(lineOf(region, 'Maria Zakharova')).toContainText('spokesperson · woman · 2 quotes', { useInnerText: true });
  await undoLastCorrection(page).click();
  await expect(lineOf(region, 'Zakharova')).toContainText('type unknown · gender unknown · 1 quote', { useInnerText: true });
});

test('on a phone, the Sources region has no serious accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openSourcesArticle(page);
  await openSourcesRegion(page);
  expect(await seriousViolations(page)).toEqual([]);
});
