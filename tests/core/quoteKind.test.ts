import { quotesInOrder } from '../../src/core/article';
import { analyzeArticle } from '../../src/core/engine/analyze';
import { kindPhrase } from '../../src/core/quoteKind';

const TEXT = [
  'Library vote splits the council',
  '“We will appeal,” said Nora Quist, a councillor. Quist said the ruling was wrong.',
  'In a post on her blog, Ana Ruiz wrote:',
  'The council was wrong to close the library, and the people of this town will not forget it.',
].join('\n\n');

function phrases(): Map<string, string> {
  const article = analyzeArticle(TEXT, { publishedOn: '2024-05-01' });
  return new Map(quotesInOrder(article).map(({ quote, block }) => [quote.text, kindPhrase(quote, block)]));
}

test('a quote in marks, a reported one and a block quotation set off by a colon each say how the text gives them', () => {
  const found = phrases();
  expect(found.get('We will appeal,')).toBe('Direct quote, in quote marks');
  expect(found.get('the ruling was wrong')).toBe('Reported speech, in the writer’s words');
  expect(found.get('The council was wrong to close the library, and the people of this town will not forget it.')).toBe(
    'Direct quote, set off without quote marks',
  );
});
