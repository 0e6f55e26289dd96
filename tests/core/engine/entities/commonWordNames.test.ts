import { expect, test } from 'vitest';
import { dropCommonWordNames } from '../../../../src/core/engine/entities/commonWordNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { EntityRegistry } from '../../../../src/core/engine/entities/registry';

// commonWordNames.ts: a one-word "person" the article also writes as a common word is no one. Sentences from fresh
// digital.gov pages ("Paying incentives for federal user research", 2016-02-10; "My Q&A with the IT industry",
// 2017-05-11) and NASA page 675 (public domain), in neither half of tests/fixtures/real.

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('a title glued to a noun the article writes in lower case is no person', () => {
  const texts = [
    'Be sure to negotiate terms of the contract with your agency’s General Counsel or Procurement Office before you start.',
    'As always, you’ll want to check with your general counsel to make sure it’s allowable to offer incentives.',
  ];
  expect(peopleIn(...texts)).not.toContain('Counsel');
});

test('a capitalised noun that opens a sentence is no person where the article writes it in lower case', () => {
  const texts = [
    'Outside of that, two big things: the people, which I already touched on.',
    'People who have just been curious about me, who’ve asked me questions, who’ve exposed me to new things.',
  ];
  expect(peopleIn(...texts)).not.toContain('People');
});

test('a collective voice the article makes say things keeps its mentions, and its quotes', () => {
  const texts = [
    'Industry reported that they still see voluminous, prescriptive RFPs instead of simpler statements of objectives.',
    'Industry also pointed out that the way government structures smaller requirements often requires the same level of effort from industry to bid.',
  ];
  const registry = new EntityRegistry();
  const industry = registry.add('person', 'Industry', 0, 0, 8);
  dropCommonWordNames(registry, texts);
  expect(industry.mentions).toHaveLength(1);
});

test('an honorific keeps a one-word name a person', () => {
  expect(peopleIn('Mr. Bao said he was shocked at what happened.', 'The bao buns were served cold.')).toContain('Bao');
});

// gv-indonesia-lady-gaga-concert-permit-denied-2012-05-16 (development half, Global Voices 2012, CC BY 3.0): an
// Indonesian tweet writes the stage name in lower case.
test('a name a style of nobility goes before is a person however the article writes it, called by the style too ("Lady Gaga")', () => {
  const texts = [
    "Indonesia: Lady Gaga's Concert Permit Denied",
    'In this particular case, Lady Gaga was accused of corrupting the morality of young Indonesians.',
    '@NickyYuventius: Yang bikin gue bingung adalah polisi yg beralasan gaga itu porno. APA KABAR KONSER DANGDUT?',
  ];
  const gaga = findEntities(texts, 0).entities.find((e) => e.name === 'Gaga');
  expect(gaga?.type).toBe('person');
  expect([...(gaga?.aliases ?? [])]).toContain('Lady Gaga');
});
