import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/reportedColonSpeaker.ts: in "X notes that Y said:" the block after the colon is Y's, or nobody's, never X's.

const COLOMBIA = 'Colombia: May Day Nationwide Demonstrations';
const BLOCK = 'Elections are upon us in Lesotho.';

describe('a reported speaker before a colon', () => {
  // break31 probe c10: a Global Voices round-up reporting what a blogger relays.
  test("the block after 'Khotso From Lesotho notes that Prime Minister Mosisili said:' is Mosisili's", () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho notes that Prime Minister Mosisili said:', BLOCK);
    expect(attribution(article, BLOCK)).toMatchObject({ kind: 'direct', speaker: 'Mosisili', resolution: 'name' });
  });

  // break31 probe c11.
  test("the block after 'Khotso From Lesotho reports that the electoral commission announced:' is never the reporter's", () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho reports that the electoral commission announced:', BLOCK);
    expect(attribution(article, BLOCK)?.speaker).not.toBe('Khotso From Lesotho');
  });

  test("a passive inner verb leaves the block unattributed, not the reporter's", () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho writes that the voters were told:', BLOCK);
    expect(attribution(article, BLOCK)).toMatchObject({ kind: 'direct', speaker: null });
  });

  // break41 probe: the agent's name closes the clause, so no lower-case speech verb stands before the colon.
  test("a passive inner verb with its agent, 'writes that the voters were told by Prime Minister Mosisili:', never gives the block to the reporter", () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho writes that the voters were told by Prime Minister Mosisili:', BLOCK);
    expect(attribution(article, BLOCK)?.speaker).not.toBe('Khotso From Lesotho');
  });

  test("a that-clause that ends in no speech verb keeps the reporter's cue", () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho writes that the elections are too many:', BLOCK);
    expect(attribution(article, BLOCK)).toMatchObject({ kind: 'direct', speaker: 'Khotso From Lesotho' });
  });

  // gv-russia-varlamov-omsk-campaign-failure-2012-05-04: the block went to Korotkov, a name inside the that-clause.
  test("the block after 'Vishnevskii also laments that …, Aleksandr Korotkov, has not generated more public interest, saying:' is Vishnevskii's", () => {
    const block = "Popular websites and famous bloggers aren't publicizing anything about Korotkov.";
    const article = analyze(
      'Russia: Varlamov Abandons Omsk Campaign',
      "St. Petersburg city assemblyman and Yabloko member Boris Vishnevskii weighed in on Varlamov's abandoned mayoral run. Vishnevskii also laments that Yabloko's candidate in Omsk, Aleksandr Korotkov, has not generated more public interest, saying:",
      block,
    );
    expect(attribution(article, block)).toMatchObject({ kind: 'direct', speaker: 'Boris Vishnevskii' });
  });

  test('a participle after a that-clause with a speech verb of its own leaves the block unattributed', () => {
    const article = analyze(COLOMBIA, 'Khotso From Lesotho notes that Prime Minister Mosisili told reporters on Monday that the vote was fair, adding:', BLOCK);
    expect(attribution(article, BLOCK)).toMatchObject({ kind: 'direct', speaker: null });
  });

  // wikinews-military-advisers-libya-photojournalists-killed-misrata-2011-04-20: the same shape before quote marks.
  test("the words after 'La Russa believes that not all the arms … were taken from the Libyan Army stockpiles, stating,' are La Russa's", () => {
    const quote = "I don't think they only have arms from the Gaddafi army.";
    const article = analyze(
      'Italy sends military advisers to Libya',
      `Italian Minister for Defence Ignazio La Russa said Wednesday that his country will send ten instructors. However, La Russa believes that not all the arms the rebels have were taken from the Libyan Army stockpiles, stating, "${quote}"`,
    );
    expect(attribution(article, quote)).toMatchObject({ kind: 'direct', speaker: 'Ignazio La Russa' });
  });
});
