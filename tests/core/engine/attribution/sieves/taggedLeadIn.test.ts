import { describe, expect, test } from 'vitest';
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

// gv-cuba-bloggers-in-revolution-criticism-2012-05-18 (Global Voices, CC BY 3.0), held out in session 54.
describe('a name in the clause a verb\'s "that" opens', () => {
  const CUBA = 'Cuba: Bloggers "In Revolution" Face Criticism';
  const DIAZ = 'Global Voices author and blogger Elaine Díaz [es], also a communications professor at the University of Havana, criticized the meeting.';
  const LETTER =
    'Other responses were more aggressive. In a searing open letter [es], Eduardo, a University of Matanzas professor and blogger who helped organize the event, suggested that Díaz might be falling into the “counterrevolutionary” camp, espousing the idea that only “revolutionary” sentiment should be tolerated in the Cuban blogosphere and that nothing could exist in between this and counterrevolutionary ideas.';
  const SPANISH =
    '[Es cobardía] jugar a bloguear nadando en las aguas embravecidas de un río, que en Cuba aunque usted no lo quiera reconocer, solo tiene “dos orillas”; los que defendemos el proyecto político social que nos independizó…de España, pero también de los Estados Unidos.';
  const ENGLISH =
    'It is cowardly to blog as if swimming in the raging waters of a river that in Cuba, even if you don’t want to recognize it, has only two sides; those who defend the socio-political project that brought us independence from Spain, but from the United States as well.';

  test("the open letter's Spanish and English are the professor's who suggested, not Díaz's the that-clause names", () => {
    const article = analyze(CUBA, DIAZ, LETTER, SPANISH, ENGLISH);
    expect(attribution(article, '[Es cobardía] jugar a bloguear')).toMatchObject({ kind: 'direct', speaker: 'Eduardo' });
    expect(attribution(article, 'It is cowardly to blog')).toMatchObject({ kind: 'direct', speaker: 'Eduardo' });
  });

  test('with the subject unread ("one of the organisers suggested that Díaz …"), the letter is no one\'s, never Díaz\'s', () => {
    const unread = LETTER.replace('Eduardo, a University of Matanzas professor and blogger who helped organize the event,', 'one of the organisers');
    const article = analyze(CUBA, DIAZ, unread, SPANISH, ENGLISH);
    expect(attribution(article, '[Es cobardía] jugar a bloguear').speaker).toBeNull();
    expect(attribution(article, 'It is cowardly to blog').speaker).toBeNull();
  });
});
