// Draws the installed app's PNG icons from public/favicon.svg in Chromium (no image library needed).
// Run it after changing the favicon: `node scripts/make-icons.mjs`, then commit the PNGs.
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// The favicon's own square, so a maskable icon's corners, cut to any shape, stay the same blue.
const BACKGROUND = svg.match(/<rect[^>]*fill="(#[0-9a-f]{3,6})"/i)?.[1] ?? '#1d4ed8';

/**
 * `any` icons are the favicon edge to edge; the maskable one keeps it inside the middle 80% that every
 * launcher's mask leaves visible (https://www.w3.org/TR/appmanifest/#icon-masks).
 */
const ICONS = [
  { file: 'pwa-192x192.png', size: 192, inset: 0 },
  { file: 'pwa-512x512.png', size: 512, inset: 0 },
  { file: 'maskable-512x512.png', size: 512, inset: 0.12 },
  // The header's logo, at three times its 28 px: an SVG image would load a document of its own before the first paint.
  { file: 'logo-84x84.png', size: 84, inset: 0 },
];

const browser = await launchChromium();
try {
  for (const { file, size, inset } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const margin = Math.round(size * inset);
    const background = inset > 0 ? BACKGROUND : 'transparent';
    await page.setContent(
      `<body style="margin:0;background:${background}"><img src="${source}" width="${size - 2 * margin}" height="${size - 2 * margin}" style="display:block;margin:${margin}px"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    writeFileSync(new URL(`../public/${file}`, import.meta.url), await page.screenshot({ omitBackground: inset === 0 }));
    console.log(`public/${file}: ${size}×${size}`);
    await page.close();
  }
} finally {
  await browser.close();
}
