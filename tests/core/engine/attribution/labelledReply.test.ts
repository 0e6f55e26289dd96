import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// labelledReply.ts: a post that passes on someone's words under a label naming them. Paragraphs kept verbatim from
// gv-egypt-first-presidential-debate-disappointment-2012-05-12 (Global Voices, development half).

const HEADLINE = 'Egypt: Disappointment at First Presidential Debate';
const LEAD =
  "On May 10, 2012, people around the region and beyond were pinned to their screens following Egypt's first ever presidential debate, which was between the top two presidential candidates, Amr Moussa and Abdel Moneim Aboul Fotouh.";

describe('a candidate’s reply tweeted under a label naming him', () => {
  test('the reply after the label is the candidate’s, the whole post still the tweeter’s', () => {
    const article = analyze(
      HEADLINE,
      LEAD,
      "Regarding how they would have managed the Abbassiya events, Amr Moussa's reply was tweeted by Sultan Al Qassemi:",
      "@SultanAlQassemi: On Abbaseya events - Amr Moussa: I didn't wait until I become president, I made calls & demanded police intervene #monazarat",
    );
    expect(attribution(article, "I didn't wait until I become president")).toMatchObject({ kind: 'direct', speaker: 'Amr Moussa', cue: 'Amr Moussa' });
    expect(quotesOf(article).find((q) => q.text.startsWith("I didn't"))?.text).toBe(
      "I didn't wait until I become president, I made calls & demanded police intervene",
    );
    expect(attribution(article, 'On Abbaseya events').speaker).toBe('Sultan Al Qassemi');
  });

  test('a surname alone as the label names the candidate it stands for', () => {
    const article = analyze(
      HEADLINE,
      LEAD,
      'Yet Aboul Fotouh had a more powerful reply, tweeted by Egyptian blogger Bassem Sabry:',
      '@Bassem_Sabry: Fotouh: If I were president, the Abbasiyya events would not have happened at all, would protect right to protests and sit ins - #Monazarat',
    );
    expect(attribution(article, 'If I were president')).toMatchObject({ speaker: 'Abdel Moneim Aboul Fotouh', cue: 'Fotouh' });
  });

  test('a label that names no person is the post’s own heading, no one’s words', () => {
    const article = analyze(
      HEADLINE,
      LEAD,
      'Twitter user The Ess summarized their performance:',
      '@Nadesque: #Moussa : weak answers, strong attacks. #AbulFutouh : good answers, weak attacks. #Monazarat',
      'Blogger Iyad El-Baghdadi summarized their priorities:',
      '@iyad_elbaghdadi: Abulfutouh vs. Mousa: The first puts democracy, sharia and then security; Mousa puts security, democracy, Islam. #Monazarat',
    );
    expect(quotesOf(article).map((q) => q.text.slice(0, 12))).toEqual(['#Moussa : we', 'Abulfutouh v']);
  });
});
