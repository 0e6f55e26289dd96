import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('src/cli/analyze.ts');

/** What a run of the CLI printed and how it ended. */
interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `analyze` CLI as a user would (through tsx, in its own process); starting it and its workers costs a
 * second or more, so callers give a timeout in ms. Throws when the process cannot be started or times out.
 */
export function runCli(args: ReadonlyArray<string>, timeout: number): CliRun {
  const run = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', timeout });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
