import { expect, test, type Page } from '@playwright/test';
import { attribution, openReader } from './reader';

/** A change to the page, and the frame it is painted in, counted from the one that answers the reader (0). */
interface Change {
  frame: number;
  what: string;
}

/**
 * Notes every change to the article, the reading bar and the attribution from the next click or key press on, with
 * the frame that paints it: a change made before a frame's animation callbacks run is painted in that frame. (The
 * other panels of the side column may still be filling in on a slow machine; their changes are not the click's.)
 */
async function watchFrames(page: Page): Promise<() => Promise<Array<Change>>> {
  await page.evaluate(() => {
    const changes: Array<Change> = [];
    let frame = -1;
    const start = () => {
      if (frame >= 0) return;
      frame = 0;
      const tick = () => {
        frame += 1;
        if (frame < 10) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    };
    addEventListener('click', start, true);
    addEventListener('keydown', start, true);
    const attribution = '[role="dialog"][aria-label="Quote attribution"]';
    const where = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement;
      if (element?.closest('article')) return 'article';
      if (element?.closest('[role="status"]')) return 'status';
      if (element?.closest(attribution)) return 'attribution';
      return 'elsewhere';
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (frame < 0) continue;
        if (record.type === 'childList') {
          // An attribution that opens is an element added to the side column.
          const nodes = [...record.addedNodes, ...record.removedNodes, record.target];
          const place = nodes.some((n) => n instanceof Element && n.matches(attribution)) ? 'attribution' : where(record.target);
          changes.push({ frame, what: `elements in the ${place}` });
        } else {
          changes.push({ frame, what: `${record.type === 'attributes' ? (record.attributeName ?? '') : 'text'} in the ${where(record.target)}` });
        }
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    Object.assign(window, { __changes: changes });
  });
  return () => page.evaluate(() => (window as unknown as { __changes: Array<Change> }).__changes);
}

const inFrame = (changes: Array<Change>, frame: number) =>
  [...new Set(changes.filter((c) => c.frame === frame && !c.what.endsWith('elsewhere')).map((c) => c.what))].sort();
const after = (changes: Array<Change>, frame: number) => [...new Set(changes.filter((c) => c.frame > frame).map((c) => c.what))];

async function expectPressedFirstThenTheRest(page: Page, changes: () => Promise<Array<Change>>): Promise<void> {
  await expect(attribution(page)).toBeVisible();
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
  const seen = await changes();
  expect(inFrame(seen, 0), 'the frame that answers shows the quote pressed, and nothing else').toEqual(['aria-pressed in the article']);
  const later = after(seen, 0);
  expect(later, 'the cue is marked in a later frame').toContain('elements in the article');
  expect(later, 'the reading position follows').toContain('text in the status');
  expect(later, 'the attribution follows').toContain('elements in the attribution');
}

test('a quote click answers in its own frame with the quote pressed alone; its cue, the reading position and the attribution follow', async ({ page }) => {
  await openReader(page);
  const changes = await watchFrames(page);
  await page
    .getByRole('article')
    .getByRole('button', { name: /^Tokayev's firm stance/ })
    .click();
  await expectPressedFirstThenTheRest(page, changes);
  await expect(page.getByRole('status').filter({ hasText: /Quote \d+ of/ })).toHaveText('Quote 3 of 11');
});

test('Enter on a quote answers the same way from the keyboard', async ({ page }) => {
  await openReader(page);
  const quote = page.getByRole('article').getByRole('button', { name: /both countries are ready/ });
  await quote.focus();
  const changes = await watchFrames(page);
  await page.keyboard.press('Enter');
  await expectPressedFirstThenTheRest(page, changes);
  await expect(quote).toHaveAttribute('aria-pressed', 'true');
});
