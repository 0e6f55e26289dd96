import { readFileSync, statSync } from 'node:fs';

/** A problem with an input file, worded for the person who gave it; the CLI exits with code 2. */
export class InputError extends Error {}

/**
 * Reads a text file strictly: it must exist, be a file, hold something, not be binary, and be UTF-8.
 */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new InputError(`${path} is not a file.`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file.` : `${path} cannot be read (${code ?? String(error)}).`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new InputError(`${path} is empty: there is no article text to analyze.`);
  const sample = bytes.subarray(0, 8192);
  const controls = sample.filter((b) => b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13)).length;
  if (sample.includes(0) || controls / sample.length > 0.05) throw new InputError(`${path} looks like a binary file, not article text.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path} is not UTF-8 text: save it as UTF-8 and try again.`);
  }
}
