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

// gv-cape-verde-creative-writing-competition-2012-05-18 (development half).
test('"The piece with the most views was a poem written by Suruk Rodrigues:" gives the poem, past a caption, to its author', () => {
  // The author named again later, as the post does, so that the name pass reads him.
  const article = analyze(
    'Cape Verde: Creative Writing Competition Imagines Country in 2090',
    "In the first challenge, competitors were asked to imagine possible routes for Cape Verde in terms of sustainable development, energy, environment and climate change. Anete Carvalho wrote 'País Museu' (Museum Country), José Soares posted a poem, 'Verdes eram as ilhas', (The Islands were Green), and 'Retrospectiva 2012-2090' (2012-2090: Retrospective) was written by Silvianne Spencer. The piece with the most views was a poem written by Suruk Rodrigues:",
    'Men of the Atlantic. Photo by Martin Edstrom copyright Demotix (27/07/2008).',
    'Constrói-se uma terra de betão.',
    'E do sonho cultivado, colhe-se desilusão!',
    'A land is built from concrete.',
    'And from the dream grown, disappointment is harvested!',
    "From the boss murdered by an indignant ex-employee to the crime of passion, there was still room for a coup d'état from the revolutionaries, as Suruk Rodrigues wrote in the story of Zeca:",
  );
  expect(attribution(article, 'Constrói-se uma terra')).toMatchObject({ kind: 'direct', speaker: 'Suruk Rodrigues' });
  expect(attribution(article, 'A land is built')).toMatchObject({ kind: 'direct', speaker: 'Suruk Rodrigues' });
});
