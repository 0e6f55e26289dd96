import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/asCue.ts: "As Heald told The Huffington Post, …" and "…, as the minister noted."

describe('as clause', () => {
  test("'As Heald told The Huffington Post, US surface ozone has dropped …' is Heald's, and so is the quote after it", () => {
    const article = analyze(
      'Global warming threatens crops, study finds',
      'The scientists found reduction of crop yields by 2050 exceeded 10% of 2000 levels, substantially decreasing food security, in all cases examined. Several scenarios were considered because of uncertainty of future levels of ozone pollution. They estimated by 2050, increasing population and changing diet would increase world food needs by 50 percent. As coauthor Colette Heald told The Huffington Post, "The climate projections are quite consistent [...] the future of ozone pollution is very different [...] leading to either offsetting or reinforcing effects [of climate change] on crops". By 2050, undernourishment would increase by either 49 percent or by 27 percent, depending on the scenario.',
      'As Heald told The Huffington Post, US surface ozone has dropped partly due to the Clean Air Act. "Despite an increase in vehicle miles driven and energy consumption, surface ozone has declined by 25 percent on average across the U.S. from 1980 to 2012 [...] However, the future of ozone air quality in the U.S. and around the world will depend on local emissions, the use of pollution control technology, regulations, and air quality policy."',
    );
    expect(attribution(article, 'US surface ozone has dropped')).toMatchObject({ kind: 'reported', speaker: 'Colette Heald', cue: 'As Heald told' });
    expect(attribution(article, 'Despite an increase in vehicle miles')).toMatchObject({ kind: 'direct', speaker: 'Colette Heald' });
  });

  test("'As the storm approached, …' is no cue", () => {
    const article = analyze('Storm', 'As the storm approached, the roads along the coast were closed to traffic.');
    expect(article.paragraphs.flatMap((p) => p.quotes)).toEqual([]);
  });
});

describe('"…, as X claims <clause>": the verb reports the clause after it', () => {
  // wikinews-philippines-abs-cbn-shut-down-by-government-2020-05-06 (development half).
  test('"is still on air, as the network claims the cease and desist order did not cover …" reports what follows the verb', () => {
    const texts = quotesOf(
      analyze(
        'Headline',
        "The network's news channel, ABS-CBN News Channel, is still on air, as the network claims the cease and desist order did not cover their news channel's franchise.",
      ),
    )
      .filter((q) => q.kind === 'reported')
      .map((q) => q.text);
    expect(texts).toEqual(["the cease and desist order did not cover their news channel's franchise"]);
  });
});

describe('"…, as X and Y, <appositive>, stated [pt]": a joint subject set off before its verb', () => {
  // Global Voices 2012, gv-brazil-falha-countersues-folha-2012-05-07 (development half).
  test("the words before the comma are the two lawyers' statement, given to the first named", () => {
    const article = analyze(
      'Brazil: Falha de S.Paulo Countersues Folha',
      'The case is one of a kind, and it may put a mark on freedom of expression in Brazilian blogsphere, as Leopoldo Loureiro and Luís Borrelli Neto, the lawyers of Falha, stated [pt].',
    );
    expect(attribution(article, 'The case is one of a kind')).toMatchObject({
      kind: 'reported',
      speaker: 'Leopoldo Loureiro',
      cue: 'as Leopoldo Loureiro and Luís Borrelli Neto, the lawyers of Falha, stated',
    });
  });

  test('an "as" clause with commas but no speech verb after its subject is no cue', () => {
    expect(quotesOf(analyze('Storm', 'The roads were closed, as John Smith and Mary Jones, the owners of the inn, left town.'))).toEqual([]);
  });
});

// Global Voices, "Pakistan: Saadat Hasan Manto Lives On", 2012-05 (development half).
describe('"X, as Y says, …": an "as" clause set off after the subject', () => {
  test("'Manto, as Zahida Hina rightly says, was a visionary.' is Hina's reported speech", () => {
    const article = analyze(
      'Pakistan: Saadat Hasan Manto Lives On',
      'But is Manto relevant today? Yes! He definitely is relevant. Manto, as Zahida Hina rightly says, was a visionary.',
    );
    expect(attribution(article, 'was a visionary')).toMatchObject({ kind: 'reported', speaker: 'Zahida Hina', cue: 'as Zahida Hina rightly says' });
  });

  test("'She was sworn in on Saturday 7 April, as Malawi's Head of State …' reports nothing", () => {
    const article = analyze(
      "Malawi: Bloggers' Reactions to New President Joyce Banda",
      "She was sworn in on Saturday 7 April, as Malawi's Head of State and Government, becoming first female president in the country.",
    );
    expect(quotesOf(article)).toEqual([]);
  });
});

describe('"As explained by X, …": a passive "as" clause gives the rest of the sentence to its agent', () => {
  // wikinews-us-government-report-says-climate-change-is-human-made-2017-11-04 (development half, session 37).
  test('"As explained by co-author Katherine Hayhoe, the space over 100% indicates …" is Hayhoe\'s', () => {
    const article = analyze(
      'US government report says climate change is human-made',
      "The report clocks in at roughly 500 pages and places the human contribution to the increase in the Earth's temperature at 92–123% since 1950. As explained by co-author Katherine Hayhoe, the space over 100% indicates counteraction of forces that have a cooling effect, like sun-blocking dust kicked into the upper atmosphere by volcanoes.",
    );
    expect(attribution(article, 'the space over 100% indicates')).toMatchObject({
      kind: 'reported',
      speaker: 'Katherine Hayhoe',
      cue: 'As explained by co-author Katherine Hayhoe',
    });
  });

  // wikinews-us-scientists-prototype-autonomous-origami-robot-2014-08-08 (development half, session 37).
  test('"As described by MIT researchers, …" is reported, left unattributed: "MIT" alone did not say it', () => {
    const article = analyze(
      'US scientists prototype autonomous origami robot',
      'As described by MIT researchers, the initially flat sheet consists of five layers: copper wires in the middle, then two layers of paper (above and below), and two outer layers of shape memory polymer.',
    );
    expect(attribution(article, 'the initially flat sheet consists of five layers')).toMatchObject({
      kind: 'reported',
      speaker: null,
      cue: 'As described by MIT researchers',
    });
  });

  test('"As requested by the union, …" is the writer\'s account of a request met, no report', () => {
    // The shape of "As stated by General Raymond Odierno, the Army Chief of Staff, "…"" (usgov-army-counter-ied-enduring-
    // threat-2015-06-23), with a verb that gives no words.
    expect(quotesOf(analyze('Wages', 'As requested by the union, the company raised the wages of its drivers last month.'))).toEqual([]);
  });
});

// usgov-nasa-ames-heat-shields-emerging-space-companies-2024-03-07 (public domain), measured held out.
describe('an "as" clause whose subject a possessive owns', () => {
  test('"As the Smithsonian’s National Postal Museum explains, …" is the museum’s account', () => {
    const article = analyze(
      'NASA Ames Heat Shields Help Emerging Space Companies Take the Heat',
      'These and other projects NASA is enabling are born of 21st-century innovation, yet Hash sees similarities with the formation of commercial airlines in the 1920s.',
      'As the Smithsonian’s National Postal Museum explains, when Congress passed the Air Mail Act in 1925, it allowed the U.S. Postal Service to transport mail using commercial air carriers.',
    );
    expect(attribution(article, 'when Congress passed the Air Mail Act in 1925')).toMatchObject({ kind: 'reported', speaker: 'National Postal Museum' });
  });
});
