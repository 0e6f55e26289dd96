import { analyze, attribution } from './helpers';

// The sentences come from the attribution cases (tests/cases/P10, P28): organisations the text names only by description.
describe('organisations named by description', () => {
  test("'According to the transport ministry, …' is the transport ministry's", () => {
    const article = analyze('Tunnel to reopen', 'According to the transport ministry, the tunnel will reopen next month.');
    expect(attribution(article, 'the tunnel will reopen next month')).toMatchObject({ kind: 'reported', speaker: 'transport ministry' });
  });

  test("'Oakdale police said' is Oakdale police's, not the place Oakdale's", () => {
    const article = analyze('Shooting under investigation', '"Investigators are examining every lead," Oakdale police said in a news release Tuesday morning.');
    expect(attribution(article, 'Investigators are examining every lead,')).toMatchObject({ kind: 'direct', speaker: 'Oakdale police' });
  });

  // Wikinews (CC BY 2.5), development half.
  test('a document is named with where it was posted: "a statement posted to his official Twitter account"', () => {
    const article = analyze(
      'Tributes paid to Chadwick Boseman',
      'Boseman died at home on August 28 in the company of his wife and family according to a statement posted to his official Twitter account. It also stated he was in stage IV of his cancer which had been diagnosed in 2016.',
    );
    const speaker = 'a statement posted to his official Twitter account';
    expect(attribution(article, 'Boseman died at home')).toMatchObject({ kind: 'reported', speaker });
    expect(attribution(article, 'he was in stage IV')).toMatchObject({ kind: 'reported', speaker });
  });

  // Wikinews, "London Pride organisers apologise after protestors interrupt parade" (2018-07-11, CC BY 2.5), fresh text read
  // through AMALGUM (AMALGUM_news_pride), in no corpus half.
  test('a website the words went out "via" is the channel, not a document that speaks: the quote is left to no one', () => {
    const article = analyze(
      'London Pride organisers apologise after protestors interrupt parade',
      'On Sunday, Pride in London organisers issued a public apology via their website condemning an unregistered lesbian protest group as "transphobic, hateful protestors who blocked the Pride".',
    );
    expect(attribution(article, 'transphobic, hateful protestors').speaker).toBeNull();
  });

  // wikinews-defense-report-communication-failure-war-on-terror-2004-12-02 (dev half).
  test('"From the same Zogby study:" names the Zogby study, never a "same Zogby study"', () => {
    const article = analyze(
      'Department of Defense report lambasts communication failure in US War on Terror',
      'But the Defense Science Board concluded that most Arabs "do not hate us for our values, but because of our policies." From the same Zogby study:',
      '"The overwhelming majority voice their objections to what they see as one-sided support in favor of Israel and against Palestinian rights."',
    );
    expect(attribution(article, 'The overwhelming majority voice')).toMatchObject({ kind: 'direct', speaker: 'Zogby study' });
  });

  test('"From this study:" points back and names no new source', () => {
    const article = analyze('Poll finds support falling', 'From this study:', '"Support has fallen to single digits in some countries."');
    expect(attribution(article, 'Support has fallen')).toMatchObject({ speaker: null });
  });

  test("a bare 'the ministry said' names no organisation it does not know", () => {
    const article = analyze('Tunnel to reopen', 'The ministry said the tunnel will reopen next month.');
    expect(attribution(article, 'the tunnel will reopen next month')).toMatchObject({ speaker: null, resolution: 'unattributed' });
  });

  // wikinews-finnish-female-politicians-highlighted-world-bank-gender-report-2013-09-28 (dev half).
  test('"… is a global trend but the report notes …" names no document "a global trend but the report"', () => {
    const article = analyze(
      "Finnish female politicians highlighted by World Bank's 2012 gender report",
      'The proportion of women teleworking at least 25% of the time has risen from around 7% in 2000–1 to 9% in 2005; the male figure was at 9% in 2005 and is now 15–20%. Rapid teleworking growth is a global trend but the report notes the female figures generally grew faster.',
    );
    expect(attribution(article, 'the female figures generally grew faster')).toMatchObject({ kind: 'reported', speaker: null });
  });
});

// The paragraphs come from wikinews-samoa-ends-measles-state-of-emergency-2020-01-01 and wikinews-bombs-kill-20-at-jolo-
// cathedral-mindanao-2019-01-28 (dev half): "the government" after its paragraph named one country's government.
describe('"the government" after a government its paragraph named', () => {
  test('"the government of Samoa executed … The government said …" is the government of Samoa\'s', () => {
    const article = analyze(
      'Samoan government ends state of emergency over measles outbreak',
      'UNICEF reported they had delivered over 105 thousand doses of vaccine to Samoa by November 22. The national vaccination campaign started on November 20. A government order made vaccination mandatory and free of charge for children between six months and 19 years of age and for women between 20 and 35, considered childbearing age. On December 5 and 6, the government of Samoa executed a planned shutdown of public services and the private sector to leave room for a nationwide door-to-door immunization drive. The government said 128 vaccination teams participated.',
    );
    expect(attribution(article, '128 vaccination teams participated')).toMatchObject({ kind: 'reported', speaker: 'government of Samoa' });
  });

  test('"the Trump administration has been trying … A few days later the administration said …" is the Trump administration\'s', () => {
    const article = analyze(
      'US House holds Cabinet officers in contempt',
      'For weeks, the Trump administration has been trying to add the question, "Is this person a citizen of the United States?", to the upcoming 2020 census, with the stated rationale of improving enforcement of the 1965 Voting Rights Act. In late June, the United States Supreme Court ruled against its initial attempt, saying the justification presented for the question was "contrived." A few days later, on July 2, Trump announced he would drop his bid to add the question, before reversing course the next day and pressing forward. A few days later the administration said he would use an executive order to add the citizenship question to the census, disregarding the Supreme Court\'s ruling.',
    );
    expect(attribution(article, 'he would use an executive order')).toMatchObject({ kind: 'reported', speaker: 'Trump administration' });
  });

  test('a spokesman for the administration is no administration speaking', () => {
    const article = analyze(
      'Census question',
      'President Donald Trump spoke on Monday. For weeks, the Trump administration has been trying to add the question. A spokesman for the administration said the order would follow.',
    );
    expect(attribution(article, 'the order would follow').speaker).not.toBe('Trump administration');
  });

  test('a paragraph that names no government by its country leaves "the government announced" unattributed', () => {
    const article = analyze(
      'Bombs kill 20 at Jolo cathedral',
      'The Philippines is a Catholic majority nation. This week saw a referendum seeking to create a new autonomous, self-administered region in Muslim-majority Mindanao, potentially ending decades of conflict with the Moro Islamic Liberation Front. Of the 2.8 million who voted, 85% were in favour and on Friday the government announced the new region, to be called Bangsamoro, would be governing itself from 2022.',
    );
    expect(attribution(article, 'the new region')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('two governments named before leave "the government" to neither', () => {
    const article = analyze(
      'Talks stall',
      'The government of Samoa met officials of the Tongan government in Apia on Monday. The government said the talks would resume in March.',
    );
    expect(attribution(article, 'the talks would resume')).toMatchObject({ kind: 'reported', speaker: null });
  });
});

// wikinews-rights-group-afghanistan-phosphorus-claim-2009-05-11 (development half), verbatim.
test('"The U.S. military admits …", "The U.S. military said …": a country\'s initials and its military speak as one body', () => {
  const article = analyze(
    'Rights group in Afghanistan investigating claim of US use of phosphorus bombs',
    '"The insurgents possess and use white phosphorus as a weapon against people. It\'s a law of war that we adhere to but the insurgents blatantly violate," said Colonel Greg Julian, a spokesman for the U.S. military in Afghanistan. The U.S. military admits they use white phosphorus for illumination and smokescreens, but not as a weapon.',
    'Afghanistan\'s president, Hamid Karzai criticized last weeks attack saying the U.S. is losing the "moral" battle with Afghanistan in terms of civilian deaths. The U.S. military said it would work to correct any errors they make when fighting with Taliban militants.',
  );
  expect(attribution(article, 'they use white phosphorus for illumination').speaker).toBe('U.S. military');
  expect(attribution(article, 'it would work to correct any errors').speaker).toBe('U.S. military');
});
