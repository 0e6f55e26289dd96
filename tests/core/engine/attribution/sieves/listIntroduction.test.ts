import { describe, expect, test } from 'vitest';
import { awaitsItems, introducesList, writerLeadIn } from '../../../../../src/core/engine/attribution/sieves/listIntroduction';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/listIntroduction.ts: a colon sentence that introduces the writer's own list or definition. The sentences are
// from the fresh real-text set (NASA, digital.gov and U.S. Army pages, public domain), in neither half of the corpus.

describe('a colon sentence that introduces a list', () => {
  test('a verb of being, having or containing before the colon introduces a list', () => {
    expect(introducesList('The 2024 BIG Idea Challenge awardees are:')).toBe(true);
    expect(introducesList('NPO has three key initiatives:')).toBe(true);
    expect(introducesList('CNA is a process to identify and prioritize for the Army:')).toBe(true);
    expect(introducesList('GSA offers:')).toBe(true);
    expect(introducesList('To support this work, NCI provided:')).toBe(true);
    expect(introducesList('Two of the Most Groundbreaking challenges included:')).toBe(true);
  });

  test('the "was" of a relative clause set off by commas is not the colon sentence\'s verb of being', () => {
    // Wikinews, "United States military kills Qasem Soleimani", January 2020 (development half).
    expect(
      introducesList('The United States Department of Defense justified the strike, which was approved by President Donald Trump, as "defensive" in nature:'),
    ).toBe(false);
    expect(introducesList('The programme, which was launched in 2019, has three key initiatives:')).toBe(true);
  });

  test('a sentence broken off before the words it needs introduces a list, a speech cue ending on who was told does not', () => {
    expect(introducesList('My Data initiatives have accomplished a lot for the American people, including:')).toBe(true);
    expect(introducesList('They dramatically increased EVS scores by:')).toBe(true);
    expect(introducesList('D2D enables the:')).toBe(true);
    expect(introducesList('Before we began, we wanted to be sure that we understood our audience really well, so we:')).toBe(true);
    expect(introducesList('During usability testing, an arts program manager at another federal agency told us:')).toBe(false);
  });

  test('a phrase in marks at the end is the clause\'s object, not a sentence broken off after "as" (gv-caribbean-mothers-day-bloggers-2012-05-15)', () => {
    expect(introducesList('Compatriot Nadine, Unscripted referred to her mother as "the epitome of self-sacrifice":')).toBe(false);
    const article = analyze(
      "Caribbean: Bloggers Celebrate Mother's Day",
      'Compatriot Nadine, Unscripted referred to her mother as "the epitome of self-sacrifice":',
      'We’ve had our share of ups and downs, and butted heads on some occasions. Yet, at the forefront of my mind, despite all that we’ve been through, I always remember everything she has given to us, simply because she cares.',
    );
    expect(attribution(article, 'We’ve had our share of ups and downs')).toMatchObject({ kind: 'direct' });
    // Near miss: with no phrase in marks, a sentence broken off before its words still introduces a list (a fresh
    // digital.gov page, as above).
    expect(introducesList('My Data initiatives have accomplished a lot for the American people, including:')).toBe(true);
  });

  test('a colon sentence ending on a counted plural introduces that many items', () => {
    expect(introducesList('To fulfill its mission, VA Innovators Network rests on three primary goals:')).toBe(true);
    expect(introducesList('We built the Digital Lifecycle Program around these four moments:')).toBe(true);
    expect(introducesList('In its guidance, OMB has established seven drivers of customer experience:')).toBe(true);
    expect(introducesList('The CA issues challenges that the agent attempts to respond to, and the challenges come in the user’s choice of two forms:')).toBe(
      true,
    );
  });

  test('the writer’s list after "…, including:" is no quote of the organisation the sentence opens with', () => {
    const article = analyze(
      'My Data: Empowering All Americans with Personal Data Access',
      'My Data initiatives have accomplished a lot for the American people, including:',
      'Any American who signs up for a free online “my Social Security” account can now download a copy of their Social Security benefit statement, which they can then choose to share with a financial advisor or use in software that helps them better plan financially for their retirement.',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'direct' && q.text.startsWith('Any American'))).toEqual([]);
  });

  test("a sentence broken off after an infinitive's 'to' introduces a list", () => {
    expect(introducesList('NASA Social participants will have the opportunity to:')).toBe(true);
  });

  test('a bare heading of a few capitalised words introduces a list', () => {
    expect(introducesList('Resources:')).toBe(true);
    expect(introducesList('General Information:')).toBe(true);
  });

  test("an auxiliary 'has', 'offers advice' and 'is that' lead into someone's words", () => {
    expect(introducesList('Snaider has learned many lessons and offers advice to other people working with call centers:')).toBe(false);
    expect(introducesList('What concerns her most, though, is that:')).toBe(false);
    expect(introducesList('Marrero rejected this argument:')).toBe(false);
    // The development half: gv-india-vimeo-torrent-sites-blocked.
    expect(introducesList('On his blog Share Press, blogger Varma provided some more details:')).toBe(false);
  });
});

describe('no block quotation after a list introduction', () => {
  test('the list after "The 2024 BIG Idea Challenge awardees are:" is no quote of the challenge', () => {
    const article = analyze(
      'NASA Announces Winners of 2024 BIG Idea Challenge',
      'The 2024 BIG Idea Challenge awardees are:',
      'Arizona State University Tempe, Arizona Aegis – Inflatable Lunar Landing Pad System Advisors: Tyler Smith, Dr. James Bell, James Rice, Josh Chang',
    );
    expect(quotesOf(article).filter((q) => q.text.startsWith('Arizona State University'))).toEqual([]);
  });

  test('the definition after "CNA is a process to identify and prioritize for the Army:" is no quote', () => {
    const article = analyze(
      'Capabilities Needs Analysis',
      "The Capabilities Development community's CNA efforts are for the Soldier. CNA is a process to identify and prioritize for the Army:",
      'CNA results and prioritization products inform prioritization of Army resourcing and capabilities development actions to meet Joint Warfighting needs.',
    );
    expect(quotesOf(article).filter((q) => q.text.startsWith('CNA results'))).toEqual([]);
  });

  test('a person named alone before a colon still labels the words after it', () => {
    const article = analyze(
      'A conversation about plain language',
      'Isabel Laurenceau and Anastasia Gradova work on the plain language team.',
      'Isabel:',
      'We started by reading every page aloud to each other.',
    );
    expect(attribution(article, 'We started by reading')).toMatchObject({ kind: 'direct', speaker: 'Isabel Laurenceau' });
  });
});

describe('a reaction before the colon', () => {
  // The development half: gv-armenia-firebombers-released-bail (a blog's reaction, then its post).
  test("'Unzipped: Gay Armenia was shocked:' leads into the blog's words", () => {
    expect(introducesList('Unzipped: Gay Armenia was shocked:')).toBe(false);
  });
});

describe("the writer's own lead-in", () => {
  test.each([
    // Fresh real text: digital.gov pages and a Global Voices post of 2004.
    'We recommend:',
    'We asked:',
    'This is how I respond to those questions:',
    'Here are some key questions to explore for your strategy:',
    'Here’s a sampling of what we created and posted:',
    'Rather than attempt to summarize, let me instead offer thanks:',
    'In an earlier column, I described a four-step process to transform agencies:',
  ])('sets off no quote: %s', (sentence) => {
    expect(writerLeadIn(sentence)).toBe(true);
  });

  test.each([
    // Someone else speaks, to "us" or named after "Here" (fresh digital.gov; the development half's Global Voices golds).
    'During usability testing, an arts program manager at another federal agency told us:',
    'A mother, indignant after seeing the foetus, told us in a face-to-face interview:',
    'Here he shares the latest state of the Bangladeshi film industry [bn]:',
    'Hoder writes:',
  ])('leaves a speaker’s cue alone: %s', (sentence) => {
    expect(writerLeadIn(sentence)).toBe(false);
  });

  test('the questions after "We asked:" are the writer’s, no quote', () => {
    const article = analyze(
      'Letting go of 85 percent of our email subscribers',
      'We asked:',
      'How many of these folks were regularly engaging with BUSA content? How many people had not opened a single email in the past year?',
    );
    expect(quotesOf(article).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

// NASA history feature "50 Years Ago: Apollo 10 …" (public domain; nasa_article_5 of the NASA_RAG set, not in the corpus).
describe('a section heading that ends on a section noun', () => {
  test('"In other NASA news:" sets off the writer’s items, not NASA’s words', () => {
    expect(introducesList('In other NASA news:')).toBe(true);
    const article = analyze(
      'Apollo 10: dress rehearsal for the Moon landing',
      'During their 31st and final orbit around the Moon, the astronauts prepared the spacecraft for its next critical maneuver.',
      'In other NASA news:',
      'On May 5, in a ceremony at the Rice Hotel in Houston, Postmaster General Winton M. Blount dedicated a postage stamp commemorating the Apollo 8 mission, presenting the first albums to the Apollo 8 crew of Frank Borman, James A. Lovell, and William A. Anders.',
    );
    expect(quotesOf(article)).toEqual([]);
  });

  test('a heading word that is no section noun still names whose words follow: "NASA statement:" is no list', () => {
    expect(introducesList('NASA statement:')).toBe(false);
    expect(introducesList('Other news reports said:')).toBe(false);
  });
});

// usgov-gsa-cross-sector-partnering-competitions-2015-12-11 (digital.gov, public domain; the held-out batch of session 54).
describe('a lead-in that breaks off before its own items', () => {
  test('"…, including:" and "such as:" with no speech verb await the writer\'s items; a speech verb still sets off words', () => {
    expect(awaitsItems('Partners can bring a lot to the table, including:')).toBe(true);
    expect(awaitsItems('Agencies offer many services, such as:')).toBe(true);
    expect(awaitsItems('Twitter users posted messages like:')).toBe(false);
    expect(awaitsItems('The website was changed to say the following:')).toBe(false);
    expect(awaitsItems('Partners can bring a lot to the table.')).toBe(false);
  });

  test('list items of nouns alone after "including:" are no quotations, though they have no English function word', () => {
    const article = analyze(
      'Cross-Sector Partnering in Prize Competitions',
      'Agencies may find it useful to partner with external organizations from the get-go or at any juncture along the way. Partners can bring a lot to the table, including:',
      'Prize design expertise (scope, rules, judging criteria, etc.)',
      'Prize operation and management (recruitment of participants, communications, screening of submissions, etc.)',
      'Activities after the competition (feedback from partners and participants, lessons learned, etc.)',
    );
    expect(quotesOf(article)).toEqual([]);
  });
});
