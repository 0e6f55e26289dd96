import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/wordsPointedBack.ts: a quotation of its own, then "With those words, <person> <speech verb>".
// NASA, "55 Years Ago: Two Months Until the Moon Landing" (nasa_article_5.md of katie-hofschen/NASA_RAG, not in the corpus).

const HEADLINE = '55 Years Ago: Two Months Until the Moon Landing';
const CREW = 'The all-veteran Apollo 10 crew of Thomas P. Stafford, John W. Young, and Eugene A. Cernan rehearsed nearly every aspect of the Moon landing.';
const RETURN =
  'During their 31st and final orbit around the Moon, the astronauts prepared the spacecraft for its next critical maneuver. “Houston, we are returning to Earth!” With those words, Stafford announced that the TEI, a 165-second burn of the SPS engine had succeeded. The three-day return trip to Earth passed uneventfully.';

describe('words pointed back at', () => {
  test('a quotation followed by "With those words, Stafford announced" is Stafford’s', () => {
    const article = analyze(HEADLINE, CREW, RETURN);
    expect(attribution(article, 'Houston, we are returning to Earth!')).toMatchObject({
      kind: 'direct',
      speaker: 'Thomas P. Stafford',
      cue: 'With those words, Stafford announced',
    });
  });

  test('a sentence after the quotation that does not point back at it names no speaker for it', () => {
    const article = analyze(HEADLINE, CREW, RETURN.replace('With those words, Stafford announced', 'Minutes later, Stafford announced'));
    expect(attribution(article, 'Houston, we are returning to Earth!').speaker).toBeNull();
  });

  test('"With those words" and an organisation or no speech verb leave the quotation unattributed', () => {
    const byBody = analyze(HEADLINE, CREW, RETURN.replace('Stafford announced', 'NASA announced'));
    expect(attribution(byBody, 'Houston, we are returning to Earth!').speaker).toBeNull();
    const noVerb = analyze(HEADLINE, CREW, RETURN.replace('Stafford announced that', 'Stafford fired the engine and'));
    expect(attribution(noVerb, 'Houston, we are returning to Earth!').speaker).toBeNull();
  });

  test('"After those remarks, X replied" is an answer to the words, so X is not their speaker', () => {
    const article = analyze(HEADLINE, CREW, RETURN.replace('With those words, Stafford announced', 'After those remarks, Stafford replied'));
    expect(attribution(article, 'Houston, we are returning to Earth!').speaker).toBeNull();
  });
});
