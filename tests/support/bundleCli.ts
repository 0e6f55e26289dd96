import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Where the CLI is built once per test run; inside the project, so that its packages resolve from node_modules. */
export const CLI_BUNDLE = resolve('node_modules/.cache/cli-bundle');

/**
 * Vitest global setup: builds the `analyze` CLI and its worker into {@link CLI_BUNDLE} once, so that each test runs it
 * with plain Node. Loading ~300 TypeScript modules through tsx cost three to four seconds of CPU a run (13 runs, a
 * fifth of the node tests' time on a two-core CI machine). The source run through tsx keeps its own test.
 */
export default async function bundleCli(): Promise<void> {
  await build({
    entryPoints: [resolve('src/cli/analyze.ts'), resolve('src/cli/articleWorker.ts')],
    outdir: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
}
