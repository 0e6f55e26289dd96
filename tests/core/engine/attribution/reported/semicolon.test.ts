import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from '../helpers';

// reported/semicolon.ts: reported content ends at a semicolon that joins the writer's next clause.

const reportedTexts = (...paragraphs: Array<string>) =>
  quotesOf(analyze('Headline', ...paragraphs))
    .filter((q) => q.kind === 'reported')
    .map((q) => q.text);

describe('a semicolon after reported content', () => {
  // Wikinews, 2019–2020 (CC BY 2.5), fresh text.
  test('the writer’s clause after the semicolon is not the speaker’s', () => {
    expect(
      reportedTexts('The Baltimore Sun reported Cummings had been sick and was missing from Capitol Hill; his last roll call vote was on September 11.'),
    ).toEqual(['Cummings had been sick and was missing from Capitol Hill']);
    expect(reportedTexts('Officials said three people died; their identities were not provided.')).toEqual(['three people died']);
  });

  // digital.gov (public domain), fresh text.
  test('a pronoun after the semicolon goes on with the speaker’s point', () => {
    expect(
      reportedTexts(
        'Victoria Taylor, director of communications at reddit, said the point of posting to reddit is not to have content go viral; it is to build credibility.',
      ),
    ).toEqual(['the point of posting to reddit is not to have content go viral; it is to build credibility']);
  });

  // wikinews-magnitogorsk-apartment-building-collapse-2019-01-04 (development half).
  test('"reports describe …" after the semicolon is other sources speaking, not the speaker', () => {
    expect(
      reportedTexts("The FSB denies the two explosions are related; reports describe speculation the disaster's cause was not in fact a gas leak."),
    ).toContain('the two explosions are related');
  });
});

// wikinews-aretha-franklin-queen-of-soul-dies-2018-08-16 (development half).
test('a quotation after the semicolon is a direct quote of its own: the reported words end before it', () => {
  expect(
    reportedTexts(
      'Aretha Franklin was a singer.',
      "She told Vogue magazine in 2015 she didn't record Respect for a political movement; \"Not just me or the civil rights movement or women — it's important to people. And I was asked what recording of mine I'd put in a time capsule, and it was Respect. Because people want respect — even small children, even babies. As people, we deserve respect from one another.\"",
    ),
  ).toContain("she didn't record Respect for a political movement");
});

describe('another source after a semicolon', () => {
  // English Wikinews, 2019 (CC BY 2.5), development half.
  test("'Phivolcs reported …; United States Geological Survey (USGS) reported 5.8' ends Phivolcs' words at the semicolon", () => {
    const texts = reportedTexts(
      "According to the Philippine Institute of Volcanology and Seismology (Phivolcs), the epicenter was located roughly nine kilometers (about six miles) east of Carrascal, 73 km (45 miles) north of Tandag City, the capital of Surigao del Sur. Phivolcs reported the earthquake's magnitude was 5.5; United States Geological Survey (USGS) reported 5.8.",
    );
    expect(texts).toContain("the earthquake's magnitude was 5.5");
  });

  // English Wikinews, 2020 (CC BY 2.5), development half.
  test("'…; his death, they reported, was …' ends the officials' first clause and reports the second with its own cue", () => {
    const article = analyze(
      'First foreigners die of coronavirus in Wuhan',
      'Japanese officials said the Japanese man showed symptoms similar to the coronavirus infection and was suspected to have it; his death, they reported, was officially described as viral pneumonia.',
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts).toContain('the Japanese man showed symptoms similar to the coronavirus infection and was suspected to have it');
    expect(texts).toContain('was officially described as viral pneumonia');
  });
});

// wikinews-zelensky-rejects-honcharuk-resignation-2020-01-18 (development half).
test('"…; however, "…", he added": the quotation after the connector is a direct quote of its own, not reported content', () => {
  expect(
    reportedTexts(
      'Honcharuk filed his resignation after the audio recording was uploaded Wednesday on an anynomous YouTube channel. He said Zelensky is "a model of honesty for me"; however, "to remove any doubts about our respect and trust in the president, I wrote a resignation offer", he added.',
    ),
  ).toEqual(['Zelensky is "a model of honesty for me"']);
});

// wikinews-wikileaks-cable-disclosure-arab-fears-iranian-ambitions-2010-11-29 (development half, blind gold of session 46).
test('"…; this being considered …": the writer\'s absolute phrase after the semicolon is no part of what was stressed', () => {
  expect(
    reportedTexts(
      'Whilst keen to weaken Iranian ties with China, Sheikh Abdullah stressed the US$50 billion in trade between the two; this being considered an obstacle to China backing, and enforcing, a stronger sanctions regime.',
    ),
  ).toEqual(['the US$50 billion in trade between the two']);
});

describe('a plural present set into the clause after a semicolon', () => {
  test('"…; many positions, they say, are filled with military figures" ends the analysts\' first clause (wikinews-egypt-army-will-not-use-force-mubarak-cabinet-2011-01-29)', () => {
    const texts = reportedTexts(
      'Analysts have, however, suggested little had changed within the government; many positions, they say, are filled with military figures.',
    );
    expect(texts).toContain('little had changed within the government');
    expect(texts).toContain('are filled with military figures');
  });
});
