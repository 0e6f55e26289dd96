import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { tokenize } from '../../../../src/core/engine/entities/tokens';

// tokens.ts: the words the name pass reads. Global Voices, "Macedonia: Graffiti Art in "Times of Revived Antiquity"",
// 2012-05 (development half).
const SENTENCE =
  'A short documentary on the Macedonian graffiti scene in the context of the state-sponsored art/construction boom, made by two female scientists and bloggers--Vasilka Dimitrovska and Ilina Jakimovska--has been shown at the renowned archeological conference Buffalo TAG 2012.';

test('two hyphens typed for a dash part the words, one hyphen joins them', () => {
  const words = tokenize(SENTENCE).map((t) => t.text);
  expect(words).toEqual(expect.arrayContaining(['bloggers', 'Vasilka', 'Jakimovska', 'has', 'state-sponsored']));
});

test('names set off by typed dashes are people the article goes on to call by their surname after a scholar’s role', () => {
  const people = findEntities(
    [
      'Macedonia: Graffiti Art in "Times of Revived Antiquity"',
      SENTENCE,
      'A co-author, archeologist Dimitrovska, wrote this [mk] on her blog, injecting a disclaimer often heard by people who dare to speak in public in Macedonia:',
      'The other co-author, ethnologist Jakimovska wrote this [mk] on her blog in 2007, in a post referencing the famous scene from the film Life of Brian:',
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name).sort()).toEqual(['Ilina Jakimovska', 'Vasilka Dimitrovska']);
});

// usgov-army-future-army-electronic-warfare-2013-09-20 (development half): the scrape lost the space after the rank.
const GLUED_RANK =
  "The U.S. Training and Doctrine Command's (TRADOC) Capability Manager for Electronic Warfare, Col.Gary Hisle, acknowledged that low-tech insurgents have little electronic equipment to jam and even less ability to attack U.S. networks. However, Col. Hisle has noted that future adversaries such as nation-states and sophisticated non-state groups will have more electronic warfare capacity to attack U.S. forces.";

test('a rank glued to the given name after it is two words, the rank keeping its point', () => {
  const words = tokenize(GLUED_RANK).map((t) => t.text);
  expect(words).toEqual(expect.arrayContaining(['Col.', 'Gary', 'Hisle']));
  expect(words).not.toContain('Col.Gary');
});

test('a colonel named with his rank glued to his given name is one person, later called by his surname', () => {
  const people = findEntities(['Army eyes electronic warfare', GLUED_RANK], 0).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name)).toEqual(['Gary Hisle']);
});

// wikinews-umtiti-scores-france-reaches-final-beating-belgium-2018-07-10 (development half): the match box writes each
// minute with no space before the next player's name.
test('a match minute glued to the next name ("51\'N\'Golo", "85\'Steven") is a word of its own before the name', () => {
  const words = tokenize("Samuel Umtiti 51'N'Golo Kanté 87'Kylian Mbappé 90+2–3'Olivier Giroud 85'Steven N'Zonzi").map((t) => t.text);
  expect(words).toEqual([
    'Samuel',
    'Umtiti',
    "51'",
    "N'Golo",
    'Kanté',
    "87'",
    'Kylian',
    'Mbappé',
    '90',
    '2',
    "3'",
    'Olivier',
    'Giroud',
    "85'",
    'Steven',
    "N'Zonzi",
  ]);
});
