import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/andThat.ts: one cue reporting two "that" clauses, or two clauses joined by ", and", gives two reported quotes.

describe('"and that" clauses of one cue', () => {
  test('"X noted that A, and that B" is two reported quotes of X with the same cue', () => {
    const article = analyze(
      'Nobel call',
      'President Ana Ruiz returned the call. Ruiz noted that she was humbled by the prize, and that she saw it as a call to collective action.',
    );
    expect(attribution(article, 'she was humbled by the prize')).toMatchObject({ kind: 'reported', speaker: 'Ana Ruiz', cue: 'Ruiz noted that' });
    expect(attribution(article, 'she saw it as a call to collective action')).toMatchObject({
      kind: 'reported',
      speaker: 'Ana Ruiz',
      cue: 'Ruiz noted that',
    });
  });

  // wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26 (held-out gold of session 37, now dev).
  test('"said A and that "B"": A is reported alone, and the quotation after "and that" is a direct quote of the same speaker', () => {
    const article = analyze(
      'US Secretary of Defense Rumsfeld visits Brazil',
      'Journalists asked the Brazilian Vice-President José Alencar three if Brazil will declare the Revolutionary Armed Forces of Colombia (FARC) as a terrorist organization and if the government is worried about the FARC infiltration in Brazilian territory.',
      'Alencar said Brazil repudiates narcotrafficking and that "if the organization adopts crime as an instrument for raising resources, obviously it is something that must be combated."',
    );
    expect(quotesOf(article).find((q) => q.kind === 'reported' && q.text.startsWith('Brazil repudiates'))?.text).toBe('Brazil repudiates narcotrafficking');
    expect(attribution(article, 'Brazil repudiates narcotrafficking')).toMatchObject({ kind: 'reported', speaker: 'José Alencar' });
    expect(attribution(article, 'if the organization adopts crime')).toMatchObject({ kind: 'direct', speaker: 'José Alencar' });
  });

  // wikinews-us-judge-orders-release-trump-tax-records-2019-10-10 (development half; Wikinews, CC BY 2.5).
  test('"arguing that, as president, A, and that, by extension, B": an aside after each "that" still gives two quotes', () => {
    const article = analyze(
      "U.S. judge orders release of President Trump's tax records",
      'President Donald Trump sued to block the release. He sought such intervention to prevent Mazars from releasing his tax returns, arguing that, as president, he should be immune from prosecution, and that, by extension, his tax preparer, Mazars USA, could likewise be exempt from investigation.',
    );
    expect(attribution(article, 'as president, he should be immune from prosecution')).toMatchObject({ kind: 'reported', speaker: 'Donald Trump' });
    expect(attribution(article, 'by extension, his tax preparer')).toMatchObject({ kind: 'reported', speaker: 'Donald Trump' });
    expect(quotesOf(article).some((q) => q.text.includes('prosecution, and that'))).toBe(false);
  });

  // wikinews-power-plant-pollution-deaths-united-states-2019-11-23 (development half; Wikinews, CC BY 2.5).
  test('"reported that A; that B; and that C": each clause a semicolon parts is a quote of its own', () => {
    const article = analyze(
      'Researchers break down deaths due to power plant pollution in the United States',
      'In findings published Wednesday in Environmental Science and Technology, researchers from the University of Washington and Stanford University reported that premature deaths in the United States attributable to the pollution produced by power plants were disproportionately caused by coal; that race was a significant factor in who was affected; and that a substantial fraction of the deaths were from pollution crossing state lines.',
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts).toContain(
      'premature deaths in the United States attributable to the pollution produced by power plants were disproportionately caused by coal',
    );
    expect(texts).toContain('race was a significant factor in who was affected');
    expect(texts).toContain('a substantial fraction of the deaths were from pollution crossing state lines');
  });

  test('a demonstrative "and that was …" stays inside the one clause', () => {
    const article = analyze('Budget', 'Finance Minister Ana Ruiz said that the budget was late and that was a problem for every ministry.');
    expect(attribution(article, 'the budget was late and that was a problem for every ministry')).toMatchObject({
      kind: 'reported',
      speaker: 'Ana Ruiz',
    });
  });

  test('"X said A, and B" with a subject of its own in B is two reported quotes of X', () => {
    const article = analyze(
      'Bus hits bridge',
      'A spokesperson for Stagecoach South said their thoughts were with the children and their families, and they were carrying out an internal investigation.',
    );
    expect(attribution(article, 'their thoughts were with the children and their families')).toMatchObject({ kind: 'reported' });
    expect(quotesOf(article).map((q) => q.text)).toEqual([
      'their thoughts were with the children and their families',
      'they were carrying out an internal investigation',
    ]);
  });

  test('the clause after ", and" ends the first quote: "Zhukovskyy said he had over-corrected …, and he was not cited …"', () => {
    const article = analyze(
      'Driver pleads not guilty',
      'Acting via his lawyers, Volodoymyr Zhukovskyy, 23, pleaded not guilty on Tuesday to seven counts of negligent homicide in New Hampshire, United States.',
      'According to investigators, Zhukovskyy said he had over-corrected after being cut off by another driver, and he was not cited for the incident.',
    );
    expect(attribution(article, 'he had over-corrected after being cut off by another driver')).toMatchObject({
      kind: 'reported',
      speaker: 'Volodoymyr Zhukovskyy',
      cue: 'Zhukovskyy said',
    });
  });

  test('a list whose last item follows ", and" stays one quote', () => {
    const article = analyze(
      'NASA Rivers',
      'Hydrologist Ana Ruiz said the model tracks regions depleted by heavy water use, including the Colorado River basin in the United States, the Amazon basin in South America, and the Orange River basin in southern Africa.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual([
      'the model tracks regions depleted by heavy water use, including the Colorado River basin in the United States, the Amazon basin in South America, and the Orange River basin in southern Africa',
    ]);
  });

  // Wikinews (CC BY 2.5), development half.
  test('a comma that closes a partial quote before ", and" and a clause: the first quote keeps the quote and its mark', () => {
    const article = analyze(
      'Germany bans Mahan Air of Iran',
      'The airline is privately owned. German Chancellor Angela Merkel\'s spokesperson, Steffen Seibert, said it is possible "that this airline carries out transports to Germany that affect our security concerns," and the ban followed discussions within Europe and with the US.',
    );
    expect(attribution(article, 'it is possible "that this airline')).toMatchObject({ kind: 'reported', speaker: 'Steffen Seibert' });
    expect(attribution(article, 'the ban followed discussions within Europe and with the US')).toMatchObject({
      kind: 'reported',
      speaker: 'Steffen Seibert',
    });
  });

  // A fresh Wikinews page (Brazilian air crash, October 2006), measured held out.
  test('"and that" after a report inside the content goes on from that report: the pilots told police both clauses, not the agency', () => {
    const article = analyze(
      'Rescue workers search wreckage of Brazilian air crash',
      'Agência Estado reports the Legacy pilot Joseph Lepore and co-pilot Jan Palladino told police in Mato Grosso that they had authorisation from Brasília to fly at 37,000 feet and that the anti-collision equipment never sounded a warning.',
    );
    expect(attribution(article, 'the anti-collision equipment never sounded a warning').speaker).not.toBe('Agência Estado');
  });
});
