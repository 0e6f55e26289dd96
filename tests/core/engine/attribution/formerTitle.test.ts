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

  // Wikinews, "Scientists describe how upside-down rivers of warm ocean water threaten Antarctic ice shelves",
  // 2019-10-12, CC BY 2.5, and NASA's "KREPE-2" article (public domain, work of the US federal government).
  test('where the person works may follow the name: "said study co-author Ted Scambos of CU Boulder\'s …"', () => {
    const article = analyze(
      'Scientists describe how upside-down rivers of warm ocean water threaten Antarctic ice shelves',
      '"Now we\'re seeing a new process, where warm water cuts into the shelf from below," said study co-author Ted Scambos of CU Boulder\'s Cooperative Institute for Research in Environmental Sciences (CIRES).',
      '“Building on the success of KREPE-1, we have improved the sensors to gather more measurements,” said principal investigator Alexandre Martin at the University of Kentucky.',
    );
    expect(attribution(article, "Now we're seeing")).toMatchObject({ speaker: 'Ted Scambos', cue: 'said study co-author Ted Scambos' });
    expect(attribution(article, 'Building on the success')).toMatchObject({ speaker: 'Alexandre Martin' });
  });

  test('a name after "for" or "to" is still not the speaker, whatever follows it', () => {
    const article = analyze(
      'Club news',
      'Coach Alan Brierley left on Tuesday. “The season is over for all of us,” said a lawyer for Alan Brierley of the Westbrook Club.',
    );
    expect(attribution(article, 'The season is over').speaker).not.toBe('Alan Brierley');
  });
});
