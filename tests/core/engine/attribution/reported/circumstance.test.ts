import { describe, expect, test } from 'vitest';
import { pastCircumstance } from '../../../../../src/core/engine/attribution/reported/circumstance';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/circumstance.ts: a phrase of time, place or medium between a speech verb and a clause with no "that".

const reportedTexts = (...paragraphs: Array<string>) =>
  quotesOf(analyze('Headline', ...paragraphs))
    .filter((q) => q.kind === 'reported')
    .map((q) => q.text);

describe('when, where or how it was said, before the clause', () => {
  // Wikinews, 2019–2020 (CC BY 2.5), fresh text.
  test('the clause after the phrase is what was said', () => {
    const article = analyze(
      'Headline',
      'Prime Minister Jacinda Ardern said at a press conference yesterday morning the gun laws should be changed.',
      'The International Monetary Fund said in May the AfCFTA might be for African countries comparable to the European and North American trade blocs.',
      'However, earlier this year, Howard Stern said in an interview with Rolling Stone he was open to having Imus as a guest on his show.',
      'Recep Tayyip Erdogan also said earlier he might rename the monument.',
    );
    expect(attribution(article, 'the gun laws should be changed')).toMatchObject({ kind: 'reported', speaker: 'Jacinda Ardern' });
    expect(attribution(article, 'the AfCFTA might be')).toMatchObject({ kind: 'reported', speaker: 'International Monetary Fund' });
    expect(attribution(article, 'he was open to having Imus')).toMatchObject({ kind: 'reported', speaker: 'Howard Stern' });
    expect(attribution(article, 'he might rename the monument')).toMatchObject({ kind: 'reported', speaker: 'Recep Tayyip Erdogan' });
  });

  test('"at least", a subordinate clause, a dash or a "why" are not where the content starts', () => {
    expect(reportedTexts('Police director Vladimir Rebic said at least 71 people were arrested Friday night.')).toEqual([
      'at least 71 people were arrested Friday night',
    ]);
    expect(
      reportedTexts(
        'Attorneys general filed a lawsuit against the state of emergency President Donald Trump declared last Friday so he could fund a wall on the border.',
      ),
    ).toEqual([]);
    expect(
      reportedTexts('The National Front for the Gender Identity Law (FNLIG), formed in 2010, commented on the reason why it is so important on their website.'),
    ).toEqual([]);
    expect(
      reportedTexts('The Lost 52 Project announced on Sunday that a sunken World War II-era submarine wreck they found last June was the U.S.S. Grayback.'),
    ).toEqual(['a sunken World War II-era submarine wreck they found last June was the U.S.S. Grayback']);
  });

  // Wikinews, 2019–2020 (CC BY 2.5), fresh text: the comma AP style would drop.
  test('a comma may close the phrase before the clause that was said', () => {
    const article = analyze(
      'Headline',
      'The Chilean Armed Forces said on Sunday, the 36 people infected included 26 army personnel.',
      'Charité said in a statement, Navalny would be undergoing extensive medical diagnostics.',
      'Deutsche Welle (DW) reported in mid-2019, 62 Tesco outlets had closed within a year.',
    );
    expect(attribution(article, 'the 36 people infected included 26 army personnel')).toMatchObject({ kind: 'reported', speaker: 'Chilean Armed Forces' });
    expect(attribution(article, 'Navalny would be undergoing')).toMatchObject({ kind: 'reported', speaker: 'Charité' });
    expect(attribution(article, '62 Tesco outlets had closed within a year')).toMatchObject({ kind: 'reported', speaker: 'Deutsche Welle' });
    expect(reportedTexts('Local officials said on Saturday, about 20 buildings collapsed.')).toEqual(['about 20 buildings collapsed']);
  });

  test('after the comma, an object, a date or a "that" still to come is not a clause said', () => {
    // The count is no clause; it is what "reported" made known, read as its object (countedObject.ts; the gold of
    // wikinews-chile-covid-19-outbreak-antarctica-2020-12-26 holds it).
    expect(reportedTexts('The Health Minister reported on Tuesday, 21 confirmed cases of the virus on the supply vessel.')).toEqual([
      '21 confirmed cases of the virus on the supply vessel',
    ]);
    expect(reportedTexts('The company made the announcement on Twitter, the platform owned by Elon Musk.')).toEqual([]);
    expect(reportedTexts('Police said on Monday, the day after the vote, that twelve people had died.')).not.toContainEqual(expect.stringMatching(/^the day/));
  });
});

// wikinews-second-biden-trump-debate-cancelled-2020-10-12 (development half).
test('a name a preposition takes inside the phrase is not the subject of what was said', () => {
  const texts = reportedTexts(
    'The United States Commission on Presidential Debates announced on Friday the second presidential debate between US President Donald Trump and former US Vice President Joe Biden, which was slated for October 15, has been cancelled, citing COVID-19 safety concerns.',
    'The commission said on Friday the second presidential debate between Donald Trump and Joe Biden has been cancelled.',
  );
  expect(texts).not.toContainEqual(expect.stringMatching(/^(?:Donald Trump|former US Vice President)/));
  // The phrase's own end still opens the clause.
  expect(reportedTexts('The commission said on Friday the debate has been cancelled.')).toEqual(['the debate has been cancelled']);
});

// wikinews-brother-of-qandeel-baloch-sentenced-to-life-2019-09-30 (development half).
test('"said as a teenager she was forced …": the age the content is told of comes before the clause said', () => {
  expect(reportedTexts('In an interview with Dawn, she said as a teenager she was forced into an abusive marriage by her family.')).toEqual([
    'she was forced into an abusive marriage by her family',
  ]);
});

// "Water main bursts in White Plains, New York, US", Wikinews, 13 August 2020 (CC BY 2.5), fresh text.
test('"estimated by 9 pm, there would be …": a deadline before the clause is when, not an agent', () => {
  expect(reportedTexts('The city estimated by 9 pm, there would be enough pressure returned to the water system for all to have water.')).toEqual([
    'there would be enough pressure returned to the water system for all to have water',
  ]);
  // A passive's agent is no deadline: no cue verb reads "by" so.
  expect(reportedTexts('The building was estimated by engineers to be unsafe.')).toEqual([]);
});

describe('"this" opens a phrase of time only before a word of time; otherwise it is the clause\'s subject', () => {
  // English Wikinews 2019, wikinews-sixteen-states-sue-trump-border-emergency-2019-02-21 (development half).
  test('"…, claiming this would stem illegal immigration. Congress has …" reports the clause, not the next sentence', () => {
    const article = analyze(
      'Sixteen states sue U.S. President Trump',
      'On Friday, President Trump declared a state of emergency so he could begin the construction of additional wall along the U.S.-Mexican border, claiming this would stem illegal immigration. Congress has repeatedly denied funding for such a wall.',
    );
    expect(attribution(article, 'this would stem illegal immigration')).toMatchObject({ kind: 'reported', speaker: 'Trump', cue: 'claiming' });
  });

  // English Wikinews 2019, wikinews-magnitogorsk-apartment-building-collapse-2019-01-04 (development half).
  test('"He estimated this would take 24 hours." and "but said this too was unrelated …" are reported', () => {
    const article = analyze(
      'Magnitogorsk apartment building collapses',
      'Regional governor Boris Dubrovsky said FSB officers were present where the minibus exploded outside the local administrative building, but said this too was unrelated to the other explosion. He estimated this would take 24 hours. The search went on.',
    );
    expect(attribution(article, 'this too was unrelated to the other explosion')).toMatchObject({ kind: 'reported', speaker: 'Boris Dubrovsky' });
    expect(attribution(article, 'this would take 24 hours')).toMatchObject({ kind: 'reported' });
  });

  test('"said this week the council would meet" still reads the week as when it was said', () => {
    const text = 'The minister said this week the council would meet.';
    expect(pastCircumstance(text, text.indexOf(' this'))).toBe(text.indexOf(' the council'));
  });
});
