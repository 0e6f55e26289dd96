import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/taggedOpening.ts: a colon sentence that opens on a name and the language tag linking its post sets the post off as that name's.

// Global Voices, "Venezuela: Video 'Caracas, City of Farewells' Sparks Discussion on Emigration" (10 May 2012), CC BY 3.0, development half.
const CARACAS = "Venezuela: Video 'Caracas, City of Farewells' Sparks Discussion on Emigration";
const DISLIKED =
  'What I sincerely disliked [about the views expressed in the video] was the idea that the responsibility for improving the country lay exclusively in the hands of "others".';
// Global Voices, "Peru: Controversy Over Banning of Popular Priest" (21 May 2012), CC BY 3.0, development half.
const PERU = 'Peru: Controversy Over Banning of Popular Priest';
// Global Voices, "Colombia: Nationwide Demonstrations Mark May 1" (7 May 2012), CC BY 3.0, development half.
const COLOMBIA = 'Colombia: Nationwide Demonstrations Mark May 1';

describe('a round-up sentence opening on a tagged name', () => {
  test('"Finally, Leopoldo Tablante [es] reflects on …:" gives the post after it to Leopoldo Tablante, though "reflects" is no speech verb', () => {
    const article = analyze(
      CARACAS,
      'Finally, Leopoldo Tablante [es] reflects on the similarities and the discourse of the upper and lower classes, and on how this mirrors a common spirit which makes living together and social advancement difficult:',
      'Por novatada o por lo que sea, el video parece inspirado por un muy particular espíritu de indolencia ante el proyecto de construcción del bien común. Y sin ese espíritu, ¿qué nos queda?',
    );
    expect(attribution(article, 'Por novatada o por lo que sea')).toMatchObject({ kind: 'direct', speaker: 'Leopoldo Tablante', resolution: 'name' });
  });

  test('"Asdrúbal [es], for his part, comments:" gives the post to the one-word name as written, past the aside', () => {
    const article = analyze(CARACAS, 'Asdrúbal [es], for his part, comments:', DISLIKED);
    expect(attribution(article, 'What I sincerely disliked')).toMatchObject({ kind: 'direct', speaker: 'Asdrúbal', speakerRef: 'Asdrúbal' });
  });

  test('"Asdrúbal [es], for his part, shares a speech by …:" gives the speech to nobody rather than to Asdrúbal, who only shares it', () => {
    const article = analyze(CARACAS, 'Asdrúbal [es], for his part, shares a speech by Leopoldo Tablante:', DISLIKED);
    expect(quotesOf(article).find((q) => q.text.startsWith('What I sincerely disliked'))?.speakerId ?? null).not.toBe('asdrubal');
  });

  test('a handle with the direction mark a pasted tweet keeps, "‏@eromanp [es] is ironic:", is the tweet’s source', () => {
    const article = analyze(
      PERU,
      '\u200f@eromanp [es] is ironic:',
      'Father Gaston #Garatea has received the best cover letter ever: #Cipriani has banned him from practicing his pastoral labor.',
    );
    expect(attribution(article, 'Father Gaston #Garatea')).toMatchObject({ kind: 'direct', speaker: '@eromanp' });
  });

  test('a handle a link split after its "@", "@ Comolanigua [es] shares …:", is the source as written', () => {
    const article = analyze(
      COLOMBIA,
      '@ Comolanigua [es] shares two images of the anti-riot police:',
      'En la marcha de #1mayose distribuyeron decenas de papas en la cara del ESMAD',
    );
    expect(attribution(article, 'En la marcha de #1mayo')).toMatchObject({ kind: 'direct', speaker: '@ Comolanigua' });
  });

  test('a place before the tag is where the post comes from, not who writes it: "Venezuela [es] reflects …:" names no one', () => {
    const article = analyze(CARACAS, 'Finally, Venezuela [es] reflects on the similarities of the upper and lower classes:', DISLIKED);
    expect(quotesOf(article).find((q) => q.text.startsWith('What I sincerely'))?.speakerId ?? null).toBeNull();
  });
});
