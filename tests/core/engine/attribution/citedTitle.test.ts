import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// citedTitle.ts (through quotedNotSpoken.ts): the headlines a Wikinews "Sources" list cites are titles, not speech.

describe('the titles of a sources list', () => {
  test('the cited headlines under "Sources" give no quote (wikinews-shorts-badminton-nagasaki-lester-2009-08-09)', () => {
    const article = analyze(
      'Wikinews Shorts: August 10, 2009',
      'His claim is supported by Uri Geller, a friend of both Jackson and Mark Lester, who said "I am not surprised, I knew it all along simply because Michael told me."',
      'Sources',
      '"England pull out of badminton tournament after terror threat" —The Guardian, August 9, 2009',
      'Swaine, Jon. "England badminton team quits world championships over terrorism threat" —The Telegraph, August 9, 2009',
      '"Jackson friend claims paternity" —BBC Online, August 9,2009',
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^I am not surprised/);
  });

  test('entries with several authors, a weekday or a day before the month are titles too (Wikinews, April 2007)', () => {
    const article = analyze(
      'Bombs kill 17 in Baghdad',
      'Sources',
      'Dean Yates and Ibon Villelabeitia. "Bombs kill 17 people in Baghdad" — Reuters, April 22, 2007',
      '"Call to raise drinking age to 21" — BBC News Online, Sunday, 15 April 2007',
      'AP. "Iran: Signals on 5 Diplomats" — The Washington Post, April 15, 2007',
    );
    expect(quotesOf(article)).toHaveLength(0);
  });

  test('entries with a lower-case outlet, initials among the authors, a language or a stray brace are titles too (Wikinews Shorts, development half)', () => {
    const article = analyze(
      'Wikinews Shorts: January 7, 2009',
      'Sources',
      '"Mugabe must be toppled now - Archbishop of York" —guardian.co.uk, December 6, 2008',
      'Megan K. Stack. "Russia halts natural gas to Ukraine for third day" —Los Angeles Times, January 4, 2009',
      '"5 günlük doğalgaz stoku var" —Habertürk, January 6, 2009 (Turkish)',
      'Laura Smith-Spark. Claudia Rebaza and Jason Hanna. "UK soldier\'s killers sentenced" —CNN, February 26, 2014',
      'Tang Danlu. "Syria rejects Arab League call for power transfer" —Xinhua, 24 January 2012}',
    );
    expect(quotesOf(article)).toHaveLength(0);
  });

  test("an entry is no original whose translation the next story's headline would be (wikinews-shorts-dow-athens-senate-colombia-2007-04-26)", () => {
    const article = analyze(
      'Wikinews Shorts: April 26, 2007',
      'Sources',
      'Vikas Bajaj. "Run on Wall Street Sends Dow Above 13,000" —New York Times, April 26, 2007',
      'Ellis Mnyandu. "Dow closes over 13,000" —Reuters, April 25, 2007',
      'Anarchist youths attack police station in Athens',
      'A group of around 30 or 40 anarchists launched an attack against a police station in Exarchia, a busy district in central Athens, in Greece.',
    );
    expect(quotesOf(article)).toHaveLength(0);
  });

  test('a quotation signed with a dash and its speaker stays a quote (wikinews-suicide-bomber-us-base-afghanistan-al-qaeda-double-agent-2010-01-05)', () => {
    const article = analyze(
      'Suicide bomber at US base in Afghanistan was al-Qaeda double agent',
      '"When a fighter for God kills a U.S. soldier on the corner of a tank, the supporters of Jihad have killed tens of thousands of Americans through their connection to the opposition." —Humam Khalil Abu-Mulal al-Balawi posting on a forum as Abu Dujanah al-Khurasani',
    );
    expect(quotesOf(article).some((q) => q.text.startsWith('When a fighter for God'))).toBe(true);
  });

  test('a quote in running text that ends on a date stays its speaker’s', () => {
    const article = analyze('Council vote', 'Mayor Ann Reed said "the vote is final" — her words to reporters, May 2, 2019.');
    expect(attribution(article, 'the vote is final')).toMatchObject({ kind: 'direct', speaker: 'Ann Reed' });
  });
});
