import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/characterisingCue.ts: `X referred to Y as "…"`, `X denounced Y as a "…"`, `X labeled Y "…"` — a speaker's own
// words for something, quoted by the writer. Sentences from fresh Wikinews text (2019–2020), not in the corpus.

const texts = (article: ReturnType<typeof analyze>) => quotesOf(article).map((q) => q.text);

describe('characterising cue', () => {
  test("'Boeing referred to the 707 involved as a “cargo plane”' is Boeing's", () => {
    const article = analyze(
      'Iranian cargo plane crashes into Karaj houses',
      'Wikinews contacted Boeing in an effort to establish the plane\'s initial configuration. Boeing referred to the 707 involved as a "cargo plane".',
    );
    expect(attribution(article, 'cargo plane')).toMatchObject({ kind: 'direct', speaker: 'Boeing', cue: 'Boeing referred to' });
  });

  test("'…, who denounced the claims as a “national embarrassment”' is the person 'who' stands for", () => {
    const article = analyze(
      'US federal agency announces plans to begin presidential transition',
      'Other Republicans have urged him to move forward with the transition, such as former New Jersey governor Chris Christie, who denounced the Trump legal team\'s claims as a "national embarrassment".',
    );
    expect(attribution(article, 'national embarrassment')).toMatchObject({ kind: 'direct', speaker: 'Chris Christie' });
  });

  test("'Trump labeled the report as “fake news”' and '… attacked the investigation as “…”' are Trump's", () => {
    const article = analyze(
      'On the campaign trail in the USA',
      'President Donald Trump spoke on Tuesday.',
      'Trump labeled the report as "fake news" and said he would release his tax returns once he was no longer under audit.',
      'Trump, responding to the announcement via Twitter, attacked the impeachment investigation as "Witch Hunt garbage."',
    );
    expect(attribution(article, 'fake news')).toMatchObject({ kind: 'direct', speaker: 'Donald Trump', cue: 'Trump labeled' });
    expect(attribution(article, 'Witch Hunt garbage.')).toMatchObject({ kind: 'direct', speaker: 'Donald Trump' });
  });

  test('a passive names nobody who says the words: "is referred to as “Super Tuesday”" is no quote', () => {
    const article = analyze(
      'Joe Biden wins South Carolina primary',
      'Tomorrow, a Tuesday, is referred to as "Super Tuesday" in the context of US presidential elections.',
      'Van Biljon, reportedly often referred to as "The Lion Man", had been in the lions\' area.',
    );
    expect(texts(article)).not.toContain('Super Tuesday');
    expect(texts(article)).not.toContain('The Lion Man');
  });

  test('a bare surname two people share leaves the quote found but unattributed, not given to the wrong Biden', () => {
    const article = analyze(
      'On the campaign trail in the USA, October 2020',
      "Former vice president Joe Biden campaigned in Pennsylvania. Emails from Hunter Biden's laptop were published.",
      'At one Biden rally in Pennsylvania, Trump supporters audibly chanted slogans nearby. Biden referred to the people as "chumps."',
    );
    // The surname is no one's mention any more (registry.ts), so the cue is the verb alone.
    expect(attribution(article, 'chumps.')).toMatchObject({ kind: 'direct', speaker: null, resolution: 'unattributed', cue: 'referred to' });
  });

  test('a bare surname the writer has already given one of its bearers, twice and the other never, is theirs', () => {
    // Wikinews, "On the campaign trail in the USA, October 2020" (CC BY 2.5): Hunter Biden is named in full, Joe Biden
    // is "Biden" throughout.
    const article = analyze(
      'On the campaign trail in the USA, October 2020',
      'Polls at the start of the final full month on the campaign trail showed Democratic Party presidential nominee Joe Biden leading President Donald Trump.',
      'In its place, Biden scheduled a town hall to air on ABC. Biden said voters "don\'t deserve" to know his position.',
      "Just before the final presidential debate, Hunter Biden's former business partner Tony Bobulinski held a press conference.",
      'Biden limited campaigning but still made stops in Pennsylvania. Biden referred to the people as "chumps."',
    );
    expect(attribution(article, 'chumps.')).toMatchObject({ kind: 'direct', speaker: 'Joe Biden', cue: 'Biden referred to' });
  });

  // The sieve reads the registry's one rule for a shared surname (entities/registry.ts): the bare surname is the one
  // bearer the text settled it on. Before, the sieve had its own stricter rule (two bare calls before, the others none),
  // and these were left unattributed. Wikinews, "On the campaign trail in the USA, October 2020" (CC BY 2.5).
  test('a bare surname the writer gave one bearer before the namesake came in is theirs', () => {
    const article = analyze(
      'On the campaign trail in the USA, October 2020',
      'Polls at the start of the final full month on the campaign trail showed Democratic Party presidential nominee Joe Biden leading President Donald Trump.',
      'In its place, Biden scheduled a town hall to air on ABC.',
      "Just before the final presidential debate, Hunter Biden's former business partner Tony Bobulinski held a press conference.",
      'At another in Minnesota, Biden referred to hecklers as "ugly folks."',
    );
    expect(attribution(article, 'ugly folks.')).toMatchObject({ kind: 'direct', speaker: 'Joe Biden', cue: 'Biden referred to' });
  });

  // Wikinews, "House subpoenas Pompeo as Ukraine envoy resigns", September 2019, then "On the campaign trail in the USA,
  // October 2020" (both CC BY 2.5): the one of two namesakes the text made a parent takes the bare surname.
  test('a bare surname after "Joe Biden and his son, Hunter Biden" is the parent\'s', () => {
    const article = analyze(
      'On the campaign trail in the USA',
      'In it, Trump asks Zelensky to investigate Joe Biden and his son, Hunter Biden.',
      'Biden limited campaigning but still made stops in Pennsylvania. Biden referred to the people as "chumps."',
    );
    expect(attribution(article, 'chumps.')).toMatchObject({ kind: 'direct', speaker: 'Joe Biden', cue: 'Biden referred to' });
  });

  test('a body named in the cue ("the Australian government refers to as") speaks, not the one named before it', () => {
    const article = analyze(
      'Content syndication in government',
      'COPE is a content system. It helps create what the Australian government refers to as a “single source of truth” for agencies.',
    );
    expect(attribution(article, 'single source of truth')).toMatchObject({ kind: 'direct', speaker: 'Australian government' });
  });
  test("'Trump lauded Cain as a “powerful voice of freedom.”' is Trump's; 'Slack offers “channels”' is no quote", () => {
    const article = analyze(
      'On the campaign trail in the USA, July 2020',
      'President Donald Trump spoke about Herman Cain on Thursday.',
      'Trump lauded Cain as a "powerful voice of freedom." Instead of locking team conversations in emails, Slack offers “channels” where group members can share information.',
    );
    expect(attribution(article, 'powerful voice of freedom.')).toMatchObject({ kind: 'direct', speaker: 'Donald Trump', cue: 'Trump lauded' });
    expect(texts(article)).not.toContain('channels');
  });
});

// Wikinews 2019 (CC BY 2.5), development half of the corpus.
test('"Khosla talked of Munk\'s “…” and “…”" is Khosla\'s words (wikinews-oceanographer-walter-munk-dies)', () => {
  const article = analyze(
    'Oceanographer Walter Munk dies aged 100',
    '"Walter was the most brilliant scientist I have ever known," said University of California, San Diego\'s chancellor, Pradeep Khosla. Khosla talked of Munk\'s "countless discoveries that put the university on the map as a great research institution" and "his global leadership on the great scientific issues of our time."',
  );
  expect(attribution(article, 'countless discoveries')).toMatchObject({ kind: 'direct', speaker: 'Pradeep Khosla', cue: 'Khosla talked of' });
  expect(attribution(article, 'his global leadership')).toMatchObject({ kind: 'direct', speaker: 'Pradeep Khosla' });
});
