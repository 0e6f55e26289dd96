import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';

// speakingBodies.ts: a name written as only an organisation's is, opening a sentence as the subject of a speech verb,
// is an organisation speaking. Sentences verbatim from the development half (English Wikinews 2009–2020, CC BY 2.5)
// and fresh text of the same shapes.

/** Each reported quote's first words and its speaker's name. */
function speakers(...paragraphs: Array<string>): Array<[string, string | null]> {
  const article = analyzeArticle(['A headline about the news', ...paragraphs].join('\n\n'));
  return article.paragraphs
    .flatMap((p) => p.quotes)
    .map((q) => [q.text.split(' ').slice(0, 3).join(' '), article.entities.find((e) => e.id === q.speakerId)?.name ?? null]);
}

test('an acronym in capitals described by its role before the verb speaks: "TEPCO, the operator of the plant, has warned …"', () => {
  expect(
    speakers(
      'TEPCO, the operator of the plant, has warned radiation was continuing to leak from the site and the magnitude of the crisis could exceed that of Chernobyl.',
    ),
  ).toContainEqual(['radiation was continuing', 'TEPCO']);
});

test('a company named with a capital inside its word speaks: "ArmorGroup Iraq confirms that …"', () => {
  expect(
    speakers(
      'A British contractor working for a private security company in Iraq has been arrested for the murder of two colleagues in Iraq. ArmorGroup Iraq confirms that two of its employees, a Briton and an Australian, have been killed in a firearms incident.',
    ),
  ).toContainEqual(['two of its', 'ArmorGroup Iraq']);
});

test('a station named by a word and its number speaks after an opener: "Indeed, News 12 reported, …"', () => {
  expect(speakers('Indeed, News 12 reported, only buildings adjacent to the break were without service.')).toContainEqual([
    'only buildings adjacent',
    'News 12',
  ]);
});

test('a surname written with a capital inside it is no organisation', () => {
  expect(speakers('MacInnes said the deal with the mining company was off for the year.')).not.toContainEqual(['the deal with', 'MacInnes']);
});
