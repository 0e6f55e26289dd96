import { expect, test } from '@playwright/test';
import { loadGold } from './gold';
import { openReader } from './reader';

const gold = loadGold();

/*
 * The side column's panels read the bundled article, and what a step changes it puts back or leaves beside the next step's
 * subject: one page serves them all, where each was a test that loaded the reader again (about 2 CPU-s a load). The page
 * is a little taller than the default throughout, as the mention counts' layout is checked on a window of that size.
 */
test('the Entities and Timeline panels: counts beside names, groups, highlighted mentions, events in order and their links', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await openReader(page);
  await test.step('each entity’s mention count sits beside its name, a long organisation name included', async () => {
    const buttons = page.getByRole('region', { name: 'Entities' }).getByRole('button');
    const rights: Array<number> = [];
    for (const button of await buttons.all()) {
      const count = button.getByText(/^\d+ mentions?$/);
      const [buttonBox, countBox] = [await button.boundingBox(), await count.boundingBox()];
      if (!buttonBox || !countBox) throw new Error('an entity or its count has no box');
      expect(countBox.y - buttonBox.y, `${await button.textContent()}: the count is on the name's first line`).toBeLessThan(20);
      rights.push(countBox.x + countBox.width);
    }
    expect(Math.max(...rights) - Math.min(...rights), `the counts line up on the right: ${rights.join(', ')}`).toBeLessThan(1);
  });

  await test.step('the Entities panel groups people, places and organizations with their mention counts', async () => {
    const entities = page.getByRole('region', { name: 'Entities' });
    for (const heading of ['People', 'Places', 'Organizations']) {
      await expect(entities.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
    const csto = entities.getByRole('button', { name: /Collective Security Treaty Organization/ });
    await expect(csto).toContainText('CSTO');
    await expect(csto).toContainText(/[1-9]\d* mentions?\b/);
  });

  await test.step('choosing Kazakhstan highlights each of its mentions in the text', async () => {
    const kazakhstan = page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: /^Kazakhstan\b/ });
    const shown = Number((await kazakhstan.textContent())?.match(/(\d+) mentions?/)?.[1]);
    const inGold = [gold.headline, ...gold.paragraphs, ...gold.figures.map((f) => f.caption)]
      .flatMap((b) => b.mentions)
      .filter((m) => m.entityId === 'kazakhstan').length;
    expect(shown).toBe(inGold);

    const marks = page.locator('article mark');
    await expect(marks).toHaveCount(0);
    await kazakhstan.click();
    await expect(kazakhstan).toHaveAttribute('aria-pressed', 'true');
    await expect(marks).toHaveCount(shown);
    for (const text of await marks.allTextContents()) expect(text).toBe('Kazakhstan');

    await kazakhstan.click();
    await expect(kazakhstan).toHaveAttribute('aria-pressed', 'false');
    await expect(marks).toHaveCount(0);
  });

  await test.step('the timeline lists events earliest first and leads to their paragraphs', async () => {
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const list = timeline.getByRole('list');
    await expect(list).toHaveCount(1);
    expect(await list.evaluate((el) => el.tagName)).toBe('OL');
    await expect(list.getByRole('listitem')).toHaveCount(gold.events.length);

    const dates = await timeline.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength(gold.events.length);
    expect(dates[0]).toBe('2022-01');
    expect(dates.filter((d) => d === '2022-02-10')).toHaveLength(gold.events.filter((e) => e.date === '2022-02-10').length);
    expect(dates, 'earliest first').toEqual([...dates].sort());

    const signing = gold.events.find((e) => e.id === 'documents-signed');
    const paragraphIndex = gold.paragraphs.findIndex((p) => p.id === signing?.blockId);
    const paragraph = gold.paragraphs[paragraphIndex];
    if (!signing || !paragraph) throw new Error('the gold has no documents-signed event in a paragraph');
    const event = list.getByRole('listitem').filter({ hasText: signing.label });
    await expect(event.locator('time')).toHaveAttribute('datetime', signing.date);
    await event.getByRole('link').click();

    await expect(page).toHaveURL(/#./);
    const linked = await page.evaluate(() => document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.textContent ?? '');
    expect(linked, 'the URL hash names the paragraph').toContain(paragraph.text.slice(0, 40));
    const target = page
      .getByRole('article')
      .getByRole('paragraph')
      .filter({ hasText: paragraph.text.slice(0, 40) });
    await expect(target).toBeInViewport();
  });

  await test.step("the timeline places Putin's words on the day he said them and under the January unrest they speak of, and opens them", async () => {
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const unrest = timeline.getByRole('listitem').filter({ hasText: 'Unrest in Kazakhstan' });
    const spokenOf = unrest.getByRole('button', { name: /an act of terrorist aggression.*— Vladimir Putin, on 10 February 2022/ });
    await expect(spokenOf).toBeVisible();
    await spokenOf.click();
    const dialog = page.getByRole('dialog', { name: 'Quote attribution' }).or(page.getByRole('region', { name: 'Quote attribution' }));
    await expect(dialog).toContainText('Vladimir Putin');
    await expect(page.getByRole('article').getByRole('button', { name: /an act of terrorist aggression committed/ })).toHaveAttribute('aria-pressed', 'true');
  });
});
