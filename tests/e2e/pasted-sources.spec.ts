import { expect, test, type Locator, type Page } from '@playwright/test';
import { paste, showOpenDialog } from './opening';
import { attribution, openReader } from './reader';

/** A news story of our own with four kinds of voice: an unnamed official who says why, an expert, a witness and a ministry. */
const FLOOD = [
  'River Alder floods Northbridge as defences fail',
  'Floodwater swept through the centre of Northbridge on Tuesday after the River Alder burst its banks, forcing hundreds of families from their homes.',
  '"The barriers were never finished. We warned about this two years ago," said a senior official at the environment ministry, who spoke on condition of anonymity because he was not authorised to talk to reporters.',
  '"A river like the Alder can rise a metre in a few hours once the ground is saturated," said Helen Okafor, a professor of hydrology at Northbridge University. "Defences built for the floods of the last century are not enough."',
  '"The water came through the door in minutes. We carried the children upstairs and waited on the roof," said resident Tom Reyes, who watched his street flood from an upstairs window.',
  'The Ministry of Environment said in a statement that "emergency teams are working around the clock" and that repairs would begin next week.',
].join('\n\n');

const OFFICIAL = 'a senior official at the environment ministry';
const REASON = 'who spoke on condition of anonymity because he was not authorised to talk to reporters';

const sources = (page: Page) => page.getByRole('region', { name: 'Sources' });
/** The line of the Sources region that starts with this name (then its share of the quoted words). */
const lineOf = (region: Locator, name: string) => region.getByRole('listitem').filter({ hasText: new RegExp(`^${name}\\d`) });

/** Pastes the story into Open article and lets the engine analyse it, as a reader would. */
async function pasteFlood(page: Page): Promise<void> {
  await openReader(page);
  const dialog = await showOpenDialog(page);
  await paste(page, dialog.getByRole('textbox', { name: 'Article text' }), FLOOD);
  await dialog.getByRole('button', { name: 'Analyze' }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('River Alder floods Northbridge as defences fail');
}

// One analysis of the story serves both steps, which only read it: each was a test that pasted and analysed it again.
test("a pasted article: each voice with its type in the Sources region, and the anonymous official's reason from the keyboard", async ({ page }) => {
  await pasteFlood(page);
  await test.step('a pasted article shows its anonymous official, expert, witness and organisation each with the right type', async () => {
    const region = sources(page);
    await expect(lineOf(region, OFFICIAL)).toContainText('anonymous · man · 1 quote', { useInnerText: true });
    await expect(lineOf(region, 'Helen Okafor')).toContainText('expert · gender unknown · 2 quotes', { useInnerText: true });
    await expect(lineOf(region, 'Tom Reyes')).toContainText('witness · man · 1 quote', { useInnerText: true });
    await expect(lineOf(region, 'Ministry of Environment')).toContainText('organisation · gender unknown · 2 quotes', { useInnerText: true });
    await expect(region).toContainText('1: 1 with a reason given, 0 with no reason given.', { useInnerText: true });
  });

  await test.step("the anonymous official's reason shows from the keyboard in the Sources region and in the quote's attribution", async () => {
    const official = lineOf(sources(page), OFFICIAL);
    await official.getByRole('button', { name: 'anonymous' }).focus();
    await expect(official.getByRole('button', { name: 'anonymous' })).toBeFocused();
    await expect(official.getByRole('tooltip')).toHaveText(`From the text: “${OFFICIAL}”; Not named: “${REASON}”`);
    await page.keyboard.press('Escape');
    await expect(official.getByRole('tooltip')).toBeHidden();

    const article = page.getByRole('article');
    const dialog = attribution(page);
    const quote = article.getByRole('button', { name: 'The barriers were never finished' });
    await quote.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toContainText(`Anonymous source: ${REASON}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await article.getByRole('button', { name: 'A river like the Alder' }).click();
    await expect(dialog).toContainText('Sourceexpert · from a professor of hydrology at Northbridge University');
    await article.getByRole('button', { name: 'The water came through the door' }).click();
    await expect(dialog).toContainText('Sourcewitness · from resident');
  });
});
