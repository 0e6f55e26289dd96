import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Article } from '../../src/core/schema';
import { goldQuotes, quotedBlocks } from './gold';
import { analyzeText, BRIDGE, expectSpeaker, fileInput, library, RAW_TEXT, showCorrections, showOpenDialog } from './opening';
import { attribution, openReader } from './reader';

const exportButton = (page: Page, name: string) => page.getByRole('region', { name: 'Export' }).getByRole('button', { name });

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), exportButton(page, button).click()]);
  const path = await file.path();
  return readFile(path, 'utf8');
}

test('an exported article, opened from its file in another browser, has the same headline, quotes and speakers', async ({ page, browser }, testInfo) => {
  await openReader(page);
  await analyzeText(page, RAW_TEXT, '2022-02-10');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  await showCorrections(attribution(page));
  await attribution(page).getByRole('combobox', { name: 'Change speaker' }).selectOption({ label: 'Vladimir Putin' });
  await expect(attribution(page)).toContainText('Corrected by you');
  await page.keyboard.press('Escape');

  const [saved] = await Promise.all([page.waitForEvent('download'), exportButton(page, 'Download article JSON').click()]);
  // The file as Playwright keeps it: no .json in its name, as a download saved without one.
  const path = await saved.path();
  const exported = JSON.parse(await readFile(path, 'utf8')) as Article;
  expect(saved.suggestedFilename()).toBe(`${exported.id}.json`);
  await expect.poll(() => new URL(page.url()).searchParams.get('article')).toBe(exported.id);
  expect(exported.corrections, 'the correction goes with the article').toHaveLength(1);

  // Another browser: its own, empty IndexedDB.
  const elsewhere = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const other = await elsewhere.newPage();
    await openReader(other);
    const dialog = await showOpenDialog(other);
    await fileInput(dialog).setInputFiles(path);
    await expect(dialog).toBeHidden();
    // The address bar follows the page within a frame.
    await expect.poll(() => new URL(other.url()).searchParams.get('article')).toBe(exported.id);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
    await expect(library(other).getByRole('link', { name: /Corrected by you/ })).toHaveCount(1);

    const quotes = goldQuotes(exported);
    expect(quotes.length).toBeGreaterThan(5);
    const shown = attribution(other);
    for (const { quote, buttonText } of quotes) {
      const speaker = exported.entities.find((e) => e.id === quote.speakerId);
      await other.getByRole('article').getByRole('button', { name: buttonText }).first().click();
      await expect(shown, `the attribution of quote ${quote.id} quotes its words`).toContainText(quote.text.slice(0, 60));
      await expectSpeaker(shown, speaker?.name ?? 'Unattributed');
      if (quote.corrected) await expect(shown).toContainText('Corrected by you');
      await other.keyboard.press('Escape');
      await expect(shown).toBeHidden();
    }
    await other.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
    await expectSpeaker(shown, 'Vladimir Putin');
  } finally {
    await elsewhere.close();
  }
});

test('the quotes download as a W3C Web Annotation collection whose selectors hold each quote', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, RAW_TEXT, '2022-02-10');
  const article = JSON.parse(await download(page, 'Download article JSON')) as Article;
  const collection = JSON.parse(await download(page, 'Download quotes as Web Annotations')) as {
    '@context': unknown;
    type: unknown;
    total: unknown;
    first: {
      items: Array<{ id: string; type: string; body: Array<{ purpose: string; value: string }>; target: { selector: Array<Record<string, unknown>> } }>;
    };
  };

  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(collection.type).toBe('AnnotationCollection');
  const items = collection.first.items;
  const quotes = quotedBlocks(article).flatMap((block) => block.quotes.map((quote) => ({ block, quote })));
  expect(quotes.length).toBeGreaterThan(5);
  expect(items).toHaveLength(quotes.length);
  expect(collection.total).toBe(quotes.length);

  for (const { block, quote } of quotes) {
    const item = items.find((i) => i.id.endsWith(`#${quote.id}`));
    if (!item) throw new Error(`no annotation for quote ${quote.id}`);
    expect(item.type).toBe('Annotation');
    const byQuote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const byPosition = item.target.selector.find((s) => s.type === 'TextPositionSelector');
    expect(byQuote?.exact, `quote ${quote.id}`).toBe(quote.text);
    expect(String(byQuote?.prefix)).toMatch(new RegExp(`${escape(block.text.slice(Math.max(0, quote.start - 20), quote.start))}$`));
    expect(String(byQuote?.suffix)).toMatch(new RegExp(`^${escape(block.text.slice(quote.end, quote.end + 20))}`));
    expect(Number(byPosition?.end) - Number(byPosition?.start), `positions of quote ${quote.id}`).toBe(quote.text.length);
    const speaker = article.entities.find((e) => e.id === quote.speakerId);
    expect(item.body.find((b) => b.purpose === 'identifying')?.value).toBe(speaker?.name ?? 'unattributed');
  }
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface BadInput {
  name: string;
  /** Gives the input to the open dialog; `outputPath` names a scratch file of the test's own. */
  give: (dialog: Locator, outputPath: (name: string) => string) => Promise<void>;
  says: Array<RegExp>;
}

const badInputs: Array<BadInput> = [
  {
    name: 'an empty paste',
    give: async (dialog) => {
      await dialog.getByRole('textbox', { name: 'Article text' }).fill('  \n\n  ');
      await dialog.getByRole('button', { name: 'Analyze' }).click();
    },
    says: [/no article text/i],
  },
  {
    name: 'a binary file',
    give: (dialog) =>
      fileInput(dialog).setInputFiles({
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
      }),
    says: [/photo\.txt/, /binary/i],
  },
  {
    name: 'a 20 MB file',
    // Written to disk and handed over by its path: a local browser then reads the file itself, where 20 MB passed as a
    // buffer went through the browser's protocol (18.7 s alone on a loaded two-core machine).
    give: async (dialog, outputPath) => {
      const path = outputPath('huge.txt');
      await writeFile(path, Buffer.alloc(20 * 1024 * 1024, 'word '));
      await fileInput(dialog).setInputFiles(path);
    },
    says: [/huge\.txt/, /20(\.0)? MB/, /5(\.0)? MB/],
  },
  {
    name: 'a JSON file that is not an article',
    give: (dialog) =>
      fileInput(dialog).setInputFiles({
        name: 'shopping.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ title: 'Shopping list', items: ['milk', 'bread'] })),
      }),
    says: [/shopping\.json/, /not an article/i],
  },
];

for (const input of badInputs) {
  test(`${input.name} is refused with a message, and the reader and library stay as they were`, async ({ page }, testInfo) => {
    await openReader(page);
    await analyzeText(page, BRIDGE.text);
    const url = page.url();
    const dialog = await showOpenDialog(page);
    await input.give(dialog, (name) => testInfo.outputPath(name));

    const alert = dialog.getByRole('alert');
    await expect(alert).toBeVisible();
    for (const words of input.says) await expect(alert).toContainText(words);
    await expect(alert, 'no raw error').not.toContainText(/\bat \S+:\d+|TypeError|SyntaxError|Error:/);
    await expect(dialog.getByRole('textbox', { name: 'Article text' })).toHaveValue(/^\s*$/);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(page.url()).toBe(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
    const links = library(page).getByRole('link');
    await expect(links).toHaveCount(2);
    await expect(links.nth(1)).toHaveAccessibleName(BRIDGE.headline);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.headline);
    await expect(links).toHaveCount(2);
  });
}

test('an HTML page is reduced to its headline and paragraphs, without its scripts and menus', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`the page ran a script from the file: ${dialog.message()}`);
  });
  await openReader(page);
  const dialog = await showOpenDialog(page);
  const html = `<!doctype html>
<html><head><title>Daily Harbour | News</title><script>alert('head script')</script><style>p { color: red }</style></head>
<body>
  <header><a href="/">Daily Harbour</a></header>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <main><article>
    <h1>Gdansk harbour reopens after the storm</h1>
    <p>The port of Gdansk reopened on Friday after three days of closure.</p>
    <script>alert('body script')</script>
    <p>"Ships are moving again," harbour master Jan Nowak said.</p>
    <img src="x" onerror="alert('image')">
  </article></main>
  <aside><p>Most read: ten facts about storms</p></aside>
  <footer><p>Copyright Daily Harbour</p></footer>
</body></html>`;
  await fileInput(dialog).setInputFiles({ name: 'harbour.html', mimeType: 'text/html', buffer: Buffer.from(html) });

  const textbox = dialog.getByRole('textbox', { name: 'Article text' });
  await expect(textbox).toHaveValue(
    [
      'Gdansk harbour reopens after the storm',
      'The port of Gdansk reopened on Friday after three days of closure.',
      '"Ships are moving again," harbour master Jan Nowak said.',
    ].join('\n\n'),
  );
  await expect(dialog.getByRole('status')).toContainText('harbour.html');
  expect(new URL(page.url()).searchParams.get('article'), 'nothing opens before Analyze').toBeNull();

  await dialog.getByRole('button', { name: 'Analyze' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gdansk harbour reopens after the storm');
  await expect(page.getByRole('article').getByRole('button', { name: 'Ships are moving again' })).toBeVisible();
  await expect(page.getByRole('article')).not.toContainText(/Sport|Most read|Copyright/);
});
