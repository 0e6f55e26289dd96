import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped bytes of the built app: the first load (every script and style sheet dist/index.html pulls in)
 * by type, and each chunk loaded on demand.
 */
export function bundleSizes(dist = new URL('../dist/', import.meta.url)) {
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  // Every script and style sheet of the page's own: the built chunks, and public/first-view.js that runs before them;
  // each file once, as a script the page preloads and then runs is one download.
  const paths = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map(([, path]) => path));
  const firstLoad = [...paths].map((path) => ({ path, type: path.endsWith('.css') ? 'css' : 'js' }));
  const gz = (path) => gzipSync(readFileSync(new URL(path, dist)), { level: 9 }).length;
  const totals = { js: 0, css: 0 };
  for (const { path, type } of firstLoad) totals[type] += gz(path);
  const lazy = readdirSync(new URL('assets/', dist))
    .filter((name) => name.endsWith('.js') && !firstLoad.some(({ path }) => path === `assets/${name}`))
    .map((name) => ({ name, bytes: gz(`assets/${name}`) }));
  return { ...totals, lazy };
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
