import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// agencyStaff.ts: a post in a government body, in the appositive after a name or the title before it, makes an
// official (`docs/annotation-guide.md`, "A named staff member of a government agency"). Sentences copied from the
// session 54 held-out GSA posts (public domain) and the development half of tests/fixtures/real.

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    'a strategist for an agency the article names in full and by initials: official (usgov-gsa-social-media-customer-service-agencies-2015-04-24)',
    'Nicole Callahan',
    [
      'Customer Service in 140 Characters',
      'Customer service is the main focus of Federal Student Aid’s social media accounts. In addition to the monthly #AskFAFSA chats that DigitalGov recently covered, FSA provides daily customer service through the @FAFSA Twitter and the Federal Student Aid Facebook page.',
      '“In 2014, we responded to 3,450 inquiries,” said Nicole Callahan, Digital Engagement Strategist for FSA.',
    ],
    ['official', 'Digital Engagement Strategist for FSA'],
  ],
  [
    'a strategist for a .gov site: official (usgov-gsa-social-media-customer-service-agencies-2015-04-24)',
    'Jessica Milcetich',
    [
      'Customer Service in 140 Characters',
      '“Our whole mission is to help people connect to government information, benefits and services anywhere, anytime and however they choose to get that information,” said Jessica Milcetich, Social Media Strategist for USA.gov.',
    ],
    ['official', 'Social Media Strategist for USA.gov'],
  ],
  [
    'a fellow in a unit the article glosses inside a department: official (usgov-gsa-mapgive-crowdsourced-mapping-humanitarian-2014-12-17)',
    'Mikel Maron',
    [
      'Supporting Humanitarian Aid Efforts Through Crowdsourced Mapping',
      'MapGive is an initiative from the Department of State’s Humanitarian Information Unit (HIU) and is a collaborative effort from both inside and outside the federal space.',
      '“There are lots of different agencies involved in MapGive,” said Mikel Maron, Presidential Innovation Fellow in HIU.',
    ],
    ['official', 'Presidential Innovation Fellow in HIU'],
  ],
  [
    'a White House fellow titled before the name: official (usgov-gsa-lab-to-market-prize-spotlight-chat-2021-09-02)',
    'Katherine Tyner',
    [
      'Spotlight Chat: Planning a Federal Prize Competition',
      'OSTP White House Leadership Development Fellow Dr. Katherine Tyner explained, “Lab to market is a whole government approach to facilitate federally funded inventions and innovations to get to the marketplace.”',
    ],
    ['official', 'OSTP White House Leadership Development Fellow Dr.'],
  ],
  [
    'the director of a division the article names in a government body’s possessive: official (usgov-gsa-idmanagement-zero-trust-refresh-2023-10-02)',
    'Ken Myers',
    [
      'IDManagement.gov Gets a Zero Trust Refresh',
      'The General Services Administration Office of Government-wide Policy’s (OGP) Identity Assurance and Trusted Access Division has refreshed IDManagement.gov.',
      'Ken Myers, the director of the Identity Assurance and Trusted Access Division, said he hopes IDManagement.gov will help more agencies reach Zero Trust. “We want to help,” Myers said.',
    ],
    ['official', 'the director of the Identity Assurance and Trusted Access Division'],
  ],
  [
    'a research lead titled by a .gov site: official (usgov-gsa-chatbots-customer-experience-2021-04-07)',
    'Marietta Jelks',
    [
      'Using Chatbots to Improve Customer Experience',
      'Marietta Jelks, USA.gov research lead, suggests that one way to start is to ask: “Do you have somebody on your team comfortable with or able to create the logic?”',
    ],
    ['official', 'USA.gov research lead'],
  ],
  [
    'a special assistant in an office of the Peace Corps: official (usgov-gsa-mapgive-crowdsourced-mapping-humanitarian-2014-12-17)',
    'Matthew McAllister',
    [
      'Supporting Humanitarian Aid Efforts Through Crowdsourced Mapping',
      '“In many places, you have no idea how many buildings there are,” said Matthew McAllister, Special Assistant in the Office of Innovation at Peace Corps.',
    ],
    ['official', 'Special Assistant in the Office of Innovation at Peace Corps'],
  ],
  [
    'a research staff member of a research institute: expert (usgov-gsa-lab-to-market-prize-spotlight-chat-2021-09-02)',
    'Vanessa Peña',
    [
      'Spotlight Chat: Planning a Federal Prize Competition',
      '“As we were doing the research to understand prize competitions in the federal government, we reached out to other prize administrators to understand their experiences,” said Vanessa Peña, a research staff member at IDA STPI.',
    ],
    ['expert', 'a research staff member at IDA STPI'],
  ],
])('%s', (_, name, paragraphs, expected) => {
  const [headline, ...rest] = paragraphs;
  expect(typeOf(analyze(headline ?? '', ...rest), name)).toEqual(expected);
});

describe('near misses that stay as they were', () => {
  test.each<[string, string, Array<string>, [string, string | undefined]]>([
    [
      'an analyst in a government unit speaks from knowledge, as the guide’s expert list has it (usgov-gsa-mapgive-crowdsourced-mapping-humanitarian-2014-12-17)',
      'Benson Wilder',
      [
        'Supporting Humanitarian Aid Efforts Through Crowdsourced Mapping',
        'MapGive is an initiative from the Department of State’s Humanitarian Information Unit (HIU).',
        'Benson Wilder, Analyst and Geographer in HIU, said that working with other government agencies will help raise public awareness. “This is one subset,” Wilder said.',
      ],
      ['expert', 'Analyst and Geographer in HIU'],
    ],
    [
      'a NASA fellowship held at a university: expert (usgov-nasa-webb-early-galaxies-pool-noodles-surfboards-2024-01-18)',
      'Viraj Pandya',
      [
        'NASA’s Webb Finds Early Galaxies Weren’t Too Big for Their Britches',
        '“Roughly 50 to 80% of the galaxies we studied appear to be flattened in two dimensions,” explained lead author Viraj Pandya, a NASA Hubble Fellow at Columbia University in New York.',
      ],
      ['expert', 'lead author'],
    ],
    [
      'a strategist for a body the article places in no government: expert (usgov-gsa-nida-national-drug-facts-week-2015-03-10)',
      'Sara Smith',
      [
        'Connecting With Teens During National Drug Facts Week',
        'The National Institute on Drug Abuse (NIDA), part of the National Institutes of Health, organizes the week.',
        '“The new thing this year was a live stream video, and people could see scientists answering their questions,” said Sara Smith, Social Media Strategist for NIDA.',
      ],
      ['expert', 'Social Media Strategist for NIDA'],
    ],
    [
      'a relative clause after the name names no post: unchanged (usgov-nasa-stennis-cherie-beech-grateful-opportunities-2024-04-04)',
      'Cherie Beech',
      [
        'Cherie Beech Grateful for Opportunities',
        '“I love NASA Stennis,” said Cherie Beech, who works in the NASA Stennis Office of the Chief Information Officer.',
      ],
      ['unknown', undefined],
    ],
  ])('%s', (_, name, paragraphs, expected) => {
    const [headline, ...rest] = paragraphs;
    const [type, evidence] = typeOf(analyze(headline ?? '', ...rest), name);
    expect([type ?? 'unknown', evidence]).toEqual(expected);
  });
});
