import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { KIN_NOUNS } from '../../../../src/core/engine/lexicon/kinNouns';
import { SURNAME_SHARING_KIN } from '../../../../src/core/engine/lexicon/surnameSharingKin';

/** Each person found, as "name {aliases}". */
const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => [e.name, ...[...e.aliases].sort()].join(' | '));

test.each([
  // wikinews-on-the-campaign-trail-usa-august-2020: a name's possessive, an adjective and the kinship noun.
  [["Just ahead of the 2020 Democratic National Convention, Donald Trump's younger brother Robert died of an unspecified illness."], 'Robert | Robert Trump'],
  // The same article: "his" is the person named before it in the sentence.
  [['A group of protesters surrounded and allegedly threatened Senator Rand Paul and his wife Kelley as they exited the event.'], 'Kelley | Kelley Paul'],
  // wikinews-trump-tests-positive-covid-19: the family's plural possessive, and an age with digits before the noun.
  [
    ['President Donald Trump and First Lady Melania Trump tested positive for COVID-19.', "Officials said the Trumps' 14-year-old son Barron tested negative."],
    'Barron | Barron Trump',
  ],
  // wikinews-wrestler-jon-huber-dies: the possessive is a given name the person was called by.
  [
    ['Wrestler Jon Huber died on Saturday aged 41.', "Jon's love for his wife Amanda, and children Brodie and Nolan, was evident to all of us."],
    'Amanda | Amanda Huber',
  ],
])('a relative named by a given name after a spouse, child or sibling noun gets the surname as an alias: %j', (texts, expected) => {
  expect(peopleIn(...texts)).toContain(expected);
});

test('a partner who need not share the surname is left as written (fresh text)', () => {
  expect(peopleIn("Singer Tom Walker's girlfriend Anna posted a photo.")).not.toContainEqual(expect.stringContaining('Anna Walker'));
});

test('a Slavic surname, whose ending changes for a woman, is not guessed for a wife (fresh Global Voices text, May 2012)', () => {
  expect(
    peopleIn("Alexey Navalny and Sergei Udaltsov's wife, Anastasia, started blogging in 2006, a year after Ilya Ponomarev and Garry Kasparov."),
  ).not.toContainEqual(expect.stringContaining('Anastasia Udaltsov'));
});

test('no one named in the sentence before "his wife" gives no surname (wikinews-wrestler-jon-huber-dies)', () => {
  expect(peopleIn('According to his wife, Amanda, Huber succumbed to an unspecified lung disorder.')).not.toContainEqual(
    expect.stringContaining('Amanda Huber'),
  );
});

test("the person keeps the name as written, so a lone surname stays the named person's (wikinews-on-the-campaign-trail-usa-august-2020)", () => {
  const { entities, byMention } = findEntities(
    ['A headline about the news', "Donald Trump's younger brother Robert died of an unspecified illness.", 'Trump said his brother was his best friend.'],
    0,
  );
  expect(byMention.get('2:0')?.name).toBe('Donald Trump');
  expect(entities.find((e) => e.name === 'Robert')?.aliases.has('Robert Trump')).toBe(true);
});

test('every noun of kinship that gives the surname is a noun of kinship that makes a relative', () => {
  for (const noun of SURNAME_SHARING_KIN) expect(KIN_NOUNS.has(noun)).toBe(true);
});
