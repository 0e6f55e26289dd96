import { expect, test, type Locator, type Page } from '@playwright/test';
import { BRIDGE, library, openDialog } from './opening';
import { openReader } from './reader';

interface DroppedFile {
  name: string;
  type: string;
  /** The file's bytes, as numbers so that they cross into the page unchanged. */
  bytes: Array<number>;
}

const textFile = (name: string, text: string): DroppedFile => ({ name, type: 'text/plain', bytes: [...Buffer.from(text)] });

/** Holds a file over the target as a browser does when one is dragged in from the desktop; drops it unless told not to. */
async function dragFile(page: Page, target: Locator, file: DroppedFile, { drop = true, overlay = true } = {}) {
  const dataTransfer = await page.evaluateHandle(({ name, type, bytes }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
    return transfer;
  }, file);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText('Drop to open this file')).toBeVisible({ visible: overlay });
  if (drop) await target.dispatchEvent('drop', { dataTransfer });
  return dataTransfer;
}

test('a file dropped on the article is read, analysed, kept in the library and opened', async ({ page }) => {
  await openReader(page);
  await dragFile(page, page.getByRole('article'), textFile('bridge.txt', BRIDGE.text));

  await expect(page.getByText('Drop to open this file')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline, { timeout: 15_000 });
  await expect(openDialog(page)).toBeHidden();
  await expect(page).toHaveURL(/[?&]article=/);
  await expect(page.getByRole('article').getByRole('button', { name: /This bridge joins the two halves of our city/ })).toBeVisible();
  await expect(library(page).getByRole('link', { name: BRIDGE.headline })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
});

test('a file held over the page and taken away again leaves the page as it was', async ({ page }) => {
  await openReader(page);
  const url = page.url();
  const article = page.getByRole('article');
  const dataTransfer = await dragFile(page, article, textFile('bridge.txt', BRIDGE.text), { drop: false });
  await article.dispatchEvent('dragleave', { dataTransfer });
  await expect(page.getByText('Drop to open this file')).toBeHidden();
  await expect(openDialog(page)).toBeHidden();
  expect(page.url()).toBe(url);
});

test('a dropped file that cannot be read says why, and the article already open stays', async ({ page }) => {
  await openReader(page);
  const url = page.url();
  const headline = await page.getByRole('heading', { level: 1 }).textContent();
  await dragFile(page, page.getByRole('heading', { level: 1 }), {
    name: 'photo.png',
    type: 'image/png',
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0],
  });

  const dialog = openDialog(page);
  await expect(dialog.getByRole('alert')).toContainText(/photo\.png.*binary/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline ?? '');
});

test('a dropped text that starts without a headline waits for the reader to check the headline', async ({ page }) => {
  await openReader(page);
  const text = BRIDGE.text.split('\n\n').slice(1).join('\n\n');
  await dragFile(page, page.getByRole('article'), textFile('no-headline.txt', text));

  const dialog = openDialog(page);
  await expect(dialog.getByRole('status')).toContainText('no-headline.txt');
  const headline = dialog.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveValue(/^Valencia Mayor Ana Ruiz on Monday opened the Turia bridge/);
  expect(new URL(page.url()).searchParams.get('article'), 'nothing opens before Analyze').toBeNull();
  await headline.fill('Valencia opens the Turia bridge');
  await dialog.getByRole('button', { name: 'Analyze' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Valencia opens the Turia bridge', { timeout: 15_000 });
});

test('a file dropped into the open dialog fills its text box for checking, as the dialog always did', async ({ page }) => {
  await openReader(page);
  await page.getByRole('button', { name: 'Open article', exact: true }).click();
  const dialog = openDialog(page);
  const textbox = dialog.getByRole('textbox', { name: 'Article text' });
  await dragFile(page, textbox, textFile('bridge.txt', BRIDGE.text), { overlay: false });

  await expect(textbox).toHaveValue(BRIDGE.text);
  await expect(dialog.getByRole('status')).toContainText('bridge.txt: check the text, then Analyze');
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('article'), 'nothing opens before Analyze').toBeNull();
});
