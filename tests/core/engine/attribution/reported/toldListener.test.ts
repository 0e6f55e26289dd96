import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/toldListener.ts: where the listener of "told" ends when no "that" follows. Sentences from English Wikinews
// articles of 2019 (CC BY 2.5), in neither half of tests/fixtures/real.

const reportedTexts = (article: ReturnType<typeof analyze>): Array<string> =>
  quotesOf(article)
    .filter((q) => q.kind === 'reported')
    .map((q) => q.text);

describe('the listener of "told"', () => {
  test('"told the press the new drugs …": the content keeps its first word', () => {
    const article = analyze(
      'Scientists report two lifesaving treatments for Ebola',
      'Mike Ryan of the World Health Organization (WHO) told the press the new drugs were only part of the solution.',
    );
    expect(attribution(article, 'the new drugs were only part of the solution')).toMatchObject({ kind: 'reported', speaker: 'Mike Ryan' });
  });

  // Wikinews, "Gdańsk mayor stabbed on stage" (2019, CC BY 2.5), development half.
  test('"told local media Adamowicz\'s heart was restarted …": the press with no determiner is the listener', () => {
    const article = analyze(
      'Gdańsk mayor stabbed on stage',
      'Polish President Andrzej Duda condemned the attack. Duda told local media Adamowicz\'s heart was restarted by doctors "and there is hope, but his condition is very difficult."',
    );
    expect(reportedTexts(article)).toContain('Adamowicz\'s heart was restarted by doctors "and there is hope, but his condition is very difficult."');
    expect(attribution(article, "Adamowicz's heart was restarted")).toMatchObject({ kind: 'reported', speaker: 'Andrzej Duda' });
  });

  // Wikinews (CC BY 2.5), development half.
  test('"told our correspondent an AIS transponder will …": a possessive listener ends before the content', () => {
    const article = analyze(
      'Wikinews investigates disappearance of cargo ship',
      'Doug Miller, a lecturer at the University of Southampton, told our correspondent an AIS transponder will broadcast automatically provided it has power and antenna.',
    );
    expect(attribution(article, 'an AIS transponder will broadcast')).toMatchObject({ kind: 'reported', speaker: 'Doug Miller' });
  });

  // Wikinews (CC BY 2.5), development half.
  test('"…, who told it this was …, and noted no ransom has been sought …": "it" is a listener, and a clause may open with "no"', () => {
    const article = analyze(
      'Wikinews investigates disappearance of cargo ship',
      'Yesterday the Search and Rescue Agency told The Jakarta Post it was intending to end its search on the basis of piracy, which is outside its remit; the paper also spoke to the Navy, who told it this was as-yet uncomfirmed and noted no ransom has been sought and the ship vanished from an area without previous piracy problems.',
    );
    expect(attribution(article, 'this was as-yet uncomfirmed')).toMatchObject({ kind: 'reported', speaker: 'Navy' });
    expect(attribution(article, 'no ransom has been sought')).toMatchObject({ kind: 'reported', speaker: 'Navy' });
  });

  // voa-zimbabwe-union-officials-dismiss-police-account-2006-10-04 (development half; Voice of America, public domain).
  test('"told reporter X of VOA\'s Studio 7 for Zimbabwe the police investigation …": the outlet ends the listener', () => {
    const article = analyze(
      'Zimbabwe Union Officials Dismiss Police Account of Injuries',
      'Congress of Trade Unions Vice President Lucia Matibenga was among those injured.',
      "Matibenga told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe the police investigation merely tried to cover up brutality against the prisoners.",
    );
    expect(attribution(article, 'the police investigation merely tried to cover up brutality against the prisoners')).toMatchObject({
      kind: 'reported',
      speaker: 'Lucia Matibenga',
    });
    // No clause after the outlet: nothing reported.
    expect(reportedTexts(analyze('Headline', "Lucia Matibenga told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe about the strike."))).toEqual([]);
  });

  test('"told the press a …" and "told the press his …" start the content at the article or the possessive', () => {
    const article = analyze(
      'Samoan government shuts down for measles vaccination',
      'USCG Captain Monica Rochester told the press a nearly 24-hour search mission had discovered no further signs in the water.',
      'Prime Minister Tuilaepa told the press his nephew needed a dose.',
    );
    expect(reportedTexts(article)).toEqual(
      expect.arrayContaining(['a nearly 24-hour search mission had discovered no further signs in the water', 'his nephew needed a dose']),
    );
  });

  test('"told reporters today …": the time word is no part of the content', () => {
    const article = analyze(
      'Arrest made as mayor of Gdańsk stabbed',
      'Prosecutor Krzysztof Sierak told reporters today psychiatric assessments will be carried out to confirm if Stefan W is fit for trial.',
    );
    expect(attribution(article, 'psychiatric assessments will be carried out')).toMatchObject({ kind: 'reported', speaker: 'Krzysztof Sierak' });
  });

  test('a listener that runs to the sentence’s end is no reported content: "told French news channel BFM TV."', () => {
    const article = analyze(
      'French inventor Franky Zapata crosses the English Channel',
      'French inventor Franky Zapata crossed the English Channel on a jet-powered hoverboard on Sunday.',
      '"Once I managed to stick my heels into the boat, I knew I had done 90% of the work," Zapata told French news channel BFM TV.',
    );
    expect(reportedTexts(article)).toEqual([]);
    expect(attribution(article, 'Once I managed to stick my heels')).toMatchObject({ kind: 'direct', speaker: 'Franky Zapata' });
  });

  test('a quotation after the listener and when it was said is direct, with no reported part', () => {
    const article = analyze(
      'Earthquakes shake Puerto Rico',
      'John Geiger of USGS told the press last week, "The past several weeks we\'ve had hundreds of small earthquakes in the same region."',
      'She told a guard at the door, in French and English, "they raped me".',
    );
    expect(reportedTexts(article)).toEqual([]);
    expect(attribution(article, 'The past several weeks')).toMatchObject({ kind: 'direct', speaker: 'John Geiger' });
  });

  test('a phrase after the listener that runs to "that" is skipped: "told reporter X of VOA’s Studio 7 that …"', () => {
    const article = analyze(
      'Zimbabwe police shut Harare residents association',
      "Precious Shumba told reporter Patience Rusere of VOA's Studio 7 for Zimbabwe that security officials warned of further trouble.",
    );
    expect(attribution(article, 'security officials warned of further trouble')).toMatchObject({ kind: 'reported', speaker: 'Precious Shumba' });
  });

  // wikinews-elijah-cummings-dies-2019-10-18 (development half).
  test("a name right before a quotation that opens in lower case is the clause's subject, not the listener's last word", () => {
    const article = analyze(
      'US Congressman Elijah Cummings dies aged 68',
      'Politicians from across the political spectrum publicly mourned Cummings\'s death. Democrat Chuck Schumer, the Senate minority leader, told MSNBC Cummings "was a great man," while Republican President Trump noted his "strength, passion and wisdom" on Twitter.',
    );
    expect(attribution(article, 'Cummings "was a great man,"')).toMatchObject({ kind: 'reported', speaker: 'Chuck Schumer' });
    expect(attribution(article, 'was a great man,')).toMatchObject({ kind: 'direct', speaker: 'Chuck Schumer' });
  });
});

// voa-zimbabwe-farmers-union-violence-flares-2010-06-09 (Voice of America, public domain, development half).
test('"told VOA Studio 7 reporter Ntungamili Nkomo that …": a number in the listener\'s name does not end the listener', () => {
  const article = analyze(
    'Zimbabwe Farmers Union Says Violence Flares on Few Remaining White Properties',
    "Commercial Farmers Union chief executive Henrick Olivier told VOA Studio 7 reporter Ntungamili Nkomo that there is utter chaos on the farms. Fewer than 200 remain in white hands from some 4,000 before President Robert Mugabe launched the country's chaotic and often violent land reform process in 2000.",
  );
  expect(attribution(article, 'there is utter chaos on the farms')).toMatchObject({
    kind: 'reported',
    speaker: 'Henrick Olivier',
    cue: 'Henrick Olivier told VOA Studio 7 reporter Ntungamili Nkomo that',
  });
});

// Wikinews, On the campaign trail in the USA, May 2020 (fresh text).
test('"told African American radio host Charlamagne tha God "…"": the listener\'s role and name are no reported words', () => {
  const article = analyze(
    'On the campaign trail in the USA, May 2020',
    'More consequential, he told African American radio host Charlamagne tha God "if you have a problem figuring out whether you’re for me or Trump, then you ain’t black."',
  );
  expect(reportedTexts(article)).toEqual([]);
  expect(quotesOf(article).some((q) => q.kind === 'direct' && q.text.startsWith('if you have a problem'))).toBe(true);
});

// wikinews-aretha-franklin-queen-of-soul-dies-2018-08-16 (development half).
test('an outlet\'s kind and a year after the listener: "She told Vogue magazine in 2015 she didn\'t record …" reports from "she"', () => {
  const article = analyze(
    'Aretha Franklin, Queen of Soul, dies',
    'Aretha Franklin was a singer.',
    "She told Vogue magazine in 2015 she didn't record Respect for a political movement; \"Not just me or the civil rights movement or women — it's important to people. And I was asked what recording of mine I'd put in a time capsule, and it was Respect. Because people want respect — even small children, even babies. As people, we deserve respect from one another.\"",
  );
  expect(reportedTexts(article)).toContain("she didn't record Respect for a political movement");
});

// Wikinews (CC BY 2.5): "Ban Ki-moon expresses concern about crises in Chad, Kenya and Sudan", 2008-02-07 (a fresh page
// of session 49).
describe('people told by a plural role noun with no determiner', () => {
  test('"told political leaders during his visit there that …" reports what follows "that"', () => {
    const article = analyze(
      'Ban Ki-moon expresses concern about crises',
      'Ban told political leaders during his visit there that they bear particular responsibility for the future of Kenya.',
    );
    expect(attribution(article, 'they bear particular responsibility for the future of Kenya')).toMatchObject({ kind: 'reported', speaker: 'Ban Ki-moon' });
  });
});

// Development-half sentences: wikinews-bill-cosby-lawyers-accuse-prosecutors-racial-bias-jury-selection-2017-05-22,
// wikinews-trump-says-comey-fired-over-russia-investigation-showboating-2017-05-13, wikinews-malaysia-arrests-fourth-
// suspect-kim-jong-nam-2017-02-16, voa-venezuela-machado-denies-plot-2014-12-04 (English Wikinews, CC BY 2.5; VOA, public domain).
describe('listeners read whole before a clause with no "that"', () => {
  test('"told Cosby\'s lawyers he would entertain …": a named owner\'s people are the listener', () => {
    const article = analyze(
      'Bill Cosby lawyers accuse prosecutors of racial bias',
      "Judge Steven O'Neill decided to accept the prosecution's explanation but told Cosby's lawyers he would entertain their accusations of racial bias if they came back with statistical evidence.",
    );
    expect(reportedTexts(article)).toContain('he would entertain their accusations of racial bias if they came back with statistical evidence');
  });

  test('"told news outlets this was not true": the news outlets are the listener', () => {
    const article = analyze(
      'Trump says Comey fired',
      'While some sources have said Comey requested more resources, one of his associates told news outlets this was not true and the investigation had no shortage of resources.',
    );
    expect(reportedTexts(article)).toContain('this was not true and the investigation had no shortage of resources');
  });

  test('"once told Japanese writer Yoji Gomi he did not believe …": nationality, role and name are the listener', () => {
    const article = analyze(
      'Malaysia arrests fourth suspect',
      'Kim Jong Nam once told Japanese writer Yoji Gomi he did not believe Kim Jong Un would be a good leader.',
    );
    expect(attribution(article, 'he did not believe Kim Jong Un would be a good leader')).toMatchObject({ kind: 'reported', speaker: 'Kim Jong Nam' });
  });

  test('"told her she would be charged …": "her" is the listener, "she" opens the clause', () => {
    const article = analyze('Machado denies plot', 'Maria Corina Machado met with John Brown, who told her she would be charged with conspiracy.');
    expect(reportedTexts(article)).toContain('she would be charged with conspiracy');
  });

  test('"told her lawyers the plan was dead" keeps "her lawyers" as the listener; "told Smith\'s story to the court" reports nothing', () => {
    expect(reportedTexts(analyze('Court', 'Jane Smith told her lawyers the plan was dead.'))).toEqual(['the plan was dead']);
    expect(reportedTexts(analyze('Court', "John Brown told Smith's story to the court."))).toEqual([]);
  });

  // usgov-nasa-conversations-jennifer-krottinger-2024-03-04 (public domain).
  test('"told everyone at the weekly staff meeting that …" reports what everyone was told', () => {
    const article = analyze(
      'Conversations With Goddard',
      'Gavin Schmidt is the director of the institute.',
      'For example, during the pandemic, when there was civil unrest across the country, Gavin told everyone at the weekly staff meeting that it was OK not to be OK, normalizing the taboo.',
    );
    expect(attribution(article, 'it was OK not to be OK')).toMatchObject({ kind: 'reported', speaker: 'Gavin Schmidt' });
  });
});
