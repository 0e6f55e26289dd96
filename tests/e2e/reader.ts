import { expect, type Locator, type Page } from '@playwright/test';
import { goldQuotes, loadGold } from './gold';

/**
 * Opens the reader and waits for the bundled article's headline, and for the side column to have filled in:
 * the page carries a first view of the article that shows before its code runs, and is live only then.
 */
export async function openReader(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(loadGold().headline.text.slice(0, 20));
  await expect(page.getByRole('complementary', { name: 'About this article' })).toHaveAttribute('aria-busy', 'false');
}

export const attribution = (page: Page) => page.getByRole('dialog', { name: 'Quote attribution' });

export const filterGroup = (page: Page) => page.getByRole('group', { name: 'Filter by person' });

/** Checks the speaker an open attribution names, in its Speaker entry. */
export async function expectSpeaker(attribution: Locator, name: string): Promise<void> {
  await expect(attribution).toMatchAriaSnapshot(`
    - term: Speaker
    - definition: ${JSON.stringify(name)}
  `);
}

/**
 * Activates every quote of the bundled gold in the page's article and checks its attribution: the quote's
 * words, its speaker's name and role, its kind and its cue; Escape closes it again.
 */
export async function expectEachGoldQuoteAttributed(page: Page): Promise<void> {
  const gold = loadGold();
  const article = page.getByRole('article');
  const dialog = attribution(page);
  const quotes = goldQuotes(gold);
  expect(quotes.length).toBeGreaterThan(5);
  for (const { quote, buttonText } of quotes) {
    const speaker = gold.entities.find((e) => e.id === quote.speakerId);
    if (!speaker) throw new Error(`the gold quote ${quote.id} has no speaker`);
    const button = article.getByRole('button', { name: buttonText }).first();
    await button.click();
    await expect(button, `quote ${quote.id} shows it is selected`).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog, `quote ${quote.id}`).toBeVisible();
    await expect(dialog, `the attribution of quote ${quote.id} quotes its words`).toContainText(quote.text.slice(0, 60));
    await expectSpeaker(dialog, speaker.name);
    if (speaker.role) await expect(dialog, `role of the speaker of quote ${quote.id}`).toContainText(speaker.role);
    await expect(dialog, `kind of quote ${quote.id}`).toContainText(quote.kind === 'direct' ? /direct quote/i : /reported speech/i);
    if (quote.cue) await expect(dialog, `cue of quote ${quote.id}`).toContainText(quote.cue.text);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
}

/**
 * Tabs to the headline's quote, as a keyboard reader comes to it, and returns where its "Said by" tip then stands
 * against the quote (its lines' boxes, in the page's CSS pixels) and against the article's column, and the article's
 * words it covers (each text node it overlaps, the tip's own words and the other marks kept apart from the text left out).
 */
export async function headlineTipPlace(page: Page) {
  const quote = page.getByRole('heading', { level: 1 }).getByRole('button');
  // From the headline, where Skip to the article leaves the keyboard (on a phone the key's last stop is its fold).
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Tab');
  await expect(quote).toBeFocused();
  const tip = quote.locator('.quote-tip');
  await expect(tip).toBeVisible();
  return tip.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const article = element.closest('article');
    const lines = element.parentElement ? [...element.parentElement.getClientRects()] : [];
    const first = lines[0];
    if (!article || !first) throw new Error('the tip is not in a quote of the article');
    const covered: Array<string> = [];
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = node.textContent?.trim();
      if (!words || node.parentElement?.closest('[data-nontext]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const overlaps = [...range.getClientRects()].some((r) => r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top);
      if (overlaps) covered.push(words);
    }
    return {
      tip: { left: box.left, top: box.top },
      quoteStart: first.left,
      quoteEnd: Math.max(...lines.map((line) => line.bottom)),
      column: article.getBoundingClientRect().left,
      covered,
      headline: article.querySelector('h1')?.textContent ?? '',
    };
  });
}
