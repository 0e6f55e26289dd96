import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/taggedLeadIn.ts: a lead-in ending in a full stop that links its source in another language ("[ru]") sets off
// the paragraph in that language after it, as a colon does. Global Voices (CC BY 3.0), development half:
// gv-russia-putin-return-online-polemics-2012-05-09.

const HEADLINE = 'Russia: Putin Returns, Amid Online Polemics';
const LEAD_IN =
  'In a post [ru] titled, "The Bloody Sunday of the 21st Century," blogger Sparkman likened the violence outside Bolotnaia Square to the 1905 massacre [en] of protesters outside Tsar Nicholas II\'s Winter Palace in St. Petersburg.';
const RUSSIAN =
  'Собственно, ведь и демонстрация 9 января 1905 года рассматривалась не как начало Революции, но как последний всплеск петиционной кампании, начатой осенью 1904 года.';
const ENGLISH =
  'In fact, the actual demonstration on January 9, 1905, is seen not as the beginning of the [Bolshevik] Revolution, but as the final episode of the petitions campaign, which first began in 1904.';

test("a post linked in Russian and likened without a colon sets off the blogger's Russian words and their English", () => {
  const article = analyze(HEADLINE, LEAD_IN, RUSSIAN, ENGLISH);
  expect(attribution(article, 'Собственно, ведь и демонстрация')).toMatchObject({ kind: 'direct', speaker: 'Sparkman' });
  expect(attribution(article, 'In fact, the actual demonstration')).toMatchObject({ kind: 'direct', speaker: 'Sparkman' });
});

test('without a language tag, or before an English paragraph, a full stop sets nothing off', () => {
  const untagged = analyze(HEADLINE, LEAD_IN.replace(' [ru]', '').replace(' [en]', ''), RUSSIAN, ENGLISH);
  expect(attribution(untagged, 'Собственно, ведь и демонстрация').speaker).toBeNull();
  const english = analyze(HEADLINE, LEAD_IN, ENGLISH);
  expect(quotesOf(english).some((q) => q.text.startsWith('In fact, the actual demonstration'))).toBe(false);
});
