import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/promptedToSay.ts: "prompted X to say, “…”" — the object of the cause speaks.
// NASA, "35 Years Ago: STS-30 Launches Magellan to Venus" (nasa_article_126.md of katie-hofschen/NASA_RAG, not in the corpus).

const HEADLINE = '35 Years Ago: STS-30 Launches Magellan to Venus';
const CREW =
  'The STS-30 crew consisted of Commander David M. Walker, Pilot Ronald J. Grabe, and Mission Specialists Norman E. Thagard, Mary L. Cleave, and Mark C. Lee.';
const MUSIC =
  'To begin their third day in space, Mission Control awaked the astronauts with fight songs from their alma maters. The rousing music prompted Walker to say, “Good morning, Houston! Thanks for the great music!” After giving Mission Control a video tour of Atlantis’ cabin, Thagard and Lee began a test.';

describe('prompted to say', () => {
  test('"The rousing music prompted Walker to say, “…”" is Walker’s, not the music’s', () => {
    const article = analyze(HEADLINE, CREW, MUSIC);
    expect(attribution(article, 'Good morning, Houston!')).toMatchObject({ kind: 'direct', speaker: 'David M. Walker' });
  });

  test('what someone was urged to say is not taken as said by them', () => {
    const article = analyze(HEADLINE, CREW, MUSIC.replace('prompted Walker to say', 'urged Walker to say'));
    expect(attribution(article, 'Good morning, Houston!').speaker).not.toBe('David M. Walker');
  });

  test('a cause left open ("Nobody knows whether … prompted Walker to say") tells of no words said', () => {
    const article = analyze(HEADLINE, CREW, MUSIC.replace('The rousing music prompted', 'Nobody knows whether the rousing music prompted'));
    expect(attribution(article, 'Good morning, Houston!').speaker).toBeNull();
  });
});
