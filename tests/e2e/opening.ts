import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export { expectSpeaker } from './reader';

/** The bundled article's raw scrape, as a reader would paste it. */
export const RAW_TEXT = readFileSync(new URL('../../articles/cgtn-putin-tokayev-2022-02-10.txt', import.meta.url), 'utf8');

/** A short article of our own, whose headline differs from the bundled one. */
export const BRIDGE = {
  headline: 'Valencia opens its first new bridge in twenty years',
  text: [
    'Valencia opens its first new bridge in twenty years',
    'Valencia Mayor Ana Ruiz on Monday opened the Turia bridge, the first new crossing in the city since 2004.',
    '"This bridge joins the two halves of our city," Ruiz said at the ceremony.',
    'The bridge cost 40 million euros, paid in part by the European Union.',
  ].join('\n\n'),
};

export const openDialog = (page: Page) => page.getByRole('dialog', { name: 'Open article' });

export const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });

/*
 * A date input and a file input have no ARIA role of their own (Playwright would call both "textbox"),
 * so these two are found by their label, which is their accessible name.
 */
const publishedOn = (dialog: Locator) => dialog.getByLabel('Published on');
export const fileInput = (dialog: Locator) => dialog.getByLabel('Or choose a file');

export async function showOpenDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Open article', exact: true }).click();
  const dialog = openDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * How long a test waits for a pasted article to be analysed and shown: the engine's worker is fetched and compiled on
 * the first Analyze, which took over the default five seconds on a two-core machine loaded by other work (8 December).
 */
export const ANALYSIS_TIMEOUT = 15_000;

/** Pastes an article, analyzes it and waits until the reader shows it at its own URL. */
export async function analyzeText(page: Page, text: string, date?: string): Promise<void> {
  const dialog = await showOpenDialog(page);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
  if (date) await publishedOn(dialog).fill(date);
  await dialog.getByRole('button', { name: 'Analyze' }).click();
  await expect(dialog).toBeHidden({ timeout: ANALYSIS_TIMEOUT });
  await expect(page).toHaveURL(/[?&]article=/);
}

/**
 * Pastes text into the focused textbox through the clipboard, as a reader would: much faster than
 * typing it for a long text. The page's context must allow the clipboard.
 */
export async function paste(page: Page, textbox: Locator, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await textbox.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => textbox.inputValue().then((value) => value.length), { timeout: 15_000 }).toBe(text.length);
}

/**
 * Opens the "Correct this attribution" disclosure of an open attribution. A <summary> has no ARIA role
 * Playwright can query, so it is found by its words.
 */
export async function showCorrections(attribution: Locator): Promise<void> {
  await attribution.getByText('Correct this attribution', { exact: true }).click();
  await expect(attribution.getByRole('combobox', { name: 'Change speaker' })).toBeVisible();
}
