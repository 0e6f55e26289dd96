import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../attribution/helpers';

// placeSurnames.ts, as a cue reads it: a surname that is also a place's name, after the text named the person in full, is
// the person who speaks. Sentences kept verbatim from fresh text not in the corpus: the GUM corpus's Wikinews article "Australian woman
// claims Church of Scientology imprisoned her for twelve years" (CC BY 2.5).

describe('a surname that is also a place', () => {
  test('"Paris claims" after "Valeska Paris, an Australian woman …" is Valeska Paris, and so is "She" after it', () => {
    const article = analyze(
      'Australian woman claims Church of Scientology imprisoned her for twelve years',
      'Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology imprisoned her for twelve years aboard the Scientology - owned cruise ship, Freewinds.',
      "Paris was born in Switzerland but her parents moved her to the United Kingdom when she was six so they could be closer to the church's headquarters. She joined the Sea Org aged 14. In 1995, at age seventeen, she was told to disconnect from her mother.",
      'Paris claims she was first sent to the ship aged eighteen for two weeks as a teenager but ended up spending twelve years there. Paris also claims that her passport was taken away from her and she was forced to work in the engine room.',
      'On board the Freewinds, Paris claims that she was working from 6:00am to midnight and due to lack of sleep ended up being a walking zombie. She also claims that in 1997 and 1998, she was tasked with removal of asbestos from the ship.',
    );
    expect(attribution(article, 'she was first sent to the ship')).toMatchObject({ speaker: 'Valeska Paris', resolution: 'name' });
    expect(attribution(article, 'her passport was taken away')).toMatchObject({ speaker: 'Valeska Paris' });
    expect(attribution(article, 'she was working from 6:00am')).toMatchObject({ speaker: 'Valeska Paris' });
    expect(attribution(article, 'in 1997 and 1998')).toMatchObject({ speaker: 'Valeska Paris', resolution: 'pronoun' });
  });

  test('a place nobody bears as a surname still speaks as itself', () => {
    const article = analyze(
      'Talks stall',
      'Foreign minister Catherine Colonna met her counterpart on Monday.',
      'Paris said the talks had "failed to make any progress at all this week".',
    );
    expect(attribution(article, 'failed to make any progress').speaker).not.toBe('Catherine Colonna');
  });
});

describe('a surname that is also a place, as the inverted subject of a colon lead-in', () => {
  test('"Said the sharp-tongued Amsterdam (…):" gives the block quotation after it to Robert Amsterdam (gv-zambia-sata-sues-critics-defamation-2012-05-21)', () => {
    const article = analyze(
      'Zambia: President Sues Citizens and Media for Alleged Defamation',
      'On May 11, the offices of international lawyer Robert Amsterdam, representing former President Rupiah Banda’s son, Henry, received correspondence from President Sata’s lawyers demanding compensation in response to public statements made by Mr Amsterdam on the PF’s government’s pursuit of political opponents.',
      'Said the sharp-tongued Amsterdam (this author has interviewed him before):',
      'President Sata’s crude efforts to silence and bully opponents with threats and intimidation will not work, and we would in fact welcome the opportunity to lead a serious public debate on the unlawful conduct of this administration.',
    );
    expect(attribution(article, 'President Sata’s crude efforts')).toMatchObject({ speaker: 'Robert Amsterdam' });
  });
});
