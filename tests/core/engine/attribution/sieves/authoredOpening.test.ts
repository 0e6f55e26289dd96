import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/authoredOpening.ts: a colon sentence that opens with a piece of writing and its named author sets off the
// author's words. Sentences from gv-china-green-dam-leaking-dam-2009-06-10 (development half).

const CONTEXT =
  'The software is provided by Jinhui Technologies and was bought by the Ministry of Industry and Information Technology. However, many people questioned the lack of consultation and monitoring of such partnership.';
const ORIGINAL = '这种以行政强制来推行的软件捆绑，还需接受《反垄断法》的拷问。';
const TRANSLATION = 'Moreover, we also need to check if the administrative promotion of this particular software violates the anti-monopoly law.';

test('"A commentary written by Wang Lin, a law professor, in ifeng pointed out that:" gives the original and its translation to Wang Lin', () => {
  const article = analyze(
    'China: Green Dam, a leaking dam',
    `${CONTEXT} A commentary written by Wang Lin, a law professor, in ifeng pointed out that:`,
    ORIGINAL,
    TRANSLATION,
  );
  expect(attribution(article, '这种以行政强制')).toMatchObject({ kind: 'direct', speaker: 'Wang Lin' });
  expect(attribution(article, 'Moreover, we also need')).toMatchObject({ kind: 'direct', speaker: 'Wang Lin' });
});

test('a piece whose author is only described gives the words to the description, not to a name', () => {
  const article = analyze(
    'China: Green Dam, a leaking dam',
    `${CONTEXT} A commentary written by a law professor in ifeng pointed out that:`,
    ORIGINAL,
    TRANSLATION,
  );
  expect(attribution(article, 'Moreover, we also need').speaker).toBe('a law professor');
});
