import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/auxiliaryCue.ts: a speech verb after "has" or "is" that still reports speech, and one that is a passive's.

const reported = (...paragraphs: Array<string>) => quotesOf(analyze('Headline', ...paragraphs)).filter((q) => q.kind === 'reported');

describe('perfect and progressive cues', () => {
  // digital.gov (public domain) and Wikinews (CC BY 2.5, WikinewsSum), fresh text.
  test('"has called for X", "has called for X to …", "has asked X to …" report a call or a directive', () => {
    const obama = analyze(
      'A New Prize Challenge for Virtual and Augmented Reality Learning Tools',
      'Students learn best when they are deeply engaged and excited, which is why President Obama has called for more educational tools that can push learning while entertaining and motivating children.',
    );
    expect(attribution(obama, 'more educational tools')).toMatchObject({ kind: 'reported', speaker: 'Obama', cue: 'President Obama has called for' });
    const trump = analyze(
      'Hungarian state-owned enterprise acquires Hirtenberger Defence',
      'US President Trump has called for NATO members to increase military spending.',
    );
    expect(attribution(trump, 'NATO members to increase military spending')).toMatchObject({ kind: 'reported', speaker: 'Trump' });
    const rossi = analyze(
      "Gregoire wins Washington state's closest ever governor's race",
      'This election was the closest in state history. In the first count, Dino Rossi won by 261 votes.',
      'Rossi has threatened on several occasions to file a lawsuit in the state Supreme Court. He also has asked Gregoire to agree to a runoff election.',
    );
    expect(attribution(rossi, 'Gregoire to agree to a runoff election')).toMatchObject({ kind: 'reported', speaker: 'Dino Rossi', cue: 'He also has asked' });
  });

  test('"has pointed out that …", "has announced an order …": a perfect with its particle or its object reports speech', () => {
    const mackinnon = analyze(
      'China: Al Jazeera Reporter Melissa Chan Expelled',
      'Mark MacKinnon has has pointed out that the fate of foreign journalists is intertwined with local journalists:',
    );
    expect(attribution(mackinnon, 'the fate of foreign journalists')).toMatchObject({ kind: 'reported', speaker: 'Mark MacKinnon' });
    const guard = analyze(
      'Bombs kill 20 at Jolo cathedral',
      'The Coast Guard has announced an order by Coast Guard Commandant Admiral Elson Hermogino directing Coast Guard units nearby to "join personnel from the [army and police] in the investigation and pursuit of the perpetrators."',
    );
    expect(attribution(guard, 'an order by Coast Guard Commandant')).toMatchObject({ kind: 'reported', speaker: 'Coast Guard' });
    // A passive keeps its "been": "has been criticized by" reports no words of the subject's.
    expect(reported('The mayor has been criticized by residents for the closure of the bridge.')).toEqual([]);
  });

  // digital.gov (public domain), fresh text.
  test('a progressive with an object alone reports nothing: an imagined scene, tickets filed', () => {
    expect(
      reported(
        'Imagine a physician’s office where a doctor is encouraging patients to exercise, to reduce sugar intake, to wash their hands with soap and water, to get recommended vaccines, etc.',
      ),
    ).toEqual([]);
    expect(reported('We look at Help Desk reports to see if employees are reporting repeat tickets for tech problems.')).toEqual([]);
  });

  // gv-zambia-sata-sues-critics-defamation-2012-05-21 (development half).
  test('"is demanding K500 million", "is expressing concern about …": a progressive of a verb whose object is what was said', () => {
    const sata = analyze(
      'Zambia: President Sata Sues Critics for Defamation',
      'Sata also filed a defamation suit against Hichilema over alleged defamatory remarks the UPND leader made when he featured on Hot FM’s Hot seat live programme on April 26. President Sata is demanding K500 million as compensation.',
    );
    expect(attribution(sata, 'K500 million as compensation')).toMatchObject({ kind: 'reported', speaker: 'Sata' });
    const smith = analyze('Headline', 'Governor Jane Smith is expressing concern about the storm.');
    expect(attribution(smith, 'concern about the storm')).toMatchObject({ kind: 'reported', speaker: 'Jane Smith' });
    expect(reported('The job is demanding and the hours are long.')).toEqual([]);
  });
});

describe('a name and its role set off by commas before "has indicated" and a bare clause', () => {
  // English Wikinews 2020, wikinews-us-house-vote-impeachment-articles-senate-2020-01-15 (development half).
  test('"Mitch McConnell, the Senate Majority Leader, has indicated the trial could possibly commence …" is McConnell\'s', () => {
    const article = analyze(
      'US House votes to send impeachment articles to Senate',
      'Mitch McConnell, the Senate Majority Leader, has indicated the trial could possibly commence on Tuesday, January 21, subject to agreement on the procedures to be followed.',
    );
    expect(attribution(article, 'the trial could possibly commence on Tuesday, January 21')).toMatchObject({
      kind: 'reported',
      speaker: 'Mitch McConnell',
      cue: 'Mitch McConnell, the Senate Majority Leader, has indicated',
    });
  });

  test('an aside with a verb of its own is no role: the name before it may not be the subject', () => {
    const article = analyze('Court', 'Smith, the man arrested on Monday, has stated he was innocent.');
    expect(quotesOf(article)).toEqual([]);
  });
});

describe('a perfect of "told" with its listener before "that"', () => {
  // English Wikinews 2009, wikinews-guinea-launch-investigation-killing-protestors-2009-10-08 (development half).
  test('"has told supporters that he will not insult them …" reports what was told, after the listener', () => {
    const article = analyze(
      'Guinea to launch investigation into killing of protestors',
      'Captain Moussa Dadis Camara took power in a coup in December. He has not yet formally announced his candidacy, but has told supporters that he will not insult them by ignoring their demands that he run.',
    );
    expect(attribution(article, 'he will not insult them by ignoring their demands')).toMatchObject({
      kind: 'reported',
      cue: 'told supporters that',
    });
  });

  // English Wikinews 2017, wikinews-trump-says-comey-fired-over-russia-investigation-showboating-2017-05-13 (development half).
  test('"Comey had told him that he, Trump, was not under investigation" is Comey\'s', () => {
    const article = analyze('Trump says Comey fired', 'President Donald Trump said James Comey had told him that he, Trump, was not under investigation.');
    expect(attribution(article, 'he, Trump, was not under investigation')).toMatchObject({
      kind: 'reported',
      speaker: 'James Comey',
      cue: 'James Comey had told him that',
    });
  });

  test('"has told stories that shocked …": a relative "that" after the object reports nothing', () => {
    expect(reported('The refugee has told stories that shocked the visitors.')).toEqual([]);
  });
});
