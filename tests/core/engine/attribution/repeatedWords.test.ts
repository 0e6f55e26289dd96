import { describe, expect, test } from 'vitest';
import type { FoundEntity } from '../../../../src/core/engine/entities/types';
import { withRepeatedWords } from '../../../../src/core/engine/attribution/repeatedWords';
import { attributed, unattributed, type FoundQuote } from '../../../../src/core/engine/attribution/types';
import { analyze, attribution } from './helpers';

// repeatedWords.ts: a quote no cue reads takes the speaker of the same words where a cue gives them one.

// usgov-nasa-dream-chaser-spaceplane-stacked-shaken-2024-02-09 (development half), paragraphs kept verbatim.
const NASA = 'NASA’s Dream Chaser Spaceplane Stacked, Shaken';
const EVENT =
  '“The Armstrong Test Facility is one of NASA Glenn Research Center’s most critical assets,” said Dr. Jimmy Kenyon, center director of NASA Glenn in Cleveland, during a media event where Tom Vice, chief executive officer of Sierra Space; Phil Dempsey, transportation integration manager for the International Space Station Program; and Dr. Tom Marshburn, former NASA astronaut and chief medical officer for Sierra Space, were also on hand for interviews.';
const PULL_QUOTE =
  '“Here, we have some of the world’s largest and most capable simulation and test facilities to test the harsh conditions that spacecraft will experience during launch and in flight." Dr. Jimmy Kenyon Center Director of NASA’s Glenn Research Center in Cleveland';
const SAID =
  '“Here, we have some of the world’s largest and most capable simulation and test facilities to test the harsh conditions that spacecraft will experience during launch and in flight,” Kenyon said.';

// gv-switzerland-unconditional-basic-income-initiative-2012-05-07 (development half): a subheading, then the sentence.
const SWISS = 'Switzerland: Unconditional Basic Income Initiative';
const SUBHEADING = 'A basic income will "do more harm than good"';
const SCHWAAB =
  'But not everyone is convinced by the idea. According to Jean Christophe Schwaab, a member of Switzerland\'s lower house of representatives, socialists must not support the proposition, which he judges will "do more harm than good and be a disaster for employees".';

describe('words an article quotes twice', () => {
  test('a pull quote set apart is the words of whom "Kenyon said" gives them to further on', () => {
    const article = analyze(NASA, EVENT, PULL_QUOTE, SAID);
    expect(attribution(article, SAID.slice(1, 40))).toMatchObject({ speaker: 'Jimmy Kenyon' });
    const pull = article.paragraphs[1]?.quotes[0];
    expect(pull && article.entities.find((e) => e.id === pull.speakerId)?.name).toBe('Jimmy Kenyon');
    expect(pull?.resolution).toBe('continuation');
  });

  test('a fragment a subheading quotes is the words of whom "According to Jean Christophe Schwaab" gives the whole to', () => {
    const article = analyze(SWISS, SUBHEADING, SCHWAAB);
    expect(attribution(article, 'do more harm than good')).toMatchObject({ speaker: 'Jean Christophe Schwaab', resolution: 'continuation' });
  });

  test('two words quoted again are no one’s: "human error" may be anyone’s words', () => {
    const texts = ['"It was a human error," Iranian President Hassan Rouhani said.', 'Protests over the "human error" went on.'];
    const [said, free] = withRepeatedWords(texts, [given(texts, 0, 'It was a human error,', ROUHANI), loose(texts, 1, 'human error')]);
    expect(said?.speaker).toBe(ROUHANI);
    expect(free?.speaker).toBeNull();
  });

  test('words two speakers are each given leave their free copy unattributed', () => {
    const texts = [
      '“We are ready to fly this year,” Kenyon said.',
      '“We are ready to fly this year,” Vice said.',
      'Sierra Space painted “We are ready to fly this year” on the door.',
    ];
    const quotes = [
      given(texts, 0, 'We are ready to fly this year,', KENYON),
      given(texts, 1, 'We are ready to fly this year,', VICE),
      loose(texts, 2, 'We are ready to fly this year'),
    ];
    expect(withRepeatedWords(texts, quotes)[2]?.speaker).toBeNull();
    expect(withRepeatedWords(texts, [quotes[0] as FoundQuote, quotes[2] as FoundQuote])[1]?.speaker).toBe(KENYON);
  });

  test('words a post cites inside its own quotation stay the cited one’s, not the post’s', () => {
    // gv-switzerland-unconditional-basic-income-initiative-2012-05-07: Schwaab's post quotes the supporters' claim.
    const texts = ['Supporters of a basic income claim that it must "free people from the obligation of earning a living".'];
    const post = given(texts, 0, texts[0] ?? '', person('Jean Christophe Schwaab'));
    const cited = loose(texts, 0, 'free people from the obligation of earning a living');
    expect(withRepeatedWords(texts, [post, cited])[1]?.speaker).toBeNull();
  });

  test('words another quotation cites in marks of their own are not its speaker’s to repeat', () => {
    // usgov-nasa-conversations-jennifer-krottinger-2024-03-04: the Peace Corps' goal in an answer, then in her caption quote.
    const texts = [
      'The third goal of Peace Corps is to “help promote a better understanding of other peoples on the part of Americans,” bringing back the country of service.',
      '“The third goal of Peace Corps is to ‘help promote a better understanding of other peoples on the part of Americans,’ bringing back the country of service,” said Krottinger.',
    ];
    const goal = loose(texts, 0, 'help promote a better understanding of other peoples on the part of Americans,');
    const caption = given(texts, 1, (texts[1] ?? '').slice(1, (texts[1] ?? '').indexOf('”')), person('Jennifer Krottinger'));
    expect(withRepeatedWords(texts, [goal, caption])[0]?.speaker).toBeNull();
  });

  test('a quote whose cue names no one keeps its abstention', () => {
    const texts = ['“We are ready to fly this year,” Kenyon said.', '“We are ready to fly this year,” someone shouted.'];
    const shouted = { ...loose(texts, 1, 'We are ready to fly this year,'), cue: { block: 1, start: 33, end: 49 } };
    expect(withRepeatedWords(texts, [given(texts, 0, 'We are ready to fly this year,', KENYON), shouted])[1]?.speaker).toBeNull();
  });
});

const person = (name: string): FoundEntity => ({
  key: name.toLowerCase(),
  type: 'person',
  name,
  role: null,
  aliases: new Set(),
  mentions: [],
  roleWords: new Set(),
});
const [ROUHANI, KENYON, VICE] = [person('Hassan Rouhani'), person('Jimmy Kenyon'), person('Tom Vice')];

/** The direct quote `words` of block `block`, given no speaker. */
function loose(texts: ReadonlyArray<string>, block: number, words: string): FoundQuote {
  const start = (texts[block] ?? '').indexOf(words);
  return unattributed(block, { start, end: start + words.length }, 'direct');
}

/** The direct quote `words` of block `block`, given `speaker` by a trailing cue. */
function given(texts: ReadonlyArray<string>, block: number, words: string, speaker: FoundEntity): FoundQuote {
  const ref = { block, start: (texts[block] ?? '').length - 6, end: (texts[block] ?? '').length - 1 };
  return attributed(loose(texts, block, words), { ref, entity: speaker, resolution: 'name', antecedent: null }, ref, 'trailing-cue');
}
