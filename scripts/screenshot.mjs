// Writes docs/screenshot.png: the built reader on a desktop with the attribution of a role-noun quote open.
/* global window -- page.evaluate() runs its callback in the browser */
import { launchChromium, startPreview } from './browser.mjs';

// E2E_PORT lets a checkout that runs beside others serve on a port of its own.
const { url, stop } = await startPreview(Number(process.env.E2E_PORT ?? 4178));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.getByRole('button', { name: /^Tokayev's firm stance/ }).click();
  await page.getByRole('dialog', { name: 'Quote attribution' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL('../docs/screenshot.png', import.meta.url).pathname });
} finally {
  await browser.close();
  stop();
}
