import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { DOCTRINE_HEADS } from '../../../../src/core/engine/lexicon/doctrineHeads';
import { isFirstName } from '../../../../src/core/engine/lexicon/firstNames';

// doctrineHeads.ts: a capitalised doctrine, programme or document name is no person. Sentences from US Army (ARCIC)
// articles of the development half (public domain).

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person' && e.mentions.length > 0)
    .map((e) => e.name);

// usgov-army-total-army-analysis-2014-05-02.
test('a table, a construct and committees are no one', () => {
  expect(
    people(
      'Total Army Analysis (TAA) is the Army process that determines the POM Force (See Table 1). The POM Force is released in the Army Structure Message.',
      'Additionally, it uses the most current OSD Force Shaping Construct as the demand framework.',
      'Senior leaders put the "human in the loop" through a series of panels: Council of Colonels and General Officer Steering Committees.',
    ),
  ).toEqual([]);
});

// usgov-army-reducing-acquisition-timelines-2015-02-13, usgov-army-s-and-t-pays-dividends-2014-06-27,
// usgov-army-capability-set-13-prototypes-2012-08-28.
test('programmes, a memorandum and a research centre cut at its comma are no one', () => {
  expect(
    people(
      'Major Defense Acquisition Programs (MDAPs) estimated to require eventual expenditure for research.',
      'They provide HQDA S&T Program Objectives Memorandum (POM) guidance additional support.',
      'The vehicles have shipped from the U.S. Army Tank Automotive Research, Development and Engineering Center, located in Warren, Mich.',
    ),
  ).toEqual([]);
});

test('a titled person beside such a name stays someone', () => {
  expect(people('This was the task at hand for Col. Terrece Harris, director, Capability Package, System of Systems Engineering.')).toEqual(['Terrece Harris']);
});

test('no head is a given name', () => {
  expect(DOCTRINE_HEADS.filter((w) => isFirstName(w))).toEqual([]);
});
