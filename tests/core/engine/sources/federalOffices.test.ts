import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// Source types of officers of U.S. federal bodies and of long titles set off by commas: sentences copied from fresh
// nasa.gov pages (public domain) and the development half of tests/fixtures/real.

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    'the director of an agency named with its initials in brackets: official (fresh nasa/593)',
    'Kiran Ahuja',
    [
      'NASA Welcomes New Astronaut Class',
      '“By partnering with OPM, NASA employed an automated and streamlined hiring process to screen candidates,” said U.S. Office of Personnel Management (OPM) Director Kiran Ahuja.',
    ],
    ['official', 'Personnel Management (OPM) Director'],
  ],
  [
    'the deputy director of an agency’s directorate: official (fresh nasa/416)',
    'Lisa Bates',
    [
      'Marshall Hosts Small Business Event',
      'Lisa Bates, deputy director of Marshall’s Engineering Directorate, emphasized the importance of small businesses. “They are vital to what we do,” Bates said.',
    ],
    ['official', 'deputy director of Marshall’s Engineering Directorate'],
  ],
  [
    'the director of a NASA field centre named by a surname, before the name: official (usgov-nasa-ixpe-rossi-prize-high-energy)',
    'Joseph Pelfrey',
    [
      'NASA’s IXPE Team Wins Rossi Prize',
      '“We are incredibly proud of Dr. Weisskopf and the IXPE team around the world,” said Acting Marshall Center Director Joseph Pelfrey.',
    ],
    ['official', 'Acting Marshall Center Director'],
  ],
  [
    'a NASA field centre in the possessive, after the name: official (fresh nasa/129)',
    'Joseph Pelfrey',
    [
      'Marshall Demolishes Historic Test Stands',
      '“These stands put us on the map in North Alabama and helped us test both the Saturn V rocket and the space shuttle,” said Joseph Pelfrey, Marshall’s center director.',
    ],
    ['official', 'Marshall’s center director'],
  ],
  [
    'a surname that names a centre only before a centre word: "Johnson’s" alone says nothing (invented)',
    'Mary Hale',
    ['Team wins award', '“We are proud of them,” said Mary Hale, Johnson’s business manager.'],
    ['unknown', undefined],
  ],
  [
    'a body’s initials in brackets inside an appositive after the name: official (fresh nasa/755)',
    'Chris Carmichael',
    [
      'NASA Stennis Payload Flies in Space',
      '“We are excited with the progress as we continue to collaborate with Sidus Space,” said Chris Carmichael, NASA Stennis Autonomous Systems Laboratory (ASL) Branch Chief.',
    ],
    ['official', 'NASA Stennis Autonomous Systems Laboratory (ASL) Branch Chief'],
  ],
  [
    'a federal prosecutor’s title before the name: official, no lawyer on a case (fresh Wikinews 2019)',
    'Jessie K. Liu',
    [
      'US charges man over child abuse website',
      'United States Attorney Jessie K. Liu said, "Children around the world are safer because of the actions of law enforcement."',
    ],
    ['official', 'United States Attorney'],
  ],
  [
    'a county prosecutor’s title before the name: official (fresh Wikinews 2019-06-28)',
    'John McCormick',
    [
      'Driver in New Hampshire crash pleads not guilty',
      'According to Coös County Attorney John McCormick on Saturday, the truck driver was identified as a commercial driver.',
    ],
    ['official', 'Coös County Attorney'],
  ],
  [
    'a NASA centre’s director titled with no centre named: official (fresh nasa/641)',
    'Eugene Tu',
    ['NASA and JAXA sign agreement', '“Japan is a significant partner for NASA and for Ames, specifically,” said Center Director Eugene Tu.'],
    ['official', 'Center Director'],
  ],
  [
    'an acting one (fresh nasa/625)',
    'John Bailey',
    ['NASA Stennis payload launches', '“This is real-time history-in-the-making for NASA Stennis,” Acting Center Director John Bailey said.'],
    ['official', 'Acting Center Director'],
  ],
  [
    'the director of a centre another name opens says nothing of a government (invented)',
    'Jane Roe',
    ['Centre opens', '“We are open,” said Carter Center Director Jane Roe.'],
    ['unknown', undefined],
  ],
  [
    'a long title set off by commas before the name: expert (wikinews-greek-pm-eastmed-pipeline)',
    'Avinoam Idan',
    [
      'Greek PM signs EastMed pipeline deal',
      "Haifa University geostrategy expert and former Israeli security official, Avinoam Idan, said the new EastMed supply can't be considered a significant geopolitical change to Europe's energy market.",
    ],
    ['expert', 'Haifa University geostrategy expert and former Israeli security official'],
  ],
  [
    'a Presidential Innovation Fellow titled before the name: official, no think-tank fellow (usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03)',
    'Chris Goranson',
    ['Every Kid in a Park', 'That testing “reminded us of the creativity that can come from young minds,” Presidential Innovation Fellow Chris Goranson said.'],
    ['official', 'Presidential Innovation Fellow'],
  ],
  [
    'the director of an NIH institute known by its initials, titled before the name: official (usgov-gsa-debut-challenge-students-biomedicine-2015-09-18)',
    'Roderic I. Pettigrew',
    [
      'DEBUT Challenge',
      'A competition like this both pushes the field forward with new concepts and inspires the next-generation of biomedical engineers, said NIBIB Director Roderic I. Pettigrew, Ph.D., M.D.',
      '“The next decades of biomedical engineering will produce incredible advances; and the students of today are the creators of tomorrow’s transformative innovations,” Pettigrew said.',
    ],
    ['official', 'NIBIB Director'],
  ],
])('%s', (_, name, blocks, expected) => {
  const [headline = '', ...paragraphs] = blocks;
  expect(typeOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});
