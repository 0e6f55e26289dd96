import { describe, expect, test } from 'vitest';
import { cuedInQuotation } from '../../../../../src/core/engine/attribution/sieves/cuedInQuotation';
import { analyze, quotesOf } from '../helpers';

// sieves/cuedInQuotation.ts: inside a block quotation read whole, words in marks that a speech verb of the quotation sets
// off are a quote of their own, given to nobody. Global Voices (CC BY 3.0), development half, May 2012.

const spans = (text: string) => cuedInQuotation(0, text, text.length).map((q) => [text.slice(q.start, q.end), text.slice(q.cue?.start, q.cue?.end)]);

describe('a quote inside a block quotation, set off by its own speech verb', () => {
  test('"called a", "threatened to" and "praising the" before the marks set off words someone said', () => {
    expect(
      spans(
        'Shaul Mofaz\'s public image will be greatly harmed because of his decision to enter the government with a political partner he recently called a "liar". Mofaz is counting on the stupidity of the voters.',
      ),
    ).toEqual([['liar', 'called']]);
    expect(
      spans(
        'After the melée (in which a policeman even threatened to "call the riot police"), the #FleshandConcrete bike ride continues towards L Cabrera [Avenue to the south of Mexico City]',
      ),
    ).toEqual([['call the riot police', 'threatened']]);
    expect(
      spans(
        'One priest in particular made a point of referring to Sodom and Gomorrah, as well as praising the "patriotic youth" who had gathered there to demonstrate their devotion to God and their nation [...].',
      ),
    ).toEqual([['patriotic youth', 'praising']]);
    expect(
      spans(
        'Political violence in the enclave encircled by South Africa has flared up ahead of May 26 elections – an ominous sign in what one analyst calls the latest “stress test” for democracy in sub-Saharan Africa.',
      ),
    ).toEqual([['stress test', 'calls']]);
  });

  test('a word in marks after no speech verb, or after the writer\'s own "we call", is no quote of its own', () => {
    expect(
      spans(
        'They might insist we should persist our protest through “tekbira” (intone), though it is agreeable to protest through chanting it has been decided that the protest should be in silence.',
      ),
    ).toEqual([]);
    expect(spans("Malawi's 'accidental' President, Joyce Banda, has set her feet to the peddle.")).toEqual([]);
    expect(spans('This is what we call "gardening" in the newsroom.')).toEqual([]);
    expect(spans('The square was once called "the heart of the city" in the guidebooks.')).toEqual([]);
  });

  test("a blogger's block quotation keeps its words whole and gives the priest's praise a quote of its own", () => {
    const article = analyze(
      'Armenia: Nationalists Disrupt Diversity March',
      'Global Chaos also posts an extensive account. While also stressing the Yerevan march was not a gay parade, the blog notes the presence of Armenian priests:',
      'One priest in particular made a point of referring to Sodom and Gomorrah, as well as praising the "patriotic youth" who had gathered there to demonstrate their devotion to God and their nation [...].',
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts).toContain('patriotic youth');
    expect(texts.some((t) => t.startsWith('One priest in particular'))).toBe(true);
    expect(quotesOf(article).find((q) => q.text === 'patriotic youth')?.speakerId).toBeNull();
  });

  test("a tweet's translation that quotes a policeman's threat keeps it as a quote of its own", () => {
    const article = analyze(
      'Mexico: Bike Ride Protest Clashes With Local Government',
      'According to Daniel Gershenson [es] (@alconsumidor), the police made threats:',
      'Después de la melée (donde un policía incluso amenazó con "llamar a granaderos"), prosigue Rodada #FleshandConcrete hacia L Cabrera [Avenida al sur de la ciudad de México]',
      'After the melée (in which a policeman even threatened to "call the riot police"), the #FleshandConcrete bike ride continues towards L Cabrera [Avenue to the south of Mexico City]',
    );
    expect(quotesOf(article).find((q) => q.text === 'call the riot police')).toMatchObject({ kind: 'direct', speakerId: null });
    expect(quotesOf(article).find((q) => q.text.startsWith('After the melée'))?.speakerId).toBe('daniel-gershenson');
  });
});
