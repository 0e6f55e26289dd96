import { describe, expect, test } from 'vitest';
import { bareTitle } from '../../../../src/core/engine/attribution/bareTitle';
import { analyze, attribution } from './helpers';

// bareTitle.ts: a lower-case title without an article before a person's name ("said student protester Joshua Wong").
// Sentences kept verbatim from fresh text (Wikinews 2019 CC BY 2.5, Global Voices 2012 CC BY 3.0), not in the corpus.

describe('a bare title before a name', () => {
  test('title words ending in a noun for a person are a title; a clause or a phrase is not', () => {
    expect(bareTitle('student protester ')).toBe(true);
    expect(bareTitle('eyewitness ')).toBe(true);
    expect(bareTitle('why he loves ')).toBe(false);
    expect(bareTitle('strike of ')).toBe(false);
    expect(bareTitle('under former US President ')).toBe(false);
  });

  test('"According to eyewitness Vinnie DeVita, "…"" is DeVita’s', () => {
    const article = analyze(
      'Florida highway pileup fire kills five children',
      'According to eyewitness Vinnie DeVita, "within probably 15 to 20 seconds of it all, it exploded. I mean, just a ball of flames." DeVita narrowly avoided being caught up in the accident. The Alachua Sheriff\'s Office tweeted the response "required all hands on deck." Authorities stated the road was damaged by the fire\'s ferocity. Emergency workers have indicated a homicide probe is ongoing.',
    );
    expect(attribution(article, 'within probably 15 to 20 seconds')).toMatchObject({ kind: 'direct', speaker: 'Vinnie DeVita' });
  });

  test('"…," wrote student protester Joshua Wong on Twitter. "…" is Wong’s, both parts', () => {
    const article = analyze(
      'Hong Kong leader announces withdrawal of extradition bill',
      '"Whenever there are signs of sending a palm branch," wrote student protester Joshua Wong on Twitter. "They always come with a far tighter grip on exercising civil rights[.] They have conceded nothing in fact, and a full-scale clampdown is on the way."',
    );
    expect(attribution(article, 'Whenever there are signs')).toMatchObject({ kind: 'direct', speaker: 'Joshua Wong' });
    expect(attribution(article, 'They always come')).toMatchObject({ kind: 'direct', speaker: 'Joshua Wong' });
  });

  test('"explained why he loves Mohamad Sibai:" does not make Sibai the speaker of the post quoted after it', () => {
    const article = analyze(
      'Lebanon: Uproar Over Homophobic Article in University Paper',
      'Mohamad Sibai, a student at the American University of Beirut (AUB), wrote a short opinion piece entitled "Please me at any price" in the university\'s newspaper, Outlook, restating all the traditional homophobic accusations and insults. He began by saying:',
      'Beirut Boy explained why he loves Mohamad Sibai:',
      'I love you Mohamad Sibai because you\u2019re just a kid who shared his raw opinion, which is exactly the opinion of the majority of the people in this country. You just had the balls to speak up. (Even though you\u2019re wrong).',
    );
    expect(attribution(article, 'I love you Mohamad Sibai').speaker).not.toBe('Mohamad Sibai');
  });
});
