import { typeFromAgencyStaff } from '../../../../src/core/engine/sources/agencyStaff';
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
  [
    'a designer for a federal office in the appositive: official (usgov-gsa-open-opportunities-agile-development-2016-01-04)',
    'David Cole',
    [
      'Open Opportunities: Agile Development',
      '“I don’t think you can have open source contributions near our velocity without agile development,” said David Cole, a developer for 18F.',
    ],
    ['official', 'a developer for 18F'],
  ],
  [
    'a designer and web developer of a federal office: official (usgov-gsa-18f-moveforward-digital-services-flash-mob-2015-05-11)',
    'Noah Manger',
    [
      'moveForward(100); Digital Services Flash Mob',
      "Noah Manger, an 18F designer and web developer, discussed his team's work with the Federal Election Commission. “They’ve been publishing open data since before it was cool,” Manger said.",
    ],
    ['official', 'an 18F designer and web developer'],
  ],
  [
    'a sentence opening on a federal office, then the post in lower case: official (usgov-gsa-18f-moveforward-digital-services-flash-mob-2015-05-11)',
    'Erica Deahl',
    [
      'moveForward(100); Digital Services Flash Mob',
      '18F visual and UX designer Erica Deahl shared how her team is helping the U.S. Citizenship and Immigration Services (USCIS) redesign the user experience.',
      '“My husband and I just finished the green card process,” Deahl said.',
    ],
    ['official', '18F visual and UX designer'],
  ],
  [
    'the deputy executive director of a federal office: official (usgov-gsa-18f-moveforward-digital-services-flash-mob-2015-05-11)',
    'Hillary Hartley',
    [
      'moveForward(100); Digital Services Flash Mob',
      '“We’re together to revel in the stuff we shipped,” said Hillary Hartley, deputy executive director of 18F, as she greeted the crowd in the GSA conference center.',
    ],
    ['official', 'deputy executive director of 18F'],
  ],
  [
    'a program director at an NIH institute known by its initials: official (usgov-gsa-debut-challenge-students-biomedicine-2015-09-18)',
    'Zeynep Erim',
    ['DEBUT Challenge', '“Our goal was education and engagement,” said Dr. Zeynep Erim, program director at NIBIB for the DEBUT Challenge.'],
    ['official', 'program director at NIBIB for the DEBUT Challenge'],
  ],
  [
    'a strategist for an NIH centre known by its initials: official (usgov-gsa-social-media-customer-service-agencies-2015-04-24)',
    'Yasmine Kloth',
    [
      'Customer Service in 140 Characters',
      'The National Center for Complementary and Integrative Health (NCCIH) conducts and supports research and provides information about complementary health products and practices. The NCCIH team makes it a priority to respond to social media inquiries in a timely manner said Yasmine Kloth, Digital and Social Media Strategist for NCCIH.',
    ],
    ['official', 'Digital and Social Media Strategist for NCCIH'],
  ],
  [
    'a strategist on a .gov site’s team: official (usgov-gsa-tweet-worthy-content-tips-2014-06-30)',
    'Jessica Milcetich',
    [
      'Tweet-Worthy Content',
      '“People love them, people love to share them,” says Jessica Milcetich, Social Media and Digital Strategist on the USA.gov marketing team at the U.S. General Services Administration (GSA).',
    ],
    ['official', 'Social Media and Digital Strategist on the USA.gov marketing team at the U.S'],
  ],
])('%s', (_, name, paragraphs, expected) => {
  const [headline, ...rest] = paragraphs;
  expect(typeOf(analyze(headline ?? '', ...rest), name)).toEqual(expected);
});

test('a developer the mention titles, a federal office’s initials before the title: official (usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03)', () => {
  // The quote itself is left to no one there; the engine still reads the title its speaker would have.
  const text = '“I’m so proud to be part of this initiative,” 18F Developer Shashank Khandelwal said.';
  const start = text.indexOf('Developer');
  const mention = { block: 0, start, end: text.indexOf(' said') };
  const found = typeFromAgencyStaff(text, mention, new Set(), { block: 0, start, end: start + 'Developer'.length });
  expect(found && [found.type, text.slice(found.evidence.start, found.evidence.end)]).toEqual(['official', '18F Developer']);
});

describe('a developer or designer on the work a federal office’s post tells of', () => {
  test.each<[string, string, Array<string>, [string, string]]>([
    [
      'a developer on the program: official (usgov-gsa-18f-federalist-platform-launch-2015-09-15)',
      'Jeremia Kimelman',
      [
        'New Federalist platform lets agencies quickly launch websites',
        'What may not be apparent from looking at SBST’s site is that it was built using 18F’s new Federalist platform.',
        '"Rather than building a custom CMS from scratch, Federalist puts a layer on top of an open source platform which already has proven scalability," says Jeremia Kimelman, a developer on the program. "That\'s one of the great things about this platform."',
      ],
      ['official', 'a developer on the program'],
    ],
    [
      'a researcher and designer on the project: the staff trade places her, official (usgov-gsa-18f-federalist-platform-launch-2015-09-15)',
      'Gail Swanson',
      [
        'New Federalist platform lets agencies quickly launch websites',
        'What may not be apparent from looking at SBST’s site is that it was built using 18F’s new Federalist platform.',
        '"Federalist provides a way for people who are creating this information to get it out to the public quickly and easily, and edit it when they need to," says Gail Swanson, the lead researcher and designer on the project.',
      ],
      ['official', 'the lead researcher and designer on the project'],
    ],
    [
      'the site’s lead visual designer: official (usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03)',
      'Eric Ronne',
      [
        'How to design a government site for kids',
        '“I’m so proud to be part of this initiative,” 18F Developer Shashank Khandelwal said.',
        '“I love to design websites for kids, especially when those sites coax them right back offline again and encourage them to explore,” said Eric Ronne, the site’s lead visual designer. “That helped make this project especially meaningful for me.”',
      ],
      ['official', 'the site’s lead visual designer'],
    ],
    [
      'the site’s lead developer, the appositive running into "said": official (usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03)',
      'Christine Cheung',
      [
        'How to design a government site for kids',
        '“I’m so proud to be part of this initiative,” 18F Developer Shashank Khandelwal said.',
        'Christine Cheung, the site’s lead developer said it was a joy to work on such a passionate team.',
        "“I've been so happy to be involved in a project that is focused on getting the next generation out there exploring,” Cheung said.",
      ],
      ['official', 'the site’s lead developer'],
    ],
  ])('%s', (_, name, paragraphs, expected) => {
    const [headline, ...rest] = paragraphs;
    expect(typeOf(analyze(headline ?? '', ...rest), name)).toEqual(expected);
  });

  test.each<[string, string, Array<string>, [string, string | undefined]]>([
    [
      'a developer on the project where the article names no federal office: unchanged (invented)',
      'Jane Doe',
      ['Open Source', 'Mozilla shipped a new browser today.', '“We ship every week,” said Jane Doe, a developer on the project.'],
      ['unknown', undefined],
    ],
    [
      'a researcher and consultant at a federal office, no staff trade among them: expert (usgov-gsa-are-faqs-still-relevant-2015-04-27)',
      'Dana Chisnell',
      [
        'Are FAQs Still Relevant?',
        '18F and USDS both write plain language.',
        '“People do not read FAQs,” said Dana Chisnell, user experience researcher and consultant at the U.S. Digital Service.',
      ],
      ['expert', 'user experience researcher and consultant at the U.S. Digital Service'],
    ],
  ])('near miss: %s', (_, name, paragraphs, expected) => {
    const [headline, ...rest] = paragraphs;
    const [type, evidence] = typeOf(analyze(headline ?? '', ...rest), name);
    expect([type ?? 'unknown', evidence]).toEqual(expected);
  });
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
    [
      'a lead developer of a site no body is named for: unchanged (usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03)',
      'Christine Cheung',
      [
        'Every Kid in a Park',
        'Christine Cheung, the site’s lead developer said it was a joy to work on such a passionate team.',
        "“I've been so happy to be involved in a project that is focused on getting the next generation out there exploring,” Cheung said.",
      ],
      ['unknown', undefined],
    ],
    [
      'a developer for a company: no post, unchanged',
      'Jane Doe',
      ['Open Source', '“We ship every week,” said Jane Doe, a developer for Mozilla.'],
      ['unknown', undefined],
    ],
    [
      'a sentence opening on a company’s name, then a designer: unchanged',
      'Jane Doe',
      ['Open Source', 'Mozilla visual designer Jane Doe shared the new logo. “We ship every week,” Doe said.'],
      ['unknown', undefined],
    ],
  ])('%s', (_, name, paragraphs, expected) => {
    const [headline, ...rest] = paragraphs;
    const [type, evidence] = typeOf(analyze(headline ?? '', ...rest), name);
    expect([type ?? 'unknown', evidence]).toEqual(expected);
  });
});
