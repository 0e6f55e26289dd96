import { describe, expect, test } from 'vitest';
import {
  creedName,
  determinedThing,
  facilityThing,
  arabicArticleName,
  foreignHeadedName,
  kindNamed,
  namesThing,
  nicknamedThing,
  opensLongerName,
  opensWithVerb,
  programmeName,
} from '../../../../src/core/engine/entities/personVetoes';
import { EntityRegistry } from '../../../../src/core/engine/entities/registry';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { noVotes, type Votes } from '../../../../src/core/engine/entities/votes';

// personVetoes.ts: what keeps a capitalised run the context votes made a person from being one. Runs from sentences
// of the development half of tests/fixtures/real; the votes are the ones their words cast (`contextVotes.ts`).

/** Votes with nothing cast but `cast`. */
const votes = (cast: Partial<Votes>): Votes => ({
  ...noVotes(),
  ...cast,
});

describe('runs no one is named by, whatever their votes', () => {
  // gv-pakistan-gilani-contempt-verdict-reactions-2012-05-04: "7. Allowed Musharraf to run for president while serving in army".
  test('a run opening with a verb capitalised at a sentence’s start ("Allowed Musharraf") is no name; "Ahmed Shakeel" is', () => {
    expect(opensWithVerb(['Allowed', 'Musharraf'])).toBe(true);
    // gv-pakistan-saadat-hasan-manto-lives-on-2012-05-14: "Ahmed Shakeel tweets:" — "Ahmed" is a common first name.
    expect(opensWithVerb(['Ahmed', 'Shakeel'])).toBe(false);
    expect(opensWithVerb(['Allowed'])).toBe(false);
  });

  // usgov-army-bmc-combat-veterans-nie-2013-08-06 ("2nd Brigade Combat Team, 1st Armored Division"); wikinews-seager-2020-12-25.
  test('a run ending in a unit’s or a craft’s head word ("Armored Division", "James Webb Space Telescope") is no person', () => {
    expect(programmeName(['Armored', 'Division'])).toBe(true);
    expect(programmeName(['James', 'Webb', 'Space', 'Telescope'])).toBe(true);
  });

  test('a common first name and one such word may still be a person’s name ("Ryan Day")', () => {
    expect(programmeName(['Ryan', 'Day'])).toBe(false);
  });

  // wikinews-bombs-kill-20-at-jolo-cathedral-mindanao-2019-01-28: "The first bomb went off within the Roman Catholic cathedral".
  test('a run naming a faith ("Roman Catholic") is no person; "Chuck Schumer" holds no such word', () => {
    expect(creedName(['Roman', 'Catholic'])).toBe(true);
    expect(creedName(['Chuck', 'Schumer'])).toBe(false);
  });
});

describe('runs their surroundings show to be things', () => {
  // gv-russia-violence-opposition-debate-tactics-2012-05-07: 'the 1994 Russian film "Burnt by the Sun"'.
  test('a work’s noun next to a run that nothing else calls a person makes it a thing', () => {
    expect(namesThing(['Burnt', 'by', 'the', 'Sun'], votes({ person: 1, thingCues: 1, thingNamed: 1, occurrences: 1 }))).toBe(true);
    expect(namesThing(['Burnt', 'by', 'the', 'Sun'], votes({ person: 1, thingCues: 1, personCues: 1, occurrences: 1 }))).toBe(false);
  });

  test('with a common first name in the run, only a noun naming it at every occurrence makes it a thing', () => {
    expect(namesThing(['Ryan', 'Day'], votes({ person: 2, thingCues: 1, thingNamed: 1, personCues: 1, givenNameCues: 1, occurrences: 2 }))).toBe(false);
    expect(namesThing(['Ryan', 'Day'], votes({ person: 1, thingCues: 1, thingNamed: 1, personCues: 1, givenNameCues: 1, occurrences: 1 }))).toBe(true);
  });

  // gv-yemen-sexual-harassment-al-hayat-figure-2012-05-06: "published in pan-Arab newspaper Al Hayat on May 2".
  test('an organisation’s kind noun before the run ("newspaper Al Hayat"), and no cue but the first name "Al", make it no person', () => {
    expect(kindNamed(votes({ person: 2, organization: 3, thingNamed: 1, personCues: 1, givenNameCues: 1, occurrences: 3 }))).toBe(true);
    expect(kindNamed(votes({ person: 2, organization: 3, thingNamed: 1, personCues: 2, givenNameCues: 1, occurrences: 3 }))).toBe(false);
  });

  test('"the" before every occurrence, and no cue but a given name, make the run a thing', () => {
    expect(determinedThing(votes({ person: 1, occurrences: 2, determined: 2 }))).toBe(true);
    expect(determinedThing(votes({ person: 1, occurrences: 2, determined: 1 }))).toBe(false);
    expect(determinedThing(votes({}))).toBe(false);
  });

  // wikinews-california-boat-fire-2019-09-04: "said Santa Barbara County Sheriff Bill Brown".
  test('a run that opens a place’s longer name the article gives ("Santa Barbara" of "Santa Barbara County") is its short name', () => {
    const text = '"This is probably the worst-case scenario you can possibly have," said Santa Barbara County Sheriff Bill Brown.';
    const registry = new EntityRegistry(['Headline', text]);
    const at = text.indexOf('Santa Barbara County');
    registry.add('place', 'Santa Barbara County', 1, at, at + 'Santa Barbara County'.length);
    expect(opensLongerName(registry, 'Santa Barbara', votes({ person: 1, occurrences: 1 }))).toBe(true);
    expect(opensLongerName(registry, 'Santa Barbara', votes({ person: 1, personCues: 1, occurrences: 1 }))).toBe(false);
    expect(opensLongerName(registry, 'Santa', votes({ person: 1, occurrences: 1 }))).toBe(false);
  });
});

// usgov-nasa-perseverance-bunsen-peak-sample-2024-04-03: "a location nicknamed “Bright Angel” … done exploring Bright Angel".
describe('a name the article gave a place or a thing', () => {
  test('"Bright Angel", nicknamed a location once and voted a person by its shape only, is no one; a person cue keeps a person', () => {
    expect(nicknamedThing(votes({ person: 2, nicknamedThing: 1, occurrences: 2 }))).toBe(true);
    expect(nicknamedThing(votes({ person: 5, nicknamedThing: 1, personCues: 1, occurrences: 2 }))).toBe(false);
    expect(nicknamedThing(votes({ person: 2, occurrences: 2 }))).toBe(false);
  });
});

// wikinews-seismic-activity-puerto-rico-5-2-quake-2020-01-17 (development half).
test('a name once used as a plant\'s ("The Costa Sur power plant") is a thing, unless a cue only a person takes says person', () => {
  const plant: Votes = { ...noVotes(), person: 10, personCues: 3, givenNameCues: 3, occurrences: 3, facility: 1 };
  expect(facilityThing(plant)).toBe(true);
  expect(facilityThing({ ...plant, personCues: 4 })).toBe(false);
  expect(facilityThing({ ...plant, facility: 0 })).toBe(false);
});

// gv-bolivia-protests-sweep-country-2012-05-10 (Global Voices, CC BY 3.0).
describe("a name opening with an institution's head in another language", () => {
  test('is no person, whatever verb follows ("Fundación Tierra enabled a widget")', () => {
    const text =
      'Over 600 marchers are in Puerto San Borja, approximately 300 kilometres from La Paz, at the time of writing this post. Fundación Tierra enabled a widget [es] screening the latest news on the indigenous march.';
    const found = findEntities(['A headline about the news', text], 0).entities.find((e) => e.name === 'Fundación Tierra');
    expect(found?.type).not.toBe('person');
    expect(foreignHeadedName(['Fundación', 'Tierra'])).toBe(true);
  });

  test('near miss: the head alone, or a given name opening a name, vetoes nothing', () => {
    expect(foreignHeadedName(['Fundación'])).toBe(false);
    expect(foreignHeadedName(['Juan', 'Roig'])).toBe(false);
  });
});

// "Al" before a second word is the Arabic article far more often than Al Gore's given name (session 58 development half).
describe('a name of two words opening with the Arabic article "Al"', () => {
  const people = (texts: ReadonlyArray<string>) =>
    findEntities(['A headline about the news', ...texts], 0)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);

  test.each([
    // gv-mauritania-debate-al-qaeda-execution-2012-05-22
    [
      'Al Akhbar',
      "The agent undertook several activities in the service of Mauritania, and sent some important intel before being detected by Al Qaeda, who filmed their interrogation of him, and acquired the details of all the services he had undertaken for the country without his officials' protection, before killing him, according to Al Akhbar.",
    ],
    // gv-spain-valencia-battle-of-almansa-remembered-2012-05-09
    [
      'Al Tall',
      "Neither on Facebook nor Twitter did anyone forget the popular portrait of Philip V hung upside down (which is still on display at the Almodí Museum [ca] in Xàtiva, in remembrance of Philip's orders to burn the city), nor did they forget the references to songs that pay homage to this event, both new and old, like Cant dels Maulets, by Al Tall or Viure, by Obrint Pas.",
    ],
    // wikinews-panama-flagged-ship-hijacked-off-somali-coast-2009-10-22
    [
      'Al Khaliq',
      'Suspected Somali pirates have hijacked the MV Al Khaliq, a Panama-flagged ship, off the eastern coast of Africa on Thursday. International maritime officials said the ship was seized about 330 kilometers west of the Seychelles islands.',
    ],
    // wikinews-obama-to-muslims-americans-are-not-your-enemy-2009-01-27
    [
      'Al Arabiya',
      'President Barack Obama of the United States had his first full interview since his inauguration, on Al Arabiya television. The Dubai television network in the United Arab Emirates had exclusive access to the President.',
    ],
  ])('is no person when only "Al" read as a given name said so: %s', (name, text) => {
    expect(people([text])).not.toContain(name);
  });

  test('near miss: Al Gore, whom a text calls "Gore" alone or who is famous, stays a person', () => {
    // wikinews-john-paul-stevens-dies-2019-07-17
    expect(
      people([
        "Among the most famous opinions written by Stevens was his dissent in the Court's decision to halt Florida recounts in the 2000 US Presidential election, the decision that cemented George W. Bush's victory over Al Gore.",
      ]),
    ).toContain('Al Gore');
    const given: Votes = { ...noVotes(), person: 3, personCues: 1, givenNameCues: 1, occurrences: 1 };
    expect(arabicArticleName(['Al', 'Tall'], given, new Set())).toBe(true);
    expect(arabicArticleName(['Al', 'Franken'], given, new Set(['Franken']))).toBe(false);
    expect(arabicArticleName(['Al', 'Franken'], { ...given, personCues: 2 }, new Set())).toBe(false);
    expect(arabicArticleName(['Al', 'Amin', 'Fhimah'], given, new Set())).toBe(false);
  });
});
