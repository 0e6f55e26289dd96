import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { attribution } from './helpers';

// subordinateSubject.ts: the he/she subject of an adverbial clause ("…, before he announced") means the main clause's
// subject when its sentence opens on that person and names the other only as a verb's object.

// wikinews-mugabe-open-to-talks-zimbabwe-opposition-2008-06-26 (development half).
const MUGABE = [
  "Mugabe says he's open to talks with Zimbabwe opposition",
  'On Wednesday, MDC leader Morgan Tsvangirai had called for pre-election talks on forming a transitional authority.',
  'Tsvangirai had been the only candidate facing Mugabe in the run-off election, before he announced on Sunday that he was withdrawing due to the threat of government-sponsored violence and intimidation against his party.',
];

const analyzed = (paragraphs: ReadonlyArray<string>, keys?: Map<string, string>) =>
  analyzeArticle(paragraphs.join('\n\n'), { publishedOn: '2008-06-26', onAttribution: (id, key) => keys?.set(id, key) });

test('"Tsvangirai had been the only candidate facing Mugabe …, before he announced …": the he is Tsvangirai, the subject', () => {
  const keys = new Map<string, string>();
  const article = analyzed(MUGABE, keys);
  expect(attribution(article, 'he was withdrawing')).toMatchObject({ kind: 'reported', speaker: 'Morgan Tsvangirai', resolution: 'pronoun' });
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith('he was withdrawing'));
  expect(keys.get(quote?.id ?? '')).toBe('subordinate-subject/pronoun');
});

// Near miss: the other man is the sentence's second subject ("and Mugabe …"), not a verb's object, so both may be meant.
test('a second person who is a subject of his own ("and Mugabe refused …, before he announced") leaves the he to no one', () => {
  const article = analyzed([
    MUGABE[0] ?? '',
    MUGABE[1] ?? '',
    'Tsvangirai had been the only candidate in the run-off election, and Mugabe refused to talk, before he announced on Sunday that he was withdrawing due to the threat of government-sponsored violence.',
  ]);
  expect(attribution(article, 'he was withdrawing').speaker).toBeNull();
});

// Near miss: no adverbial clause; "and he" may as well be the object's.
test('"Tsvangirai had been facing Mugabe, and he announced …" (no subordinator) leaves the he to no one', () => {
  const article = analyzed([
    MUGABE[0] ?? '',
    MUGABE[1] ?? '',
    'Tsvangirai had been the only candidate facing Mugabe in the run-off election, and he announced on Sunday that he was withdrawing due to the threat of government-sponsored violence.',
  ]);
  expect(attribution(article, 'he was withdrawing').speaker).toBeNull();
});
