import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// Role phrases read in three more places: a lower-case role set off from its body by a comma (", director, SMD Bridge
// Program at NASA Headquarters"), a role fronted with "As" ("As chief of the Test Operations Division …, Vander"), and
// role words of candidates, critics and consultants. Sentences from fresh nasa.gov and Wikinews pages (public domain /
// CC BY 2.5) and the development half of tests/fixtures/real.

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType ?? 'unknown', entity.sourceEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    'a lower-case role, then the agency office it heads: official (fresh nasa/155)',
    'Padi Boyd',
    [
      'NASA Selects New Bridge Teams',
      '“We are thrilled to welcome 13 new teams into our community,” said Padi Boyd, director, SMD Bridge Program at NASA Headquarters in Washington.',
    ],
    ['official', 'director, SMD Bridge Program at NASA Headquarters in Washington'],
  ],
  [
    'a lower-case head, then the club it heads: its spokesperson (fresh nasa/416)',
    'Joe Vealencis',
    ['OSIRIS-REx Team Honored', '“The OSIRIS-REx mission rewrote U.S. space exploration history,” said Joe Vealencis, president, NSCF.'],
    ['spokesperson', 'president, NSCF'],
  ],
  [
    'a role fronted with "As" before the name: official (usgov-nasa-stennis-test-operations-leader-vander)',
    'Maury Vander',
    [
      'Stennis Test Operations Leader',
      'Maury Vander stands at NASA’s Stennis Space Center.',
      'As chief of the Test Operations Division at NASA’s Stennis Space Center, Vander provides guidance and help with technical challenges.',
      '“With the test team at NASA Stennis, the work doesn’t happen because of one individual,” Vander said.',
    ],
    ['official', 'chief of the Test Operations Division at NASA’s Stennis Space Center'],
  ],
  [
    'two roles fronted with "As": the first one, expert (fresh nasa/774)',
    'Renee Weber',
    [
      'Moonquakes study',
      'Renee Weber studies the Moon.',
      'As a lunar seismologist and lunar geophysicist, Weber provides expertise to the Artemis Science Team.',
      '“The Moon is still active,” Weber said.',
    ],
    ['expert', 'a lunar seismologist and lunar geophysicist'],
  ],
  [
    'an "As" clause whose head is no role says nothing (fresh nasa/748)',
    'Matthew Ramsey',
    [
      'Artemis II',
      'Matthew Ramsey is keenly aware of the responsibility he shoulders.',
      'As Artemis II nears, Ramsey is blending his operational experience.',
      '“We are ready,” Ramsey said.',
    ],
    ['unknown', undefined],
  ],
  [
    'a party’s presidential candidate holds no office by running: citizen (fresh Wikinews, September 2020)',
    'Jo Jorgensen',
    [
      'On the campaign trail',
      'Libertarian Party presidential candidate Jo Jorgensen passed a milestone in September.',
      'In a celebratory email to supporters, Jorgensen exclaimed: "It\'s official — my campaign is on ballot in ALL 50 states!"',
    ],
    ['citizen', 'Libertarian Party presidential candidate'],
  ],
  [
    'a doctoral candidate who led a study: expert (fresh Wikinews, November 2019)',
    'Maninder Thind',
    [
      'Researchers break down deaths due to power plant pollution',
      'The study\'s lead author, doctoral candidate Maninder Thind, said, "We looked at emissions from different types of power plants."',
    ],
    ['expert', 'doctoral candidate'],
  ],
  [
    'a film critic: expert, the guide\'s "Film critics quoted from their reviews" (fresh Wikinews, sum-noise-takes-on-fockers)',
    'Jack Garner',
    ['White Noise takes on Fockers', '"White Noise never gives skeptics a chance to enjoy the film," Jack Garner, film critic for Gannet News Service said.'],
    ['expert', 'film critic for Gannet News Service'],
  ],
  [
    'a consultant: expert (fresh Wikinews, sum-researchers-discover-high-temperature)',
    'Jeremy Desterhoft',
    [
      'Researchers discover high temperature',
      'Jeremy Desterhoft, an independent consultant on nuclear energy safety, warns the "elevated levels of radiation required to sufficiently lower the atomic separation point is beyond the current capabilities of any recent cooler."',
    ],
    ['expert', 'an independent consultant on nuclear energy safety'],
  ],
])('%s', (_, name, blocks, expected) => {
  const [headline = '', ...paragraphs] = blocks;
  expect(typeOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});
