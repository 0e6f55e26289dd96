import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { titleClosesBodyName } from '../../../../src/core/engine/entities/bodyOfTitle';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const organisationsIn = (text: string) =>
  findEntities(['A headline about the news', text], 0)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name);

test.each([
  // wikinews-hundreds-arrested-dark-web-child-porn-site-2019-10-17 (development half).
  [
    'Jong Woo Son is already in prison in South Korea, but yesterday the United States Department of Justice unsealed further charges against him.',
    'United States Department of Justice',
  ],
  // wikinews-us-house-holds-cabinet-officers-in-contempt-2019-07-20 (development half).
  [
    'People held in contempt of Congress are referred to the Department of Justice for potential criminal prosecution. As Attorney General, Barr leads the Department of Justice.',
    'Department of Justice',
  ],
  // wikinews-doj-investigating-ford-emissions-testing-2019-04-28 (development half).
  [
    "On Friday Ford Motor Company announced the United States Department of Justice was performing a criminal investigation of Ford's internal emission testing practices.",
    'United States Department of Justice',
  ],
])('a department "of Justice" is an organisation, not the title Justice waiting for a name: %s', (text, name) => {
  expect(organisationsIn(text)).toContain(name);
});

test('"the Department of Justice requested" goes to that department, not to the other department named before it', () => {
  // wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05 (development half).
  const article = analyzeArticle(
    [
      'A headline about the news',
      "The Department of Homeland Security issued a statement saying they would comply with the order while the Department of Justice requested an emergency stay of the judge's ruling.",
    ].join('\n\n'),
  );
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith('an emergency stay'));
  const speaker = article.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
  expect(speaker).toBe('Department of Justice');
});

test.each([
  ['Department', 'of', 'Justice'],
  ['International', 'Court', 'of', 'Justice'],
  ['Office', 'of', 'the', 'President'],
])('a body\'s head word before "of" and a title word names the body: %s', (...words) => {
  expect(titleClosesBodyName(words)).toBe(true);
});

test.each([
  // gv-french-caribbean-ministers-skills-or-tokens-2012-05-21 (development half): "… was appointed as the Minister of Justice".
  ['Minister', 'of', 'Justice'],
  ['President', 'of', 'the', 'Court', 'of', 'Justice'],
  ['Chief', 'Justice'],
])('a title of a field stays a title: %s', (...words) => {
  expect(titleClosesBodyName(words)).toBe(false);
});
