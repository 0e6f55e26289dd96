import { expect, test, type Locator, type Page } from '@playwright/test';
import { analyzeText, expectSpeaker, library, RAW_TEXT, showCorrections } from './opening';
import { attribution, openReader } from './reader';

const undoLastCorrection = (page: Page) => page.getByRole('button', { name: 'Undo last correction' });

/** Selects some words of a paragraph, as a reader dragging over them would, and lets go of the mouse. */
async function selectWords(paragraph: Locator, words: string): Promise<void> {
  await paragraph.evaluate((element, wanted) => {
    const texts: Array<Text> = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    const whole = texts.map((t) => t.data).join('');
    const from = whole.indexOf(wanted);
    if (from < 0) throw new Error(`"${wanted}" is not in the paragraph`);
    const at = (offset: number, isEnd: boolean): [Text, number] => {
      let before = 0;
      for (const text of texts) {
        const after = before + text.data.length;
        if (offset < after || (isEnd && offset === after)) return [text, offset - before];
        before = after;
      }
      throw new Error('offset past the paragraph');
    };
    const range = document.createRange();
    range.setStart(...at(from, false));
    range.setEnd(...at(from + wanted.length, true));
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, words);
  await paragraph.dispatchEvent('mouseup');
}

test('a changed speaker is kept after a reload, shown as corrected, and Undo last correction restores it', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, RAW_TEXT, '2022-02-10');
  const dialog = attribution(page);
  await page.getByRole('article').getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await expect(dialog).not.toContainText('Corrected by you');
  await expect(undoLastCorrection(page)).toHaveCount(0);

  await showCorrections(dialog);
  await dialog.getByRole('combobox', { name: 'Change speaker' }).selectOption({ label: 'Vladimir Putin' });
  await expectSpeaker(dialog, 'Vladimir Putin');
  await expect(dialog).toContainText('Corrected by you');
  await expect(undoLastCorrection(page)).toBeVisible();

  await page.reload();
  await expect(dialog, 'the selected quote is in the URL').toBeVisible();
  await expectSpeaker(dialog, 'Vladimir Putin');
  await expect(dialog).toContainText('Corrected by you');
  await expect(library(page).getByRole('link', { name: /Corrected by you/ })).toHaveCount(1);

  await undoLastCorrection(page).click();
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await expect(dialog).not.toContainText('Corrected by you');
  await expect(undoLastCorrection(page)).toHaveCount(0);
  await expect(library(page).getByRole('link', { name: /Corrected by you/ })).toHaveCount(0);

  await page.reload();
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await expect(dialog).not.toContainText('Corrected by you');
});

test('"Not a quote" takes the quote away and Undo last correction brings it back', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, RAW_TEXT, '2022-02-10');
  const article = page.getByRole('article');
  const dialog = attribution(page);
  const quote = article.getByRole('button', { name: 'The talks also focused on strengthening military' });
  await quote.click();
  await expectSpeaker(dialog, 'Vladimir Putin');
  await showCorrections(dialog);
  await dialog.getByRole('button', { name: 'Not a quote' }).click();

  await expect(dialog).toBeHidden();
  await expect(quote).toHaveCount(0);
  await expect(article, 'the words stay in the text').toContainText('The talks also focused on strengthening military');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(quote).toHaveCount(0);

  await undoLastCorrection(page).click();
  await expect(quote).toHaveCount(1);
  await quote.click();
  await expectSpeaker(dialog, 'Vladimir Putin');
  await expect(dialog).not.toContainText('Corrected by you');
});

test('words selected in a paragraph become a quote of the chosen speaker', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, RAW_TEXT, '2022-02-10');
  const article = page.getByRole('article');
  const words = "the two discussed Kazakhstan's stability and bilateral cooperation";
  await expect(article.getByRole('button', { name: words })).toHaveCount(0);

  await selectWords(article.getByRole('paragraph').filter({ hasText: 'Putin met with Kazakh President' }), words);
  await page.getByRole('button', { name: 'Add the selected words as a quote' }).click();
  const form = page.getByRole('dialog', { name: 'Add a quote' });
  await expect(form).toContainText(words);
  await form.getByRole('radio', { name: 'Reported speech' }).check();
  await form.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Kassym-Jomart Tokayev' });
  await form.getByRole('button', { name: 'Add quote' }).click();
  await expect(form).toBeHidden();

  const added = article.getByRole('button', { name: words });
  await expect(added).toHaveCount(1);
  // The form's opener went with the selection: the new quote takes focus, so the keyboard carries on from there.
  await expect(added).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = attribution(page);
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await expect(dialog).toContainText(/reported speech/i);
  await expect(dialog).toContainText('Corrected by you');

  // The URL names the chosen quote once the page is idle (at most 300 ms later): the reload reopens it from there.
  await expect(page).toHaveURL(/[?&]quote=/);
  await page.reload();
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  await undoLastCorrection(page).click();
  await expect(added).toHaveCount(0);
  await expect(dialog).toBeHidden();
});

test('a first correction, and the notice it brings, move no line of the article', async ({ page }) => {
  await openReader(page);
  await analyzeText(page, RAW_TEXT, '2022-02-10');
  const article = page.getByRole('article');
  await article.getByRole('button', { name: 'unprecedented terrorist attack' }).click();
  const dialog = attribution(page);
  await expectSpeaker(dialog, 'Kassym-Jomart Tokayev');
  const boxes = () => article.getByRole('paragraph').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect()).map((r) => [r.top, r.height]));
  const before = await boxes();
  await showCorrections(dialog);
  await dialog.getByRole('combobox', { name: 'Change speaker' }).selectOption({ label: 'Vladimir Putin' });
  await expect(undoLastCorrection(page)).toBeVisible();
  expect(await boxes()).toEqual(before);
});
