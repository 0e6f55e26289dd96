import { titleBefore } from '../../../../src/core/engine/sources/titleBefore';

// titleBefore.ts: the title written right before a name, outside the name's mention. Sentences in the shape of the
// development half's and the fresh pages'.

/** The title found before `name` in `text`, as words, or null. */
function title(text: string, name: string): string | null {
  const start = text.indexOf(name);
  const at = titleBefore(text, { block: 0, start, end: start + name.length });
  return at && text.slice(at.start, at.end);
}

describe('the title before a name', () => {
  test.each([
    ['The patrol was led by Sgt. 1st Class Luis Pumisacho, who said it was quiet.', 'Luis Pumisacho', 'Sgt. 1st Class'],
    ['As political strategist Gleb Pavlovsky put it, the vote was a test.', 'Gleb Pavlovsky', 'strategist'],
    ['Economist and blogger Sergei Aleksashenko wrote that prices would rise.', 'Sergei Aleksashenko', 'Economist and blogger'],
    ['CEO of the Refugee Council Enver Solomon said the plan was cruel.', 'Enver Solomon', 'CEO of the Refugee Council'],
    // wikinews-bernie-sanders-endorses-joe-biden-2020-04-15 (dev half): the place a title is "from".
    [
      'On Monday, United States Senator from Vermont Bernie Sanders endorsed former Vice President Joe Biden for president.',
      'Bernie Sanders',
      'United States Senator from Vermont',
    ],
    ['Yesterday, England’s transport secretary, Grant Shapps, announced the rule.', 'Grant Shapps', 'England’s transport secretary'],
    // wikinews-greek-pm-eastmed-pipeline: a long title set off by commas, opening its sentence.
    [
      'Haifa University geostrategy expert and former Israeli security official, Avinoam Idan, said the new EastMed supply can’t be considered a significant geopolitical change.',
      'Avinoam Idan',
      'Haifa University geostrategy expert and former Israeli security official',
    ],
    // wikinews-face-coverings-mandatory-england: an expansion in brackets between a title set off by commas and its name.
    [
      'The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash, said the rule was welcome.',
      'Mick Cash',
      'The general secretary of the RMT union',
    ],
    // nasa/593 (fresh): a body's initials in brackets inside the title.
    [
      '“By partnering with OPM, NASA employed an automated and streamlined hiring process,” said U.S. Office of Personnel Management (OPM) Director Kiran Ahuja.',
      'Kiran Ahuja',
      'Personnel Management (OPM) Director',
    ],
    // Fresh Wikinews (WikinewsSum "Noise takes on Fockers"; 2019-07-08 Tunisian face veils): a title opening its
    // sentence, set off by one comma, the name then its verb of telling.
    [
      'But not all reviews were bad. Hollywood Reporter critic, Kirk Honeycutt said, "Even though logic takes a holiday in White Noise, the film has craft."',
      'Kirk Honeycutt',
      'Hollywood Reporter critic',
    ],
    [
      'A member of the Tunisian Parliament, Samir Dilou said, "Tunisia is facing terrorist attacks, so every measure which is led by security motives is understandable".',
      'Samir Dilou',
      'A member of the Tunisian Parliament',
    ],
    // Fresh Wikinews 2020-01-06 (Iraqi parliament votes to expel US troops): an indefinite title after a clause's comma,
    // the name set off by commas on both sides.
    [
      'Following the vote, a United States Department of State spokesperson, Morgan Ortagus, indicated the United States was disappointed.',
      'Morgan Ortagus',
      'a United States Department of State spokesperson',
    ],
    // Fresh Wikinews 2020-03-03 (Iranian official dies of COVID-19): a government's body in lower case closes the office.
    [
      'Offering his condolence, speaker of the parliament Ali Larijani wrote on Instagram: "The years of his life have always served the Islamic system."',
      'Ali Larijani',
      'speaker of the parliament',
    ],
    // gv-brazil-racial-quotas-higher-education-2012-05-05 and wikinews-gsa-begins-presidential-transition-biden (dev):
    // a role, "and", then a noun the role list lacks.
    ['Journalist and teacher Jeso Carneiro also celebrated the decision.', 'Jeso Carneiro', 'Journalist and teacher'],
    [
      'Additionally, businessman and Trump loyalist Stephen Schwarzman said the president should accept the election outcome and "move on".',
      'Stephen Schwarzman',
      'businessman and Trump loyalist',
    ],
  ])('in "%s" %s is titled "%s"', (text, name, expected) => {
    expect(title(text, name)).toBe(expected);
  });

  test.each([
    ['The visitors came from Monrovia. Peter Kamara said the road was closed.', 'Peter Kamara'],
    ['Thousands heard Peter Kamara speak.', 'Peter Kamara'],
    // usgov-nasa-eleasa-kim-cldp-payload-operations (dev): an "As" clause may date the role to an earlier post.
    [
      'As the planning and analysis branch operations discipline lead at Marshall, Eleasa Kim says she loved learning about analyzing performance metrics.',
      'Eleasa Kim',
    ],
    // Without a verb of telling after it, a name after a comma is no title's: "Over the years, John Smith built".
    ['In the years after the war, John Smith built a home there.', 'John Smith'],
    // An indefinite title with no comma after the name is no apposition: "He hired a lawyer, John Smith said".
    ['After the trial, a lawyer, John Smith said the verdict was fair.', 'John Smith'],
    // A lower-case word that names no government still stops the title: "the speaker at the conference John Smith".
    ['They heard the speaker at the conference John Smith explain it.', 'John Smith'],
  ])('in "%s" nothing titles %s', (text, name) => {
    expect(title(text, name)).toBeNull();
  });
});

// wikinews-zimbabwe-cabinet-meets-without-mdc-ministers-2009-10-20; voa-cambodia-sam-rainsy-interview-2005-02-08;
// wikinews-argentine-president-fernandez-abortion-bill-2020-03-04 (development half).
test('a party word between a title set off and the name is the name’s own (wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05)', () => {
  expect(
    title(
      'The U.S. Speaker of the House, Republican Paul Ryan, expressly disagreed: "This is not a Muslim ban. If it were, I would be against it," he said.',
      'Paul Ryan',
    ),
  ).toBe('The U.S. Speaker of the House');
});

describe('a possessive owning a role, set off by commas inside a sentence', () => {
  test('"The state-owned daily newspaper, The Herald, quoted Mugabe’s spokesman, George Charamba, as saying" is the spokesman', () => {
    const text = "The state-owned daily newspaper, The Herald, quoted Mugabe's spokesman, George Charamba, as saying Tsvangirai is still prime minister.";
    expect(title(text, 'George Charamba')).toBe("Mugabe's spokesman");
  });

  test.each([
    [
      "Following the president's announcements, the director of Argentina's Amnesty International, Mariela Belski, said the president had listened.",
      'Mariela Belski',
    ],
    ["He met the leader of Cambodia's opposition party, Sam Rainsy, says the report.", 'Sam Rainsy'],
  ])('a possessive inside the title does not cut its role off: %s', (text, name) => {
    expect(title(text, name)).not.toMatch(/^(?:Argentina|Cambodia)/);
  });
});

describe('a title with lower-case modifiers after the country or government that makes it an office', () => {
  test.each([
    // wikinews-castro-recovering-following-surgery-2006-08-06.
    [
      'On Saturday, Cuban parliamentary speaker Ricardo Alcaron told CNN\'s Spanish service that Castro "remains in stable condition".',
      'Ricardo Alcaron',
      'Cuban parliamentary speaker',
    ],
    // wikinews-un-optimistic-tsunami-aid-effort-2005-01-03.
    [
      'The United Nations (UN) emergency relief coordinator Jan Egeland has said that he is increasingly optimistic about the relief efforts.',
      'Jan Egeland',
      'United Nations (UN) emergency relief coordinator',
    ],
  ])('%s', (text, name, expected) => {
    expect(title(text, name)).toBe(expected);
  });

  test('a modifier after a word of no country stays outside the title (As political strategist Gleb Pavlovsky)', () => {
    expect(title('As political strategist Gleb Pavlovsky put it, the vote was a test.', 'Gleb Pavlovsky')).toBe('strategist');
  });
});

test('a country written with dotted initials does not end the sentence before the name (wikinews-trump-defends-sharing-classified-information-russians-2017-05-16)', () => {
  const text =
    'None of their Israeli counterparts have seen fit to either confirm or deny this, and Israeli ambassador to the U.S. Ron Dermer wrote to The New York Times.';
  expect(title(text, 'Ron Dermer')).toBe('Israeli ambassador to the U.S.');
});

describe('a description set off by a comma after a preposition inside a clause, the name closing it', () => {
  test.each([
    // gv-russia-putin-return-online-polemics-2012-05-09.
    [
      "Blogger Nazavrik reviewed [ru] a controversial statement made by President Putin's Press Secretary, Dmitri Peskov, who said that police displayed too much self-control.",
      'Dmitri Peskov',
      "President Putin's Press Secretary",
    ],
    // wikinews-burns-engages-india-civil-nuclear-energy-pact-2006-01-21: the name closes its sentence.
    [
      'Nicholas Burns told reporters at the end of two days of discussions with the Indian Foreign Secretary, Shyam Saran. The visit is the latest in a series.',
      'Shyam Saran',
      'the Indian Foreign Secretary',
    ],
  ])('"%s" reads the description', (text, name, expected) => {
    expect(title(text, name)).toBe(expected);
  });

  test.each([
    ['In a meeting with the minister, John Smith said the plan would fail.', 'John Smith', 'a verb after the name: the phrase tells where he spoke'],
    ['He spent the day with his old friends, John Smith and Jane Doe.', 'John Smith', 'no role word in the phrase'],
  ])('"%s" reads none: %s', (text, name) => {
    expect(title(text, name)).toBeNull();
  });
});
