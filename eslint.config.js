// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LAYERS = ['core', 'api', 'features', 'ui', 'lib', 'app', 'cli'];
const FEATURES = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * A zone that keeps `layer` from importing every layer it may not see (everything but itself and `allowed`).
 * @param {string} layer
 * @param {Array<string>} allowed
 * @param {string} why
 */
function layerZone(layer, allowed, why) {
  return {
    target: `./src/${layer}`,
    from: LAYERS.filter((other) => other !== layer && !allowed.includes(other)).map((other) => `./src/${other}`),
    message: why,
  };
}

/**
 * The layers of src/ (README, "Layout"): an arrow is allowed only where it is listed here. tests/architecture.test.ts
 * checks the same arrows (and core's packages) by reading the sources; this rule says it in the editor.
 */
const BOUNDARIES = [
  layerZone('core', [], 'core/ is pure TypeScript: it imports only core/.'),
  layerZone('api', ['core', 'lib'], 'api/ (schema, fetch, query hooks) imports only core/ and lib/.'),
  layerZone('features', ['core', 'api', 'ui', 'lib'], 'A feature imports core/, api/, ui/ and lib/, never app/ or cli/.'),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: app/ puts them together.',
  })),
  layerZone('ui', ['core', 'lib'], 'ui/ holds small building blocks: it imports only core/ and lib/.'),
  layerZone('lib', ['core'], 'lib/ holds helpers with no app code: it imports only core/.'),
  layerZone('app', ['core', 'api', 'features', 'ui', 'lib'], 'app/ is the browser app: the Node CLI is not part of it.'),
  layerZone('cli', ['core'], 'cli/ holds Node entry points that call core/ only.'),
  { target: './src', from: ['./tests', './scripts', './bench'], message: 'src/ never imports tests, scripts or benchmarks.' },
];

export default defineConfig([
  globalIgnores(['dist/', 'dist-minimal/', 'test-results/', 'playwright-report/', 'public/']),
  {
    files: ['**/*.{js,mjs,ts,mts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    plugins: { 'import-x': importX },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    settings: {
      // The dependency graph (no-cycle) is read with the TypeScript parser too.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { corrections: _, ...plain } = article` is how a property is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Every relative import must resolve, or the boundary rule below would skip it without a word.
      // Modules that Vite plugins make (virtual:pwa-register) exist only in the build.
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:'] }],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: BOUNDARIES }],
      // A cycle (Reader ↔ ReaderPage once) makes load order matter and hides which module owns what.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // No module imports a test or spec file, so none can be in a cycle; every cycle is still found from the modules in
    // it. Walking each of ~730 test files' whole import graph was a quarter of the lint's time.
    files: ['tests/**/*.{test,spec}.{ts,tsx}'],
    rules: { 'import-x/no-cycle': 'off' },
  },
  {
    // The plain JavaScript files (this config, the .mjs scripts) belong to no tsconfig, so they get no type information.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|@tanstack/|idb$|node:)',
              message: 'core/ is pure TypeScript: no React, no DOM storage, no Node built-ins.',
            },
          ],
        },
      ],
      // no-restricted-imports does not look at import(), which loads a module as surely, only later.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^(react|@tanstack|idb$|node:)/]',
          message: 'core/ is pure TypeScript: no React, no DOM storage, no Node built-ins, not even through import().',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    // core/ may not import React (above), so it has no hooks for these rules to check.
    ignores: ['src/core/**', 'tests/core/**', 'tests/fixtures/**', 'tests/cli/**'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // wink-nlp's `its` helpers are plain functions that its API takes as arguments (`tokens().out(its.pos)`);
    // its types declare them as methods, which is all this rule sees.
    files: ['scripts/measure-taggers.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // The size the README's "How we write code" asks for: a file a reader can hold in mind. Word lists are data.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/engine/lexicon/**'],
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.worker.ts'],
    languageOptions: { globals: globals.worker },
  },
  {
    files: ['src/cli/**', 'scripts/**', 'tests/**', '*.{js,ts}', 'bench/**/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
]);
