import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';

// subtitledNames.ts: a blog named by a title, a colon and a subtitle. gv-armenia-firebombers-released-bail-2012-05-16
// (development half, CC BY 3.0).

const HEADLINE = 'Armenia: Fears After Nationalist Firebombers Released on Bail';
const POST =
  'Basically, Armenian MP of ARF Dashnaktsutyun party Artsvik Minasyan supports and encourages terrorism in Armenia. With such statement, he acted as a pure criminal.';

/** The speaker of each quote, by name. */
const speakers = (...paragraphs: Array<string>) => {
  const article = analyzeArticle([HEADLINE, ...paragraphs].join('\n\n'));
  return article.paragraphs.flatMap((p) => p.quotes).map((q) => article.entities.find((e) => e.id === q.speakerId)?.name ?? null);
};

test('"Unzipped: Gay Armenia was shocked:" gives the post after it to the whole blog name, not to a person "Gay Armenia"', () => {
  const article = analyzeArticle([HEADLINE, 'Unzipped: Gay Armenia was shocked:', POST].join('\n\n'));
  expect(article.entities.map((e) => `${e.type}:${e.name}`)).toContain('organization:Unzipped: Gay Armenia');
  expect(article.entities.map((e) => e.name)).not.toContain('Gay Armenia');
  expect(speakers('Unzipped: Gay Armenia was shocked:', POST)).toEqual(['Unzipped: Gay Armenia']);
});

test('a label before a colon that leads into nothing is no title: "Update: Artsvik Minasyan resigned." keeps the person', () => {
  const article = analyzeArticle([HEADLINE, 'Update: Artsvik Minasyan resigned.', POST].join('\n\n'));
  expect(article.entities.map((e) => `${e.type}:${e.name}`)).toContain('person:Artsvik Minasyan');
});
