import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';

// unknownGenderedSubject.ts: a he after a sentence about someone the engine does not know is not an earlier speaker.
// Paragraphs from Wikinews (USL First Division, Seattle Sounders vs Vancouver Whitecaps, May 2008, CC BY 2.5).

const speakers = (...paragraphs: Array<string>) => {
  const article = analyzeArticle(['Sounders win in Vancouver', ...paragraphs].join('\n\n'), { publishedOn: '2008-05-24' });
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  return article.paragraphs.flatMap((p) => p.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speakerId ? names.get(q.speakerId) : null]));
};

const jarun =
  'Whitecaps centre back Omar Jarun underlined the disappointment of his team\'s start. "The first few minutes were an absolute disaster from us defensively," he told whitecapsfc.com.';

test('"Schmetzer was delighted with the way his side …" then "he said": the he is not the speaker before', () => {
  const found = speakers(
    jarun,
    'Schmetzer was naturally delighted with the way his side claimed an important away victory in Vancouver. "I think we played well," he said.',
  );
  expect(found).toContainEqual(['The first few minutes were an absolute disaster from us defensively,', 'Omar Jarun']);
  expect(found).toContainEqual(['I think we played well,', null]);
});

test('a sentence opening on an unknown word that no he or his refers back to leaves the speaker before as the he', () => {
  const found = speakers(jarun, 'Swangard was loud all night long. "We have to be ready," he said.');
  expect(found).toContainEqual(['We have to be ready,', 'Omar Jarun']);
});
