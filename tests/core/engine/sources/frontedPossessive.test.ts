import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/frontedPossessive.ts: a his or her in a phrase fronted before the subject is the subject's. Sentences copied
// from the dev half of tests/fixtures/real and from a fresh Wikinews page in neither half.

function genderOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.gender, entity.genderEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string]]>([
  [
    'past the subject’s title (wikinews-us-military-kills-qasem-soleimani-2020-01-05)',
    'Benjamin Netanyahu',
    [
      'US military kills Qasem Soleimani',
      "In his statement, Israeli Prime Minister Benjamin Netanyahu found the air strike justified and called Trump's order swift, forceful and decisive.",
    ],
    ['man', 'his'],
  ],
  [
    'a bare surname after the comma (fresh: wikinews 2020-08-31 on the campaign trail in the USA)',
    'Barack Obama',
    [
      'On the campaign trail in the USA',
      "Trump did not attend Lewis's viewing or funeral.  Three former presidents including Barack Obama attended the funeral.  During his eulogy, Obama took a veiled shot at Trump for his attacks on mail-in voting, which critics, like Obama, have said amounted to voter suppression.",
    ],
    ['man', 'his'],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(genderOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});

// wikinews-aretha-franklin-queen-of-soul-dies-2018-08-16 (development half).
test('a her that a she in the sentence before speaks of is not the next subject’s: Obama is stated no gender', () => {
  const article = analyze(
    'Aretha Franklin, "Queen of Soul", dies aged 76',
    'She sang at Barack Obama\'s 2009 inauguration as President of the United States. On her death, Barack Obama tweeted, "Aretha helped define the American experience."',
  );
  expect(genderOf(article, 'Barack Obama')).toEqual(['unknown', undefined]);
});
