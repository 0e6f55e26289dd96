import { describe, expect, test } from 'vitest';
import { mentionSubject } from '../../../../src/core/engine/attribution/mentionSubject';
import { analyze, attribution } from './helpers';
import { walkedTo } from './walkedTo';

// mentionSubject.ts: the speaker a mention of an entity opens, read from the mention's first word. Sentences from the
// development half of tests/fixtures/real.

/** The speaker the mention opening at `word` of the article's last paragraph opens: its name, its words, its resolution. */
function opened(word: string, headline: string, ...paragraphs: Array<string>) {
  const block = paragraphs.length;
  const { walk, texts } = walkedTo(block, headline, ...paragraphs);
  const text = texts[block] ?? '';
  const mention = walk.mentions.inBlock(block).find((m) => m.start === text.indexOf(word));
  if (!mention) throw new Error(`no mention at "${word}"`);
  const sources = { mentions: walk.mentions, unnamedSource: () => null, describe: () => null, titled: () => mention.entity };
  const subject = mentionSubject(text, block, mention, mention.entity, sources);
  return {
    type: mention.entity.type,
    speaker: subject.entity?.name ?? null,
    words: text.slice(subject.ref.start, subject.ref.end),
    resolution: subject.resolution,
  };
}

describe('an organisation’s mention that title words lead on from', () => {
  // usgov-doj-usao-idaho-drug-distribution-cases-2024-08-07.
  test('"said Nampa Police Chief Joe Huff" is the chief, not the police department', () => {
    expect(
      opened(
        'Nampa',
        'Idaho drug distribution cases',
        '“I’m proud of the teamwork that went into this investigation to put a career criminal behind bars,” said Nampa Police Chief Joe Huff.',
      ),
    ).toEqual({ type: 'organization', speaker: 'Joe Huff', words: 'Nampa Police Chief Joe Huff', resolution: 'name' });
  });

  // usgov-nasa-global-accounting-earths-rivers-2024-04-26.
  test('"said JPL’s Cédric David" is the scientist, not the laboratory', () => {
    expect(
      opened(
        'JPL',
        'Global accounting of Earth’s rivers',
        'Although researchers have made numerous estimates over the years of how much water flows from rivers into the ocean, estimates of the volume of water rivers collectively hold — known as storage — have been few and more uncertain, said JPL’s Cédric David, a co-author of the study.',
      ),
    ).toEqual({ type: 'organization', speaker: 'Cédric David', words: 'JPL’s Cédric David', resolution: 'name' });
  });
});

describe('a mention that speaks for itself', () => {
  // wikinews-north-korea-quasi-state-of-war-2015-08-21 (as subjects.test.ts quotes it).
  test('a country that says something speaks as itself: "South Korea says the broadcasts will continue"', () => {
    expect(
      opened(
        'South Korea says',
        "North Korea puts military in 'quasi-state of war'",
        'South Korea had recently started to broadcast propaganda from loudspeakers after an 11-year lull. The broadcasts began on August 10 and South Korea says the broadcasts will continue.',
      ),
    ).toEqual({ type: 'place', speaker: 'South Korea', words: 'South Korea', resolution: 'name' });
  });

  // wikinews-trump-may-declare-state-of-emergency-border-wall-2019-01-07.
  test('a person’s name is that person: "Chuck Schumer, said on Friday"', () => {
    expect(
      opened(
        'Chuck Schumer',
        'Trump may declare state of emergency',
        'The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea to the president once again: don\'t hold hundreds of thousands of federal workers hostage" and "So we told the president we needed the government open. He resisted."',
      ),
    ).toEqual({ type: 'person', speaker: 'Chuck Schumer', words: 'Chuck Schumer', resolution: 'name' });
  });
});

// Fresh Wikinews pages (CC BY 2.5), not in the corpus: "On the campaign trail in the USA", July and September 2020.
describe('a person’s name before "campaign" or "administration": the body speaks, not the person', () => {
  const july =
    'President Trump sent Department of Homeland Security officers to protect federal buildings in Portland.  Biden criticized the move, arguing Trump was "sow[ing] chaos and division" and "mak[ing] matters worse."  The Trump campaign accused Biden of "siding with criminals." Trump maintained the campaign theme of law and order.';

  test('"The Trump campaign accused Biden of "siding with criminals."" is the Trump campaign’s', () => {
    const article = analyze('On the campaign trail in the USA, July 2020', july);
    expect(attribution(article, 'siding with criminals.')).toMatchObject({ kind: 'direct', speaker: 'Trump campaign' });
    expect(attribution(article, 'Biden of "siding')).toMatchObject({ kind: 'reported', speaker: 'Trump campaign' });
    expect(attribution(article, 'mak[ing] matters worse.')).toMatchObject({ speaker: 'Biden' });
  });

  test('"The Biden campaign recycled a statement it first put out in July: "…"" is the Biden campaign’s', () => {
    const article = analyze(
      'On the campaign trail in the USA, September 2020',
      'Joe Biden and President Donald Trump met in their first debate. Republican Senator Mitt Romney, a sometime Trump critic, described Trump\'s potential unwillingness as "unthinkable and unacceptable." The Biden campaign recycled a statement it first put out in July:  "The American people will decide this election. And the United States government is perfectly capable of escorting trespassers out of the White House."',
    );
    expect(attribution(article, 'The American people will decide')).toMatchObject({ kind: 'direct', speaker: 'Biden campaign' });
  });

  test('"Biden campaign officials expressed concern" stays the officials’, who are not named', () => {
    const article = analyze(
      'On the campaign trail in the USA, September 2020',
      'Joe Biden visited Florida. As Kamala Harris visited the state and focused more on the African American constituency, Biden campaign officials expressed concern about Latino support.',
    );
    expect(attribution(article, 'concern about Latino support')).toMatchObject({ speaker: null });
  });
});

describe("a body an organisation's name and an organisation noun describe", () => {
  // voa-somali-refugees-thousand-a-day-kenya-2006-10-06 (development half; VOA, public domain).
  test('"The UN refugee agency reports a dramatic increase …" is the agency\'s, not the UN\'s', () => {
    const article = analyze(
      'One Thousand Somali Refugees a Day Crossing into Kenya',
      'The UN refugee agency reports a dramatic increase this week in the number of Somali refugees entering Kenya.',
    );
    expect(attribution(article, 'a dramatic increase this week')).toMatchObject({ kind: 'reported', speaker: 'UN refugee agency' });
  });

  test('words that describe a name after them leave the name the speaker: "Google parent company Alphabet said …"', () => {
    const article = analyze('Deal news', 'Google parent company Alphabet said the deal would close next year.');
    expect(attribution(article, 'the deal would close next year')).toMatchObject({ kind: 'reported', speaker: 'Alphabet' });
  });
});

// wikinews-more-suspected-plane-debris-washes-ashore-maldives-2015-08-13 (development half): the gold names the ministry as
// written when the text names it no other way, as it names "the transport ministry" (describedOrganizations.ts).
describe("a country's possessive before one of its ministries", () => {
  const lead = 'MH370, while flying from Kuala Lumpur, Malaysia to Beijing, China, vanished on March 8, 2014.';
  const quote =
    '"Based on the monitoring up to date, no indication of Flight MH370 has been observed on any military radars in the country [Maldives]. Furthermore, the data of radars at Maldives airports have also been analysed and shows no indication of the said flight," said Malaysia\'s transport ministry at the time of the reports.';

  test('"…," said Malaysia\'s transport ministry: the ministry speaks, named as written, not the country', () => {
    const article = analyze('More suspected plane debris washes ashore in Maldives', lead, quote);
    expect(attribution(article, 'Based on the monitoring up to date')).toMatchObject({
      speaker: "Malaysia's transport ministry",
      speakerRef: "Malaysia's transport ministry",
    });
  });

  // The same sentence with the ministry's minister: a person the text does not name speaks, never the country.
  test('"…," said Malaysia\'s transport minister: the minister, unnamed, speaks, and the quote stays unattributed', () => {
    const article = analyze('More suspected plane debris washes ashore in Maldives', lead, quote.replace('transport ministry', 'transport minister'));
    expect(attribution(article, 'Based on the monitoring up to date')).toMatchObject({ speaker: null });
  });

  // wikinews-china-un-rebuke-north-korea-rocket-launch-2012-04-14 and wikinews-malaysia-airlines-flight-17-shot-down-eastern-
  // ukraine-2014-07-18 (development half): the same ministry as the subject before its verb (subjectEndingAt.ts).
  test('"China\'s foreign ministry released a statement …: “…”" is the ministry\'s', () => {
    const article = analyze(
      'China and UN rebuke North Korea over rocket launch',
      'China\'s foreign ministry released a statement Wednesday that urged a return to talks: "We believe that maintaining peace and stability on the Korean peninsula is in the interest of all parties ... Dialogue and negotiation is the only correct way out."',
    );
    expect(attribution(article, 'We believe that maintaining peace')).toMatchObject({ speaker: "China's foreign ministry", resolution: 'name' });
  });

  test('"Russia\'s defense ministry has denied involvement, posting a statement …" is the ministry\'s', () => {
    const article = analyze(
      'Malaysia Airlines Flight 17 shot down in eastern Ukraine',
      'Meanwhile, Russia\'s defense ministry has denied involvement, posting a statement on their website which read, "In view of various types of speculation concerning operations of the Russian armed forces in the areas bordering Ukraine, we affirm that the anti-aircraft means of the Russian armed forces have not been used."',
    );
    expect(attribution(article, 'In view of various types')).toMatchObject({ speaker: "Russia's defense ministry" });
  });

  test('"China\'s foreign minister said: “…”": a minister is no body named so', () => {
    const article = analyze(
      'China and UN rebuke North Korea over rocket launch',
      'China\'s foreign minister said on Wednesday: "We believe that maintaining peace and stability on the Korean peninsula is in the interest of all parties."',
    );
    expect(attribution(article, 'We believe that maintaining peace').speaker).not.toBe("China's foreign minister");
  });

  test('"…," said Malaysia\'s transport minister: a minister is a person, never a body named so', () => {
    const article = analyze('More suspected plane debris washes ashore in Maldives', lead, quote.replace('transport ministry', 'transport minister'));
    expect(attribution(article, 'Based on the monitoring up to date').speaker).not.toBe("Malaysia's transport minister");
  });
});

// wikinews-seven-dead-french-helicopter-crash-gabon-2009-01-18 (development half since session 37).
test('"according to a statement issued by President Nicolas Sarkozy\'s office": the office speaks, not Sarkozy', () => {
  const article = analyze(
    'Seven dead in French helicopter crash off Gabon',
    "The Eurocopter AS 532 Cougar ditched shortly into the Atlantic Ocean after leaving a French naval ship, about 50 kilometres off the coast. Seven French soldiers were killed, two were rescued, and one is still missing, according to a statement issued by President Nicolas Sarkozy's office.",
  );
  expect(attribution(article, 'Seven French soldiers were killed')).toMatchObject({ kind: 'reported', speaker: "President Nicolas Sarkozy's office" });
});

describe('a name taken for a person’s, then lower-case title words and a person', () => {
  // Held-out batch of session 42 (wikinews-tornado-hits-downtown-atlanta-2008-03-15, CC BY 2.5): a university's team.
  test('"said Mississippi State guard Ben Hansbrough" is the guard, not the team', () => {
    const article = analyze(
      'Tornado hits downtown Atlanta',
      'The tornado struck during the semifinal game of the SEC Basktetball Tournament between Mississippi State and Alabama. No injuries were reported in the Dome. "I thought it was a tornado or a terrorist attack," said Mississippi State guard Ben Hansbrough.',
    );
    expect(attribution(article, 'I thought it was a tornado')).toMatchObject({ speaker: 'Ben Hansbrough' });
  });

  // wikinews-scottish-politician-david-mcletchie-dies-2013-08-12 (development half): a verb and "of" are no title.
  test('"Scottish Labour leader Johann Lamont spoke of McLetchie\'s "…"" stays Lamont\'s', () => {
    const article = analyze(
      'Scottish politician David McLetchie dies',
      'Outside of the Conservative party, Scottish Labour leader Johann Lamont spoke of McLetchie\'s "passion, drive and determination", noting his ongoing parliamentary work despite ill health.',
    );
    expect(attribution(article, 'passion, drive and determination')).toMatchObject({ kind: 'direct', speaker: 'Johann Lamont' });
  });
});

// Wikinews, "Libya and Switzerland meet over visa bans" (wikinews-libya-switzerland-meet-visa-bans-2010-02-16, CC BY
// 2.5), a fresh page of session 48, now in the development half.
describe("a body's title set off by a comma before its holder's name", () => {
  test('"said EU commissioner for Home Affairs, Cecilia Malmström." is the commissioner, not the European Union', () => {
    const article = analyze(
      'Libya and Switzerland meet over visa bans',
      'The European Commission released a statement saying it "deplores the unilateral and disproportionate" decision.',
      '"The Commission also regrets that travellers who legally obtained visas before the suspension measure were refused entry when arriving in Libya," said EU commissioner for Home Affairs, Cecilia Malmström.',
    );
    expect(attribution(article, 'The Commission also regrets').speaker).toBe('Cecilia Malmström');
  });

  test('a name after the comma that goes on with "and" is not read as the title\'s holder', () => {
    const article = analyze(
      'Libya and Switzerland meet over visa bans',
      'The European Commission released a statement saying it "deplores the unilateral and disproportionate" decision.',
      '"The Commission also regrets that travellers were refused entry," said EU commissioner for Home Affairs, Cecilia Malmström and her staff.',
    );
    expect(attribution(article, 'The Commission also regrets').speaker).not.toBe('Cecilia Malmström');
  });
});

// usgov-gsa-18f-federalist-platform-launch-2015-09-15 (18F, public domain; the session 56 held-out batch).
describe('an organisation’s name before "team"', () => {
  const HEADLINE = 'Federalist: a new way to build websites';
  const NAMED = 'Today, the White House Social and Behavioral Sciences Team (SBST) launched their new website.';

  test('"The SBST team approached our team … and said they wanted a website" is the body’s', () => {
    const article = analyze(HEADLINE, NAMED, 'The SBST team approached our team in early June and said they wanted a website built for mid-September.');
    expect(attribution(article, 'they wanted a website')).toMatchObject({ kind: 'reported', speaker: 'White House Social and Behavioral Sciences Team' });
  });

  test('a member’s role after "team" is that member’s, not the body’s ("The SBST team lead said")', () => {
    const article = analyze(HEADLINE, NAMED, 'The SBST team lead said they wanted a website built for mid-September.');
    expect(attribution(article, 'they wanted a website').speaker).not.toBe('White House Social and Behavioral Sciences Team');
  });
});
