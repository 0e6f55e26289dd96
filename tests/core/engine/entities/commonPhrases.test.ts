import { isCommonNounPhrase } from '../../../../src/core/engine/entities/commonPhrases';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// Lines from fresh GSA, NASA and Army pages (public domain), in neither half of tests/fixtures/real.
const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test.each([
  ['Upcoming & On-Demand Presentations (sharepoint.com)', 'On-Demand Presentations'],
  ['A platform isn’t dying because it’s a dwindling Public Relations tool, Karen said.', 'Public Relations'],
  ['The TDT captured best practice in NPR 7150.2, NASA Software Engineering Requirements, said Dana Lutz.', 'Engineering Requirements'],
])('a capitalised phrase ending in a plural common noun is no person: %s', (text, name) => {
  expect(peopleIn(text)).not.toContain(name);
});

test.each(['Brianna Clements', 'Marc Frances', 'Joshua Di Frances', 'Jing Gao'])(
  'a given name before a surname that ends like a plural noun is still a name: %s',
  (name) => {
    expect(isCommonNounPhrase(name)).toBe(false);
  },
);
