import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// subjects.ts, subjectAt: a lowercase title opened by "former", "acting" and the like, between a speech verb and the name.

describe('a lowercase title before the speaker’s name', () => {
  // Wikinews, "Australians talk tough before Brisbane test", 2004-11-17, CC BY 2.5 (development half).
  test('"said former New Zealand coach and former test player John Bracewell" is Bracewell’s cue', () => {
    const article = analyze(
      'Australians talk tough before Brisbane test',
      'The New Zealand team\'s reaction to this Australian bravado was muted. "It\'s just history repeating itself", said former New Zealand coach and former test player John Bracewell.',
    );
    expect(attribution(article, "It's just history")).toMatchObject({
      speaker: 'John Bracewell',
      cue: 'said former New Zealand coach and former test player John Bracewell',
    });
  });

  // NASA, The Marshall Star for January 24, 2024, and a NASA Glenn history article (public domain, works of the US
  // federal government), not in the corpus: katie-hofschen/NASA_RAG nasa_articles/nasa_article_935.md, nasa_article_960.md
  test('"said acting Marshall Center Director Joseph Pelfrey", "recalled former receptionist Mary Louise Gosney"', () => {
    const article = analyze(
      'The Marshall Star for January 24, 2024',
      '“We at NASA are incredibly proud of Dr. Weisskopf and the IXPE team around the world,” said acting Marshall Center Director Joseph Pelfrey.',
      '“[On December 15, 1941] a few shivering, startled Southerners from Langley, the vanguard of those in the Power Plants Division transferring to Cleveland, arrived in the biggest snowstorm in years,” recalled former receptionist Mary Louise Gosney.',
    );
    expect(attribution(article, 'We at NASA are incredibly proud')).toMatchObject({ speaker: 'Joseph Pelfrey' });
    expect(attribution(article, '[On December 15, 1941]')).toMatchObject({ speaker: 'Mary Louise Gosney' });
  });

  test('a clause word between the title and a name leaves the quote to the other sieves', () => {
    const article = analyze('Club news', '“The season is over for all of us,” said former players who had met Alan Brierley on Tuesday.');
    expect(attribution(article, 'The season is over').speaker).not.toBe('Alan Brierley');
  });
});
