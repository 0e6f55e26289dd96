import { expect, type Page } from '@playwright/test';
import { loadGold } from './gold';

/** Opens the reader and waits for the bundled article's headline. */
export async function openReader(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(loadGold().headline.text.slice(0, 20));
}

export const attribution = (page: Page) => page.getByRole('dialog', { name: 'Quote attribution' });

export const filterGroup = (page: Page) => page.getByRole('group', { name: 'Filter by person' });
