import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { CLI_BUNDLE } from './bundleCli';

const TSX = resolve('node_modules/.bin/tsx');
const SOURCE = resolve('src/cli/analyze.ts');
const BUNDLE = resolve(CLI_BUNDLE, 'analyze.js');

/** What a run of the CLI printed and how it ended. */
interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `analyze` CLI in its own process, as built by the global setup (`bundleCli.ts`), or from its source
 * through tsx as `npm run analyze` does when `fromSource` is set; starting it and its workers costs a second or more,
 * so callers give a timeout in ms. Throws when the process cannot be started or times out.
 */
export function runCli(args: ReadonlyArray<string>, timeout: number, fromSource = false): CliRun {
  const run = fromSource
    ? spawnSync(TSX, [SOURCE, ...args], { encoding: 'utf8', timeout })
    : spawnSync(process.execPath, [BUNDLE, ...args], { encoding: 'utf8', timeout });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
