import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/nextSentencePronoun.ts: a he, she, his or her opening the sentence after one whose subject a person is
// states that person's gender, where no one else in that sentence could be the pronoun's. Sentences copied from the dev
// half of tests/fixtures/real.

/** The gender of the person named `name`, and the words shown for it. */
function genderOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.gender, entity.genderEvidence?.text];
}

test.each<[string, string, [string, ...Array<string>], [string, string | undefined]]>([
  [
    'past another person of the other stated gender (wikinews-scottish-politician-david-mcletchie-dies-2013-08-12)',
    'Johann Lamont',
    [
      'Scottish politician David McLetchie dies',
      'David McLetchie, a Scottish Conservative politician, has died aged 66. He had been suffering from cancer.',
      'Outside of the Conservative party, Scottish Labour leader Johann Lamont spoke of McLetchie\'s "passion, drive and determination", noting his ongoing parliamentary work despite ill health. She called his death "a huge loss to the Scottish Parliament".',
    ],
    ['woman', 'She'],
  ],
  [
    'past quoted words of the subject’s own (wikinews-toronto-comicon-2019-celebrities-cosplay-2019-03-29)',
    'Lisa Mancini',
    [
      'Toronto ComiCon 2019: celebrities and cosplay',
      'Lisa Mancini has been cosplaying for two years, her "passion" for the hobby "stemmed through my love for Halloween." She typically chooses "to portray beloved characters from childhood or strong females. I also enjoy a good gender bent cosplay to ensure a touch of uniqueness!"',
    ],
    ['woman', 'She'],
  ],
])('%s', (_kind, name, blocks, expected) => {
  expect(genderOf(analyze(...blocks), name)).toEqual(expected);
});

test.each<[string, string, [string, ...Array<string>]]>([
  [
    'the block used "he" of its topic before (wikinews-un-optimistic-tsunami-aid-effort-2005-01-03)',
    'Rachel Harvey',
    [
      'UN optimistic about tsunami aid effort',
      "The United Nations (UN) emergency relief coordinator Jan Egeland has said that he is increasingly optimistic about the relief efforts under way in tsunami-stricken countries. However, he cautions that there are still major problems getting aid to the Indonesian province of Aceh. The BBC's Rachel Harvey, stationed in provincial capital Banda Aceh, reports that the area has been completely cut off for a week. He also said that logistical bottle necks that hampered speedy delivery of aid were improving.",
    ],
  ],
  [
    'a person noun after the subject could be the pronoun’s (near miss of the Lamont sentence)',
    'Johann Lamont',
    [
      'Scottish politician David McLetchie dies',
      'Outside of the Conservative party, Scottish Labour leader Johann Lamont spoke to the widow on Tuesday. She called his death "a huge loss to the Scottish Parliament".',
    ],
  ],
])('%s: no gender', (_kind, name, blocks) => {
  expect(genderOf(analyze(...blocks), name)[0]).toBe('unknown');
});
