import { expect, test } from 'vitest';
import { capitalisedRun } from '../../../../src/core/engine/attribution/capitalisedRun';

// capitalisedRun.ts: the capitalised name a "Name: words" label or a "Name, role" line opens with.

const opening = (min: number, max: number, line: string) => new RegExp(`^${capitalisedRun(min, max)}`, 'u').exec(line)?.[0] ?? null;

test('a commenter’s full name before the colon is read whole (`Ed Dalisay: China has a bigger problem at home.`, Global Voices, Philippines)', () => {
  expect(opening(2, 4, 'Ed Dalisay: China has a bigger problem at home.')).toBe('Ed Dalisay');
});

test('a dialogue label of one surname is read (`Karimdjanov: Look, she is drinking beer.`, gv-kyrgyzstan-blogger-fourth-branch-government-2012-05-15)', () => {
  expect(opening(1, 3, 'Karimdjanov: Look, she is drinking beer. Shall we go?')).toBe('Karimdjanov');
});

test('a one-word heading is no full name where two words are the least (`Exposed: …`)', () => {
  expect(opening(2, 4, 'Exposed: the files')).toBeNull();
});

test('a lower-case word ends the name: `Teddy Tzanetos, Ingenuity project manager` gives `Teddy Tzanetos`', () => {
  expect(opening(2, 4, 'Teddy Tzanetos, Ingenuity project manager, NASA JPL')).toBe('Teddy Tzanetos');
});
