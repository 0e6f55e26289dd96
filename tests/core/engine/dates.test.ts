import { findDates, isDateline, referenceInstant, statedDate } from '../../../src/core/engine/dates';

const PUBLISHED = referenceInstant('2022-02-10');

/** Each date found, as [ISO date, the words that give it]. */
const datesIn = (sentence: string, reference: Date | null = PUBLISHED) => findDates(sentence, reference).map((d) => [d.date, sentence.slice(d.start, d.end)]);

test.each([
  [
    'a weekday is the day of that week',
    'Russian President Vladimir Putin on Thursday called the unrest an act of terrorist aggression.',
    [['2022-02-10', 'on Thursday']],
  ],
  ['the day before is a day too', 'Tokayev flew to Moscow on Wednesday for the talks.', [['2022-02-09', 'on Wednesday']]],
  ['"in January" is a month, not a day', "Putin called Kazakhstan's unrest in January an act of terrorist aggression.", [['2022-01', 'January']]],
  ['"last week" is the month it fell in', 'Russian troops began leaving Kazakhstan last week, the defence ministry said.', [['2022-02', 'last week']]],
  ['"in 2008" is a year', 'Kazakhstan signed the agreement on military cooperation in 2008.', [['2008', '2008']]],
  [
    'an abbreviated month and day take the year of publication',
    'The first CSTO troops landed in Almaty on Feb. 3 after the request.',
    [['2022-02-03', 'Feb. 3']],
  ],
  ['a full date is that day', 'The treaty was signed on January 5, 2021, in Moscow.', [['2021-01-05', 'January 5, 2021']]],
  ['a month and year is a month', 'The next summit is planned for March 2023 in Minsk.', [['2023-03', 'March 2023']]],
  [
    'two years in one sentence are two dates',
    'The CSTO was founded in 2002 and expanded in 2008.',
    [
      ['2002', '2002'],
      ['2008', '2008'],
    ],
  ],
])('relative to 10 February 2022, %s', (_, sentence, expected) => {
  expect(datesIn(sentence)).toEqual(expected);
});

test.each([
  ['a time of day', 'The press conference began at 3:45 p.m. in the Kremlin.'],
  ['a clock time in the morning', 'Tokayev spoke at 10 a.m. local time.'],
  ['"today"', 'Officials said today that the talks would continue.'],
  ['a span of years', 'Sales rose 12% in 2021-2022 despite the pandemic.'],
  ['a duration', 'Tom Bakker has kept a boat in the harbour for 30 years.'],
])('%s is no date', (_, sentence) => {
  expect(findDates(sentence, PUBLISHED)).toEqual([]);
});

test('without a publication date, "on Thursday" and "in January" are left undated rather than guessed', () => {
  expect(findDates('Putin met Tokayev on Thursday to discuss the unrest in January.', null)).toEqual([]);
});

test.each([
  ['yesterday', "Durbin and Schiff both yesterday questioned the President's power to do as he proposed."],
  ['last year', 'This lockdown started on December 22, last year.'],
  ['a year ago', 'It was a transatlantic cruise that was booked more than a year ago.'],
  ['next month', 'The talks resume next month.'],
])('without a publication date, "%s" is left undated rather than counted from an invented day', (_, sentence) => {
  expect(findDates(sentence, null).map((d) => d.date)).toEqual([]);
});

test('without a publication date, a full date is still that day', () => {
  expect(datesIn('The treaty was signed on January 5, 2021.', null)).toEqual([['2021-01-05', 'January 5, 2021']]);
});

test('statedDate finds "February 10, 2022" in a caption', () => {
  const texts = [
    'Putin met with Kazakh President Kassym-Jomart Tokayev on the same day in Moscow.',
    'Russian President Vladimir Putin (R) shakes hands with Kazakh President Kassym-Jomart Tokayev during their meeting at the Kremlin in Moscow, Russia, February 10, 2022.',
  ];
  expect(statedDate(texts)).toBe('2022-02-10');
});

test('statedDate passes over a date of birth: it is not when the article was written (wikinews-on-the-campaign-trail-usa-august-2020)', () => {
  const texts = [
    'As the campaign shifted to August, presumptive Democratic nominee Joe Biden announced his running mate.',
    'Harris was born October 20, 1964 in Oakland, California to an Indian-born mother, the late Shyamala Gopalan, and a Jamaican-born father, Donald J. Harris.',
  ];
  expect(statedDate(texts)).toBeNull();
  expect(statedDate(['She was born on 3 May 1950.', 'The ceremony was held on June 1, 2021.'])).toBe('2021-06-01');
});

test('statedDate takes the date a sentence states, not a time it reads from "after four hours" (gv-argentina-death-with-dignity-law-2012-05-11)', () => {
  const texts = [
    'After four hours of debate in the Argentine Senate [es], on May 9, 2012, the Death with Dignity [es] project was converted into law with wide-ranging support, even from the opposition.',
  ];
  expect(statedDate(texts)).toBe('2012-05-09');
});

test('statedDate reads "the morning of May 9, 2012" as that day (gv-russia-ustream-ddos-attack-russian-blogger-2012-05-10)', () => {
  const texts = ['On the morning of May 9, 2012, unknown parties launched a DDoS (Distributed Denial of Service) attack on the live feed website Ustream.tv.'];
  expect(statedDate(texts)).toBe('2012-05-09');
});

test.each([
  ['only relative dates', ['Putin met Tokayev on Thursday to discuss the unrest in January.']],
  ['a month and year but no day', ['The next summit is planned for March 2023.']],
  ['no dates at all', ['Putin also praised the joint efforts of the CSTO.']],
])('statedDate gives nothing for %s', (_, texts) => {
  expect(statedDate(texts)).toBeNull();
});

test('"in the year to January" is January of the publication year, never a later year', () => {
  expect(datesIn('Consumer prices in Kazakhstan rose 8.4% in the year to January, the statistics agency said.').map(([date]) => date)).toEqual(['2022-01']);
});

test('"by the end of next year" is a year, never a day the text does not give', () => {
  expect(datesIn('The harbour wall will be repaired by the end of next year, the council said.')).toEqual([['2023', 'end of next year']]);
});

/** Each date found in a sentence published on `published` (an ISO day), as [ISO date, the words that give it]. */
const datesOn = (published: string, sentence: string) => findDates(sentence, referenceInstant(published)).map((d) => [d.date, sentence.slice(d.start, d.end)]);

// 2024-05-08 is a Wednesday.
describe('a weekday follows the tense of its verb', () => {
  test.each([
    ['"said on Monday … would"', 'The company said on Monday it would cut 300 jobs.', [['2024-05-06', 'on Monday']]],
    ['"broke out last Tuesday"', 'The fire broke out last Tuesday, firefighters said.', [['2024-05-07', 'last Tuesday']]],
    ['"was arrested on Sunday"', 'A 34-year-old man was arrested on Sunday in connection with the attack.', [['2024-05-05', 'on Sunday']]],
    ['"told reporters Friday"', 'The prime minister told reporters Friday that talks had stalled.', [['2024-05-03', 'Friday']]],
    ['a verb after the weekday', 'Police on Thursday named the victim as a local teacher.', [['2024-05-02', 'on Thursday']]],
    ['"Sunday\'s" with a past verb', "Sunday's match was called off because of the storm.", [['2024-05-05', 'Sunday']]],
    ['the publication day itself', 'Officials said on Wednesday that the road had reopened.', [['2024-05-08', 'on Wednesday']]],
    ['"would not comment", a past refusal', 'A spokesman for the ministry would not comment on Monday.', [['2024-05-06', 'on Monday']]],
    ['a present verb, past by default', 'The museum reopens on Saturday after repairs.', [['2024-05-04', 'on Saturday']]],
  ])('in the past: %s is on or before publication', (_, sentence, expected) => {
    expect(datesOn('2024-05-08', sentence)).toEqual(expected);
  });

  test.each([
    ['"will vote on Tuesday"', 'Lawmakers will vote on Tuesday on the budget.', [['2024-05-14', 'on Tuesday']]],
    ['"is due to meet on Friday"', 'The board is due to meet on Friday to approve the deal.', [['2024-05-10', 'on Friday']]],
    ['"plans to … on Monday"', 'The union plans to strike on Monday unless pay talks resume.', [['2024-05-13', 'on Monday']]],
    ['"would be held on Thursday"', 'He said the vote would be held on Thursday.', [['2024-05-09', 'on Thursday']]],
    ['a fronted weekday, future verb after', 'On Monday, the council will decide whether to close the library.', [['2024-05-13', 'On Monday']]],
    ['"is to visit"', 'The mayor is to visit the flooded area on Saturday.', [['2024-05-11', 'on Saturday']]],
    ['"set for"', 'Rail strike set for Monday', [['2024-05-13', 'Monday']]],
    ['the publication day itself', 'Ministers will meet again on Wednesday.', [['2024-05-08', 'on Wednesday']]],
  ])('in the future: %s is on or after publication', (_, sentence, expected) => {
    expect(datesOn('2024-05-08', sentence)).toEqual(expected);
  });

  test('two verbs, two directions: each weekday follows its own verb', () => {
    expect(datesOn('2024-05-08', 'The man, who was arrested on Sunday, will appear in court on Monday.')).toEqual([
      ['2024-05-05', 'on Sunday'],
      ['2024-05-13', 'on Monday'],
    ]);
    expect(datesOn('2024-05-10', 'The rail strike will begin on Monday, union leader Tomasz Wrona said on Thursday.')).toEqual([
      ['2024-05-13', 'on Monday'],
      ['2024-05-09', 'on Thursday'],
    ]);
  });

  test.each([
    [
      '"last Tuesday" published on a Wednesday is the day before',
      '2018-04-18',
      'The council voted last Tuesday to close the pool.',
      [['2018-04-17', 'last Tuesday']],
    ],
    [
      '"last Wednesday" published on a Wednesday is a week before',
      '2024-05-08',
      'Last Wednesday, the court threw out the appeal.',
      [['2024-05-01', 'Last Wednesday']],
    ],
    ['"next Friday" published on a Friday is a week after', '2024-05-10', 'The results will be published next Friday.', [['2024-05-17', 'next Friday']]],
    [
      '"Tuesday next week" is the Tuesday of the following week',
      '2024-05-13',
      'Ministers will meet on Tuesday next week to agree the plan.',
      [['2024-05-21', 'on Tuesday next week']],
    ],
    ['"Friday last week" is the Friday of the week before', '2024-05-08', 'The plant closed on Friday last week.', [['2024-05-03', 'on Friday last week']]],
    ['"this past Sunday" is the Sunday before', '2024-05-08', 'Rescuers found the climbers this past Sunday.', [['2024-05-05', 'past Sunday']]],
  ])('%s', (_, published, sentence, expected) => {
    expect(datesOn(published, sentence)).toEqual(expected);
  });

  test('"the Sunday Times" is a newspaper, not a day', () => {
    expect(datesOn('2024-05-08', 'The Sunday Times reported that the minister had resigned.')).toEqual([]);
  });

  test('"every Sunday" is a habit, not a day', () => {
    expect(datesOn('2024-05-08', 'Protesters gather outside parliament every Sunday.')).toEqual([]);
  });
});

describe('a month without a year is not moved past publication for a past event', () => {
  test.each([
    ['"peaked in July" is last July, though next July is nearer', 'Inflation peaked in July, the central bank said.', [['2021-07', 'July']]],
    ['"raised rates in November"', 'The central bank raised rates in November.', [['2021-11', 'November']]],
    ['"resumed last March"', 'The talks resumed last March.', [['2021-03', 'March']]],
    ['"January last year" is one month', 'The law took effect in January last year.', [['2021-01', 'January last year']]],
    ['"signed on Dec. 21"', 'The deal was signed on Dec. 21, officials said.', [['2021-12-21', 'Dec. 21']]],
    ['a month before a noun', 'The January deadline was missed by most councils.', [['2022-01', 'January']]],
    ['"since May" after a preposition', 'He has worked at the bakery since May.', [['2021-05', 'May']]],
    [
      'two past months',
      'Sales fell in mid-May and recovered in June.',
      [
        ['2021-05', 'May'],
        ['2021-06', 'June'],
      ],
    ],
  ])('published 10 February 2022, %s', (_, sentence, expected) => {
    expect(datesOn('2022-02-10', sentence)).toEqual(expected);
  });

  test.each([
    ['"will visit … in July"', 'The minister will visit Washington in July.', [['2022-07', 'July']]],
    ['"are expected in October"', 'Elections are expected in October.', [['2022-10', 'October']]],
    ['"will be signed on Dec. 21"', 'The deal will be signed on Dec. 21.', [['2022-12-21', 'Dec. 21']]],
  ])('published 10 February 2022, a future event: %s', (_, sentence, expected) => {
    expect(datesOn('2022-02-10', sentence)).toEqual(expected);
  });

  test('"would go to a vote in June", told in May, is the coming June', () => {
    expect(datesOn('2024-05-10', 'Asante later told reporters the reforms would go to a vote in June.')).toEqual([['2024-06', 'June']]);
  });
});

describe('a duration is no date', () => {
  test.each([
    'The freeze could last a year, the deputy said.',
    'She was jailed for a year.',
    'The festival is three weeks long.',
    'House prices have doubled over the past decade.',
    'Wages have stagnated over the past year.',
    'Costs rose sharply in the last year, the survey found.',
    'The strike could last three weeks.',
    'In the next two years the city will build 500 homes.',
    'The repairs will take two weeks.',
    'It was her first win in a year.',
  ])('%s', (sentence) => {
    expect(datesOn('2024-05-10', sentence)).toEqual([]);
  });

  test.each([
    ['"three days ago" is that day', '2024-05-10', 'The ferry sank three days ago, the coast guard said.', [['2024-05-07', 'three days ago']]],
    ['"last month" is a month', '2016-10-01', 'Exports dropped last month, the trade minister said.', [['2016-09', 'last month']]],
    ['"next month" is a month', '2024-05-10', 'According to the ministry, the tunnel will reopen next month.', [['2024-06', 'next month']]],
    ['"Last week" is the month of that week, not an invented day', '2024-05-10', 'Last week, the minister resigned.', [['2024-05', 'Last week']]],
    ['"last week" across a month boundary is the earlier month', '2024-05-03', 'The minister resigned last week.', [['2024-04', 'last week']]],
    ['"Last night" is the day before', '2024-05-10', 'Last night the council voted to close the pool.', [['2024-05-09', 'Last night']]],
    ['"a year ago" is a year', '2024-05-10', 'A year ago, the mine employed 2,000 people.', [['2023', 'A year ago']]],
  ])('but a point in time stays a date: %s', (_, published, sentence, expected) => {
    expect(datesOn(published, sentence)).toEqual(expected);
  });
});

describe('"may" the verb and "May" the name are not the month', () => {
  test.each([
    'Officials may delay the vote until after the summer.',
    'Former prime minister Theresa May said the deal was dead.',
    'Guitarist Brian May told the crowd he would play again.',
    'Thousands march through the capital to demand new elections.',
    'April Ryan asked the first question.',
  ])('%s', (sentence) => {
    expect(datesOn('2024-05-10', sentence)).toEqual([]);
  });

  test('a sentence with the verb, the name and a weekday gives only the weekday', () => {
    expect(datesOn('2024-05-10', 'Officials may delay the vote, party chair Lionel May said on Tuesday.')).toEqual([['2024-05-07', 'on Tuesday']]);
  });

  test.each([
    ['"in May"', 'The law took effect in May.', [['2023-05', 'May']]],
    ['"May 5"', 'The deal was struck on May 5.', [['2023-05-05', 'May 5']]],
    ['"May 2021"', 'The plant opened in May 2021.', [['2021-05', 'May 2021']]],
  ])('but %s is the month', (_, sentence, expected) => {
    expect(datesOn('2024-02-10', sentence)).toEqual(expected);
  });
});

describe('"ended Dec. 2021" is a month and "Dec. 21" a day', () => {
  test.each([
    ['"year ended Dec. 2021"', 'Profit for the year ended Dec. 2021 rose 8 per cent, the chief executive said.', [['2021-12', 'Dec. 2021']]],
    ['"cut rates on Dec. 21"', 'The bank cut rates on Dec. 21 to support lending.', [['2021-12-21', 'Dec. 21']]],
    ['"year ended June 30" with no year is the last June 30', 'Revenue for the year ended June 30 rose 4%.', [['2021-06-30', 'June 30']]],
  ])('%s', (_, sentence, expected) => {
    expect(datesOn('2022-03-15', sentence)).toEqual(expected);
  });
});

test('a date alone, with or without its weekday, is a dateline; a place or a month alone is not', () => {
  expect(isDateline('Thursday, May 16, 2019')).toBe(true);
  expect(isDateline('Sunday, July 11, 2010')).toBe(true);
  expect(isDateline('16 May 2019')).toBe(true);
  expect(isDateline('Washington, May 16, 2019')).toBe(false);
  expect(isDateline('May 2019')).toBe(false);
  expect(isDateline('Thursday, May 16, 2019, was a quiet day.')).toBe(false);
});
