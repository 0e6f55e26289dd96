import { describe, expect, test } from 'vitest';
import { kinRival } from '../../../../src/core/engine/attribution/kinRival';
import { MentionIndex } from '../../../../src/core/engine/attribution/mentions';
import type { SentenceInfo } from '../../../../src/core/engine/attribution/types';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from './helpers';

// kinRival.ts: a sentence about one person that also speaks of a relative of the same gender by a kinship noun alone
// leaves a later he or she two people to mean. Sentences verbatim from the development half of tests/fixtures/real.

/** The sentence as the discourse reads it, about the person named `subject`. */
const read = (sentence: string, subject: string) => {
  const texts = ['Headline', sentence];
  const mentions = new MentionIndex(texts, findEntities(texts, 0));
  const named = mentions.between(1, 0, sentence.length).find((m) => m.entity.name === subject);
  const focus = named ? { entity: named.entity, at: { block: 1, start: named.start, end: named.end } } : null;
  const info: SentenceInfo = { block: 1, range: { start: 0, end: sentence.length }, people: [], focus };
  return { info, texts, mentions };
};

const MCCANDLESS = 'Through the lens: NASA’s STS-41B iconic photos of untethered spacewalk';

describe('a relative of the same gender named by a kinship noun', () => {
  // usgov-nasa-sts-41b-iconic-photos-untethered-spacewalk-2024-03-11.
  test('"His son, Bruce McCandless III, said his father …" speaks of a second man, not of a second woman', () => {
    const { info, texts, mentions } = read('His son, Bruce McCandless III, said his father “appears to be glowing.”', 'Bruce McCandless III');
    expect(kinRival(info, 'male', texts, mentions)).toBe(true);
    expect(kinRival(info, 'female', texts, mentions)).toBe(false);
  });

  // The same sentence without "his father": "His son" stands before the name it is, so it names no second man.
  test('a kinship noun in apposition to a name is that person, not a second one', () => {
    const { info, texts, mentions } = read('His son, Bruce McCandless III, said the photograph was beautiful.', 'Bruce McCandless III');
    expect(kinRival(info, 'male', texts, mentions)).toBe(false);
  });

  // Fresh Wikinews 2020 ("On the campaign trail in the USA, October 2020", row 108 of data/wikinews_2020.csv): the son
  // is Joe Biden's, and the subject is no one's relative, so "He claimed to have evidence …" stays his.
  test('a relative of someone else than the subject is no rival to the subject', () => {
    const { info, texts, mentions } = read(
      "Just before the final presidential debate, Hunter Biden's former business partner Tony Bobulinski held a press conference claiming Joe Biden knew about his son's business deals, particularly with China, and that the elder Biden was involved with them.",
      'Tony Bobulinski',
    );
    expect(kinRival(info, 'male', texts, mentions)).toBe(false);
  });

  // gv-ethiopia-pen-award-eskinder-nega-2012-05-02.
  test('"Serkalem Fasil, his wife who is …" is Serkalem Fasil, no second woman', () => {
    const { info, texts, mentions } = read(
      'Upon collecting his prize on his behalf, Serkalem Fasil, his wife who is also a once jailed journalist, highlighted the worsening situation of Ethiopia’s free press.',
      'Serkalem Fasil',
    );
    expect(kinRival(info, 'female', texts, mentions)).toBe(false);
  });
});

describe('a pronoun after a son speaks of his father', () => {
  // usgov-nasa-sts-41b-iconic-photos-untethered-spacewalk-2024-03-11: the father, the astronaut, closed the visor and
  // spoke next; the text alone leaves it to the son as much as to him, so "he said" names neither.
  test('"he said" after "His son, … said his father …" and "he closed the helmet visor" is left unattributed', () => {
    const article = analyze(
      MCCANDLESS,
      'The result was one of NASA’s most iconic and requested images. McCandless called the photograph “beautiful, partly because the sun is shining directly on me.” His son, Bruce McCandless III, said his father “appears to be glowing.” Because the sun was in his eyes, he closed the helmet visor, which made it difficult to identify who exactly was inside the spacesuit. “My anonymity means people can imagine themselves doing the same thing,” he said. And, he added, “at visitor centres [sic], they often have life-sized cardboard versions with the visor cut out, so people can peep through.”',
    );
    expect(attribution(article, 'appears to be glowing')).toMatchObject({ speaker: 'Bruce McCandless III', resolution: 'name' });
    expect(attribution(article, 'My anonymity means').speaker).toBeNull();
    expect(attribution(article, 'at visitor centres').speaker).toBeNull();
  });

  // gv-ethiopia-pen-award-eskinder-nega-2012-05-02: the wife named in apposition is the only woman, so "She said:" is her.
  test('"She said:" after "Serkalem Fasil, his wife …" is Serkalem Fasil', () => {
    const article = analyze(
      'Ethiopia: Jailed Journalist Eskinder Nega Wins PEN Award',
      'Upon collecting his prize on his behalf, Serkalem Fasil, his wife who is also a once jailed journalist, highlighted the worsening situation of Ethiopia’s free press. She said:',
      '“Today, Ethiopian journalists are either in exile or in jail.”',
    );
    expect(attribution(article, 'Today, Ethiopian journalists')).toMatchObject({ speaker: 'Serkalem Fasil', resolution: 'pronoun' });
  });
});
