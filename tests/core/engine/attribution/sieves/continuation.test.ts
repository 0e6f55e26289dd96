import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/continuation.ts: a quote-only paragraph continues the previous paragraph's speaker.

const UK = "Reports: 'streamlined' UK asylum process to replace interview with questionnaire for five nationalities";
const BMC = 'Seasoned combat veterans use their experience at NIEs';
const TAYLOR =
  'Sgt. 1st Class David Taylor from Panama City, Fla., also assigned to BMID, has had three tours in Iraq and one in Afghanistan. For his first two combat tours in Iraq, he worked in Signal Corps jobs, but during his last tour in Iraq and the one in Afghanistan, he served in his current military occupational specialty of 15W, Shadow Unmanned Aerial System Operator.';
const ROAMER =
  '"I worked on the Roamer system demonstration, which was a concept for the aerial tier for aviation and can communicate through SINCGARS [Single-Channel Ground and Airborne Radio System], which is being replaced by software-based waveform radios."';

describe('continuation', () => {
  test("a quote-only paragraph after Boswell's open quote is Boswell's", () => {
    const article = analyze(
      UK,
      'It quoted critics like immigration barrister Colin Yeo, and Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell, with Boswell stating: "People fleeing desperate circumstances clearly need this government to make quicker and fairer asylum decisions, but this latest move from government is clumsy, unthinking and could put people’s safety at risk.',
      '"No one’s right to refuge should be jeopardised because they weren\'t able to fill in an unwieldy form in a language they don’t speak."',
    );
    expect(attribution(article, 'People fleeing desperate circumstances')).toMatchObject({ speaker: 'Caitlin Boswell', cue: 'Boswell stating' });
    expect(attribution(article, 'No one’s right to refuge')).toMatchObject({
      kind: 'direct',
      speaker: 'Caitlin Boswell',
      resolution: 'continuation',
      cue: null,
    });
  });

  test('a quote-only paragraph continues Enver Solomon, not the critics named before him', () => {
    const article = analyze(
      UK,
      'After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process "must be well thought out": "Moves to reduce the backlog are welcome but the answer is not yet more bureaucratic hurdles and threats of applications being withdrawn.',
      '"After living in worry and uncertainty for months and even years without hearing anything about their claims, it cannot then be fair or reasonable to expect people to complete a lengthy form only in English in a matter of weeks especially for those who don\'t have access to legal advice and don\'t speak English."',
    );
    expect(attribution(article, 'After living in worry and uncertainty')).toMatchObject({
      kind: 'direct',
      speaker: 'Enver Solomon',
      resolution: 'continuation',
    });
  });

  test('a quote-only paragraph after "…," he said. is the same man’s', () => {
    const article = analyze(
      'Australian children suffering from iodine deficiency',
      'Professor Eastman said he is alarmed by what they found. "Pregnant women in Australia are getting about half as much as what they require on a daily basis. So that alarms me, because there\'s quite serious potential for adverse effects and brain damage in the next generation of children born in this country," he said.',
      '"If Iodine deficiency is serious you lose 15 IQ points, on average. There shouldn\'t be anyone suffering from iodine deficiency in a developed country like Australia."',
    );
    expect(attribution(article, 'If Iodine deficiency is serious')).toMatchObject({ kind: 'direct', speaker: 'Eastman', resolution: 'continuation' });
  });

  test('a quote-only paragraph after a quoted sergeant is his', () => {
    const article = analyze(
      BMC,
      TAYLOR,
      '"This will be my third NIE," he said, referring to NIE 14.1. "NIE 13.1 was my first, where I worked with the GNOMAD, a router that took different system software and operated as a \'Mission-Command on the Move\' system.',
      ROAMER,
    );
    expect(attribution(article, 'This will be my third NIE')).toMatchObject({ speaker: 'David Taylor', resolution: 'pronoun' });
    expect(attribution(article, 'I worked on the Roamer system demonstration')).toMatchObject({
      kind: 'direct',
      speaker: 'David Taylor',
      resolution: 'continuation',
    });
  });

  // No quote before hands the Roamer quote on; it is Taylor's (as the gold has it) because the paragraph before is about
  // him alone, its first sentence opening on his rank and name (`namedBefore.ts`). The rank's ordinal ("Sgt. 1st Class")
  // once cut his mention short of its title, and the quote was left to no one.
  test('a first-person quote-only paragraph after a paragraph about one person with no quote is that person’s', () => {
    const article = analyze(BMC, TAYLOR, ROAMER);
    expect(attribution(article, 'I worked on the Roamer system demonstration')).toMatchObject({
      kind: 'direct',
      speaker: 'David Taylor',
      cue: null,
      resolution: 'continuation',
    });
  });

  test('a quote-only paragraph after an unattributed quote stays unattributed', () => {
    const article = analyze(
      "Biologist Nick Bos tells Wikinews about 'self-medicating' ants",
      'Nick Bos, of the University of Helsinki, studies "the amazing adaptations social insects have evolved in order to fight the extreme parasite pressure they experience". In a recently-accepted Evolution paper Bos and colleagues describe ants appearing to self-medicate.',
      '"I have no doubt that as time goes on, there will be more and more cases documented"',
    );
    expect(attribution(article, 'I have no doubt that as time goes on')).toMatchObject({ kind: 'direct', speaker: null, resolution: 'unattributed' });
  });
});

// GSA DigitalGov, "… citizen engagement …" (public domain, work of the US federal government), not in the corpus.
describe('a quote-only paragraph after reported speech', () => {
  test('goes on in the reported speaker’s words when it is a long quotation', () => {
    const article = analyze(
      'Measuring citizen engagement',
      'According to Christopher Lagan, Chief of Social Media for the U.S. Coast Guard, when we focus on improving the quality of programs and content by the standards of public services then citizen engagement will naturally improve.',
      '> “At Coast Guard, we like to say 10,000 brand ambassadors are better than a million likes but, really, we’re offering a connection deeper than your typical brand.”',
    );
    expect(attribution(article, 'At Coast Guard')).toMatchObject({ speaker: 'Christopher Lagan', resolution: 'continuation' });
  });

  test('is someone else’s when it is a short line of a conversation', () => {
    const article = analyze(
      'Fans locked out of final',
      'Club manager Sven Halvorsen said on Friday that the final would go ahead as planned.',
      '"When will they open the gates?"',
    );
    expect(attribution(article, 'When will they').speaker).toBeNull();
  });
});
