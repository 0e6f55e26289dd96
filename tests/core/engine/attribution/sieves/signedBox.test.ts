import { describe, expect, test } from 'vitest';
import { signedBoxes } from '../../../../../src/core/engine/attribution/sieves/signedBox';
import { analyze, attribution, quotesOf } from '../helpers';

/** The boxes of paragraphs that may all be quoted. */
const boxesOf = (texts: ReadonlyArray<string>) =>
  signedBoxes(
    texts,
    texts.map(() => true),
  );

// sieves/signedBox.ts: a pull-quote box whose quote marks the text lost, signed on a line of its own.

// Wikinews, "30 dead in Baghdad bomb blasts, hundreds of people injured", 2010-04-04, CC BY 2.5 (development half).
const BAGHDAD = '30 dead in Baghdad bomb blasts, hundreds of people injured';
const BAGHDAD_DATE = 'Sunday, April 4, 2010';
const BAGHDAD_LEAD =
  'Three car bombs were detonated in Baghdad, the capital of Iraq on Sunday morning, killing 30 people. The attacks were aimed at foreign embassies, according to sources.';
const BAGHDAD_BOX =
  'The explosion [at the Iranian embassy] was really strong. They never kill ministers, officials or heads of state. They kill taxi drivers, public employees and shopkeepers. How much longer will this last?';
const BAGHDAD_SIGNATURE = '—Abu Ahmed, witness to the attack';
const BAGHDAD_BODY = '"The explosion [at the Iranian embassy] was really strong," said Abu Ahmed, a taxi driver who was an eyewitness of one of the blasts.';

// Wikinews, "Japan government panel urges reinterpretation of pacifist constitution", 2014-02-07, CC BY 2.5 (development half).
const JAPAN = 'Japan government panel urges reinterpretation of pacifist constitution';
const JAPAN_BEFORE = 'Under Japan’s pacifist constitution, the country has not been able to engage in militaristic combat since the end of World War II.';
const ARTICLE_9 = [
  'CHAPTER II. RENUNCIATION OF WAR',
  'Article 9',
  'Aspiring sincerely to an international peace based on justice and order, the Japanese people forever renounce war as a sovereign right of the nation and the threat or use of force as means of settling international disputes.',
  'In order to accomplish the aim of the preceding paragraph, land, sea, and air forces, as well as other war potential, will never be maintained. The right of belligerency of the state will not be recognized.',
  '– Constitution of Japan',
];

describe('a pull-quote box that lost its marks, signed on a line of its own', () => {
  test('the paragraph before `—Abu Ahmed, witness to the attack` is Abu Ahmed’s direct quote, the signature its cue', () => {
    const article = analyze(BAGHDAD, BAGHDAD_DATE, BAGHDAD_LEAD, BAGHDAD_BOX, BAGHDAD_SIGNATURE, BAGHDAD_BODY);
    expect(attribution(article, 'The explosion [at the Iranian embassy] was really strong. They never')).toMatchObject({
      kind: 'direct',
      speaker: 'Abu Ahmed',
      cue: '—Abu Ahmed',
    });
  });

  test('the narrative before the box stays the writer’s: a dateline is no heading setting a box off', () => {
    const texts = [BAGHDAD, BAGHDAD_DATE, BAGHDAD_LEAD, BAGHDAD_BOX, BAGHDAD_SIGNATURE, BAGHDAD_BODY];
    expect([...boxesOf(texts).keys()]).toEqual([3]);
  });

  test('a box set off by a heading holds its paragraphs back to it, each a direct quote; a document’s signature gives no speaker', () => {
    const article = analyze(JAPAN, JAPAN_BEFORE, ...ARTICLE_9);
    for (const words of ['Aspiring sincerely to an international peace', 'In order to accomplish the aim'])
      expect(attribution(article, words)).toMatchObject({ kind: 'direct', speaker: null });
    expect(quotesOf(article).some((q) => q.text.startsWith('Under Japan’s pacifist constitution'))).toBe(false);
  });

  // Wikinews, "Arrest made as mayor of Gdańsk, Poland stabbed on stage", 2019-01-14, CC BY 2.5 (development half): the
  // scrape lost the quote the signature line signed, and kept the line after the lead.
  test('a signature line telling of a quote the scrape lost (`—Name on …`) signs nothing: the lead stays the writer’s', () => {
    const texts = [
      'Arrest made as mayor of Gdańsk, Poland stabbed on stage',
      'Monday, January 14, 2019',
      'An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event. He died today.',
      '—Łukasz Szumowski on the failed efforts to save the mayor’s life',
    ];
    expect(boxesOf(texts).size).toBe(0);
  });

  // Wikinews, "Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden", 2020-06-05, CC BY 2.5, as the
  // vanatteveldt/wikinews scrape keeps it (no dateline; the box's words lost, its signature kept after the lead).
  test('a signature line right after the lead signs no box: the lead stays the writer’s, not the signer’s quote', () => {
    const article = analyze(
      'Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden',
      "Nabil Hasan al-Quaety, a photo- and videojournalist from Yemen, died in the city of Aden, in southern Yemen, on Tuesday after being shot in his car. He was 34 and reported extensively on the nation's ongoing civil war.",
      '—Sabrina Bennoui, of RSF',
      `"Nabil's murder is unacceptable and constitutes a terrible new blow to journalism in Yemen[...] journalists are now favourite targets, regardless of the region they cover", said Sabrina Bennoui of Reporters Without Borders.`,
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('Nabil Hasan al-Quaety, a photo- and videojournalist'))).toBe(false);
    expect(attribution(article, "Nabil's murder is unacceptable")).toMatchObject({ kind: 'direct', speaker: 'Sabrina Bennoui' });
  });

  test('after a dateline, the lead is the first finished paragraph and no box; the paragraph after it may be one', () => {
    const texts = [BAGHDAD, BAGHDAD_DATE, BAGHDAD_LEAD, BAGHDAD_SIGNATURE, BAGHDAD_BOX, BAGHDAD_SIGNATURE];
    expect([...boxesOf(texts).keys()]).toEqual([4]);
  });

  // Wikinews, "Military advisers to Libya; photojournalists killed in Misrata", 2011-04-20, CC BY 2.5 (development half).
  test('a box signed with a person’s document (`—Tim Hetherington’s last tweet`) is that person’s', () => {
    const article = analyze(
      'Military advisers to Libya; photojournalists killed in Misrata',
      'British photojournalist Tim Hetherington, who co-directed the documentary film Restrepo, which was nominated for an Academy Award for Best Documentary Feature this year, died from wounds he suffered in an RPG attack in the city.',
      'In besieged Libyan city of Misrata. Indiscriminate shelling by Qaddafi forces. No sign of NATO.',
      "—Tim Hetherington's last tweet",
    );
    expect(attribution(article, 'In besieged Libyan city of Misrata.')).toMatchObject({
      kind: 'direct',
      speaker: 'Tim Hetherington',
      cue: '—Tim Hetherington',
    });
  });

  test('a signature after a paragraph with quote marks leaves that paragraph to its marks', () => {
    const texts = [BAGHDAD, BAGHDAD_LEAD, BAGHDAD_BODY, BAGHDAD_SIGNATURE];
    expect(boxesOf(texts).size).toBe(0);
  });
});

// gv-europe-crisis-anti-immigration-politics-2012-05-10 (development half, Global Voices, CC BY 3.0).
describe('a dashed reading list is no box and its signature', () => {
  const READING = [
    'Europe: Crisis Brings Anti-Immigration Politics to the Fore',
    'Valérie said she is no longer surprised by recycling of anti-immigration rhetoric. She suggested in her blog some reading to open up the debate:',
    'To address anxieties over immigrants from Maghreb and Africa, one would gain from reading texts from the 19th and the beginning of the 20th centuries in order to understand the foundations of such fears and how the same arguments are being used throughout the centuries. Suggested reading:',
    '- Suggested by Melle S. [fr]: A. Sayad, Immigration or the Paradoxes of Alterity [fr] (1. The illusion of the ephemery and 2. The illegitimate children)',
    '- Gérard Noiriel, The French Melting-Pot',
    '- Laurent Dornel, Hostile France. A History of Xenophobia in France in the 19th Century [fr]',
  ];

  test('`- Gérard Noiriel, The French Melting-Pot` between two other dashed items signs no box', () => {
    expect([...boxesOf(READING).keys()]).toEqual([]);
  });

  test('the item before it is not given to the author the next item names', () => {
    const article = analyze(...(READING as [string, ...Array<string>]));
    const item = quotesOf(article).find((q) => q.text.includes('Suggested by Melle S.'));
    expect(item).toBeDefined();
    expect(attribution(article, item?.text ?? '').speaker).not.toBe('Gérard Noiriel');
  });
});
