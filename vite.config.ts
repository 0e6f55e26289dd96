import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { createServer, minifySync, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { BUNDLED_ARTICLE_ID, FIRST_VIEW_ARTICLE_ELEMENT } from './src/api/bundledArticle';

/**
 * The built app's Content-Security-Policy: its own origin only, no inline script, no eval. Only in the
 * build, since the dev server injects inline scripts of its own for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/** The app's version, as package.json gives it, for the exports that name the software that wrote them. */
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string };
const define = { 'import.meta.env.APP_VERSION': JSON.stringify(version) };

/** What src/app/prerender.tsx gives the build. */
interface Prerender {
  renderFirstView: (
    json: string,
  ) => Promise<{ ok: true; article: unknown; html: string; fingerprint: string } | { ok: false; problems: Array<{ where: string; what: string }> }>;
}

/**
 * Writes the bundled article's first view into the page, as the app renders it with no filter or selection,
 * so that the article shows as soon as the HTML is parsed; src/app/main.tsx has React take it over, and
 * public/first-view.js hides it before the first paint wherever the reader asked for something else. The
 * article file is validated here and goes into the page beside its view, so that the page's code takes the view
 * over as it starts, with no request to wait for and without loading the validator; the file's fingerprint goes
 * with it, so the page can tell afterwards whether the server still has that very file. The article goes in a
 * template, whose text is inert: no inline script for the Content-Security-Policy to refuse.
 */
function firstView(): Plugin {
  return {
    name: 'first-view',
    apply: 'build',
    async transformIndexHtml(html) {
      const server = await createServer({
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        plugins: [react()],
        define,
      });
      try {
        const { renderFirstView } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as Prerender;
        const json = readFileSync(new URL(`public/articles/${BUNDLED_ARTICLE_ID}.json`, import.meta.url), 'utf8');
        const view = await renderFirstView(json);
        if (!view.ok) throw new Error(`The bundled article is not valid: ${view.problems.map((p) => `${p.where} ${p.what}`).join('; ')}`);
        // The page parses the article without the validator, so the file must be the validated article as it stands.
        if (!isDeepStrictEqual(JSON.parse(json), view.article))
          throw new Error('The bundled article differs from its validated form: write it as the app reads it.');
        const article = JSON.stringify(view.article).replaceAll('&', '&amp;').replaceAll('<', '&lt;');
        return html.replace(
          '<div id="root"></div>',
          `<div id="root" data-first-view="${view.fingerprint}">${view.html}</div><template id="${FIRST_VIEW_ARTICLE_ELEMENT}">${article}</template>`,
        );
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * The installable app: a manifest, and a service worker that precaches everything the reader needs offline
 * (the page, every chunk and the analysis worker, the styles, the icons and the bundled article). A new
 * version waits until the reader chooses Reload (src/features/update), so the page never changes under them.
 * The page registers the worker from its own code, after the first view: nothing inline, so the
 * Content-Security-Policy stays as strict.
 */
function installableApp(): Array<Plugin> {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Who said what',
      short_name: 'Who said what',
      description: 'Read a news article and see who said what: every quote attributed, every speaker coloured.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1d4ed8',
      background_color: '#fafaf9',
      // The PNGs are drawn from the favicon by scripts/make-icons.mjs.
      icons: [
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        { src: '/maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,json}'],
      // Any reader URL (`/?article=…`) is the one page, served from the cache when there is no network.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first version takes the open page at once, so its later chunks (the dialog, the engine) come from
      // the cache too. A later version still waits: it takes over only after the reader's Reload.
      clientsClaim: true,
    },
    // The glob above has the icons already.
    includeManifestIcons: false,
  });
}

/** The tests of the engine, the CLI and the corpus, which run in Node; every other test renders, in happy-dom. */
const NODE_TESTS = ['tests/core/**/*.test.ts', 'tests/cases/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/fixtures/**/*.test.ts', 'tests/*.test.ts'];

/**
 * public/first-view.js runs before the first view, so it goes out minified: its comments are for whoever changes it,
 * not for the page's first bytes (about 270 of them gzipped).
 */
function minifyFirstView(): Plugin {
  let outDir = 'dist';
  return {
    name: 'minify-first-view',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const path = resolve(outDir, 'first-view.js');
      const { code, errors } = minifySync('first-view.js', readFileSync(path, 'utf8'));
      if (errors.length > 0) throw new Error(`public/first-view.js does not minify: ${errors.map((e) => e.message).join('; ')}`);
      writeFileSync(path, code);
    },
  };
}

/** Vite's helper that each dynamic import of the app's goes through, as Vite names it. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite sends every dynamic import through a helper that first preloads what the chunk imported needs (its own imports,
 * its style sheets) and announces a failed load as a `vite:preloadError` event. Here it never has anything to do: a later
 * chunk's imports are fetched once it arrives (`resolveDependencies` below), the one style sheet it is ever given is the
 * page's own, which the first load has; nothing listens for the event, and a failed import still rejects. So the helper,
 * 1.8 KB of the first load's code (641 B of it gzipped), is replaced by one that only imports; the build fails if an
 * import ever has something else to preload.
 */
function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const pageStyles = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
      // Vite lists what an import preloads in each chunk as `m.f=[…]` (JSON strings, as no renderBuiltUrl is set).
      const lists = chunks.flatMap((chunk) => [...chunk.code.matchAll(/\bm\.f=(\[[^\]]*\])/g)].map((match) => match[1] ?? '[]'));
      const skipped = lists.flatMap((list) => JSON.parse(list) as Array<string>).filter((file) => !pageStyles.has(file));
      if (skipped.length > 0) throw new Error(`plainDynamicImports would skip preloading ${[...new Set(skipped)].join(', ')}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), firstView(), minifyFirstView(), plainDynamicImports(), installableApp()],
  define,
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: {
      // Every browser the reader supports has modulepreload: the polyfill would only cost first-load bytes.
      polyfill: false,
      // The page preloads its own scripts. A chunk loaded later fetches its imports once it arrives, rather than
      // beside them from a list of every later chunk's imports in the first load (~0.7 KiB gzipped of it): one more
      // round trip for a chunk that loads while the page is idle, or none once the service worker has the files.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rollupOptions: {
      output: {
        // What the first view runs comes in two files, React and the rest, each compiled as its functions are first
        // called; not more, as the browser opens six requests at a time to a host, and the page asks for more than that
        // at once. React's is not marked for eager compilation (`//# allFunctionsCalledOnLoad`) any more: compiling all
        // 219 KB of it off the main thread held the page's script back until it was done, and the first quote was
        // clickable 7 % later (two paired runs of 60 and 100 turns on the shared 2-core machine), where compiling what
        // hydrating calls costs the main thread a few milliseconds; Lighthouse's mobile blocking time did not grow.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'index', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    globals: true,
    exclude: ['tests/e2e/**'],
    // The engine, the CLI and the corpus need no DOM: building a DOM for each of their files was a third of the
    // suite's time on a two-core machine.
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          // Pure modules with no mocks: re-importing the engine for each of ~240 files was most of this project's time.
          isolate: false,
          // In a fresh clone on a loaded two-core machine the engine's property and hostile-text tests (2–3 s alone) went
          // over the default 5 s. The limit only tells a hang from slowness.
          testTimeout: 30_000,
          include: NODE_TESTS,
          globalSetup: ['tests/support/bundleCli.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          // happy-dom builds a page and runs these 43 files in two thirds of jsdom's time (64 → 43 s on two cores, 7
          // December 2026), with the same results.
          environment: 'happy-dom',
          pool: 'threads',
          // One page and module graph per worker: a fresh page and app import for each of 45 files was most of this project's time.
          isolate: false,
          // A render waits on the machine: on a shared two-core runner the default five seconds were not always enough.
          testTimeout: 15_000,
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...NODE_TESTS, 'tests/e2e/**'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
