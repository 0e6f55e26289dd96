import { expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/engine/attribution/findQuotes';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// findQuotes.ts: the sieve chains in their order, run over every quotable block, and what reading them told.

const read = (...texts: Array<string>) =>
  findQuotes(
    texts,
    texts.map(() => true),
    findEntities(texts, 0),
  );

test('a quote is given to the speaker its own sentence names, and a pronoun after it to the same person', () => {
  const { quotes } = read('Port votes', '"We are ready," Mayor Dana Lutz said. "It took years," she added.');
  expect(quotes.map((q) => [q.speaker?.name, q.sieve, q.resolution])).toEqual([
    ['Dana Lutz', 'trailing-cue', 'name'],
    ['Dana Lutz', 'trailing-cue', 'pronoun'],
  ]);
});

test('the gender a resolved pronoun states comes back with the quotes, with the words that state it', () => {
  const texts = ['Port votes', '"We are ready," Mayor Dana Lutz said. "It took years," she added.'];
  const { quotes, genders } = findQuotes(texts, [true, true], findEntities(texts, 0));
  const lutz = quotes[0]?.speaker;
  expect(lutz && genders.get(lutz)?.gender).toBe('female');
});

test('a source the text does not name comes back with the reason it gives', () => {
  const { quotes, anonymity } = read('Talks stall', 'The talks have collapsed, a senior official said on condition of anonymity.');
  const source = quotes.find((q) => q.kind === 'reported')?.speaker;
  expect(source && anonymity.has(source)).toBe(true);
});

test('a block that is not quotable gives no quote', () => {
  const texts = ['Port votes', '"We are ready," Mayor Dana Lutz said.'];
  expect(findQuotes(texts, [true, false], findEntities(texts, 0)).quotes).toEqual([]);
});
