import { describe, expect, test } from 'vitest';
import { unlinkedPerson, unlinkedSubject } from '../../../../src/core/engine/attribution/unlinkedName';
import type { EntityIndex, FoundEntity } from '../../../../src/core/engine/entities/types';
import { analyze, attribution } from './helpers';

const entity = (name: string, type: FoundEntity['type'] = 'person'): FoundEntity => ({
  key: name,
  type,
  name,
  role: null,
  aliases: new Set(),
  mentions: [],
  roleWords: new Set(),
});
const indexOf = (...entities: Array<FoundEntity>): EntityIndex => ({ entities, byMention: new Map(), leftToNoOne: [] });
/** The person the lone word `word` of `text` names, by name. */
const personFor = (text: string, word: string, index: EntityIndex) => {
  const start = text.indexOf(word);
  return unlinkedPerson(text, start, start + word.length, index)?.name ?? null;
};

describe('a surname the name pass left without a mention', () => {
  // Wikinews, "US President Trump ousts National Security Advisor John Bolton", 2019-09-12, CC BY 2.5.
  test('names the speaker of an inverted cue that goes on after the name', () => {
    const article = analyze(
      'US President Trump ousts National Security Advisor John Bolton',
      'United States President Donald Trump announced on Tuesday the dismissal of his National Security Advisor, John Bolton.',
      '"I informed John Bolton last night that his services are no longer needed at the White House. I disagreed strongly with many of his suggestions, as did others in the Administration," wrote Trump on Twitter, "and therefore I asked John for his resignation, which was given to me this morning."',
    );
    expect(attribution(article, 'I informed John Bolton')).toMatchObject({ speaker: 'Donald Trump', cue: 'wrote Trump' });
    expect(attribution(article, 'and therefore I asked John')).toMatchObject({ speaker: 'Donald Trump', cue: 'wrote Trump' });
  });

  // Wikinews, "Puerto Rico governor announces resignation following protests", 2019-07-28, CC BY 2.5.
  test('names the speaker by the first of a double surname', () => {
    const article = analyze(
      'Puerto Rico governor announces resignation following protests',
      'Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of Justice for Puerto Rico.',
      'In a statement, Vázquez said, "I understand he made the right decision, for the good of both his family and for Puerto Rico, as I let him know [...] He just announced that this resignation will not be effective today."',
    );
    expect(attribution(article, 'I understand he made')).toMatchObject({ speaker: 'Wanda Vázquez Garced', cue: 'Vázquez said' });
  });

  // The quote sentence of a NASA article in /tmp/fresh-nasa (usgov-nasa-86, public domain); the sentence before it is
  // written for the test.
  test('follows a speech verb that opens the sentence: "Said Rolling, “…”"', () => {
    const article = analyze(
      'Starliner team honored',
      'Brandyn Rolling, a flight controller, received the award.',
      'Said Rolling, “I am incredibly honored to be a part of this amazing PMOD team and am excited for the future of Boeing’s crewed flights with Starliner.”',
    );
    expect(attribution(article, 'I am incredibly honored')).toMatchObject({ speaker: 'Brandyn Rolling', cue: 'Said Rolling' });
  });

  test('is the one person whose name has the word after its first', () => {
    expect(personFor('"…," said Trump on Twitter.', 'Trump', indexOf(entity('Donald Trump')))).toBe('Donald Trump');
  });

  test('is nobody when two people share it, or a given name, or part of a longer name, or another entity', () => {
    expect(personFor('"…," said Smith.', 'Smith', indexOf(entity('Jane Smith'), entity('Joe Smith')))).toBeNull();
    expect(personFor('"…," said Donald.', 'Donald', indexOf(entity('Donald Trump')))).toBeNull();
    expect(personFor('"…," said Trump Organization staff.', 'Trump', indexOf(entity('Donald Trump')))).toBeNull();
    expect(personFor('"…," said Ivanka Trump.', 'Trump', indexOf(entity('Donald Trump')))).toBeNull();
    expect(personFor('"…," said Jordan.', 'Jordan', indexOf(entity('Michael Jordan'), entity('Jordan', 'place')))).toBeNull();
  });

  // Wikinews, "Lycos Europe ends its anti-spam campaign", 2004-12-06 (wikinews-lycos-europe-ends-anti-spam-campaign-2004-12-06).
  test('is never an unnamed spokesperson whose description names its company', () => {
    const text = 'Lycos stopped distributing the program on December 3, 2004 and asked clients to "stay tuned."';
    expect(personFor(text, 'Lycos', indexOf(entity('A Lycos spokesperson')))).toBeNull();
    expect(personFor('"…," said Reuters.', 'Reuters', indexOf(entity('The Reuters correspondent')))).toBeNull();
    expect(personFor('"…," said Edge.', 'Edge', indexOf(entity('The Edge')))).toBe('The Edge');
  });
});

describe('the word before a cue, read from a short stretch', () => {
  const bolton = indexOf(entity('John Bolton'));
  const subjectOf = (text: string) => unlinkedSubject(text, 0, { end: text.length }, bolton)?.ref ?? null;
  const filler = 'the adviser left the building early on Tuesday morning, aides said, '.repeat(4);

  test('finds the surname far into a long paragraph, as reading the whole beginning did', () => {
    const text = `${filler}and later Bolton`;
    expect(subjectOf(text)).toEqual({ block: 0, start: text.length - 'Bolton'.length, end: text.length });
  });

  test('reads the whole beginning when the stretch is one run of letters, which may begin before it', () => {
    // The stretch holds the last 64 letters of "quiteBooo…", a capitalised word by itself, and one person's surname.
    const surname = `B${'o'.repeat(63)}`;
    const index = indexOf(entity(`John ${surname}`));
    const subjectIn = (text: string) => unlinkedSubject(text, 0, { end: text.length }, index)?.entity?.name ?? null;
    expect(subjectIn(`${filler}quite${surname}`)).toBeNull();
    expect(subjectIn(`${filler}quite ${surname}`)).toBe(`John ${surname}`);
  });
});
