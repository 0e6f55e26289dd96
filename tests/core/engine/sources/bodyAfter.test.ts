import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';
import { typeFromBodyAfter } from '../../../../src/core/engine/sources/bodyAfter';

/** The type and evidence read after the name that opens `text`. */
function read(text: string, name: string, titled = false): [string, string] | null {
  const found = typeFromBodyAfter(text, { block: 0, start: 0, end: name.length }, titled);
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test('one of a university is an expert, the evidence running from the name to the body', () => {
  expect(read('Steve Peers of the University of Essex, speaking to BBC, said', 'Steve Peers')).toEqual(['expert', 'Steve Peers of the University of Essex']);
});

test('one of a government agency is an official', () => {
  expect(read("Nikki Holland of the UK's National Crime Agency (NCA) said", 'Nikki Holland')).toEqual([
    'official',
    "Nikki Holland of the UK's National Crime Agency",
  ]);
});

test('a body in brackets after the name is read as one after "of", its bracket closing the evidence (gv-norway-oslo-freedom-forum-latin-america-2012-05-15)', () => {
  expect(read('Humberto Prado (Venezuelan Observatory of Prisons) at the Oslo Freedom Forum', 'Humberto Prado')).toEqual([
    'expert',
    'Humberto Prado (Venezuelan Observatory of Prisons)',
  ]);
  expect(read('Andy Carvin (NPR) tweeted the news', 'Andy Carvin')).toBeNull();
});

test("a director of a body whose name holds people's rights speaks for it (voa-cambodia-government-declines-comment)", () => {
  expect(typeOfPhrase('director of the Cambodia Center for Human Rights')).toBe('spokesperson');
  expect(typeOfPhrase('Minister of Human Rights')).toBe('official');
});

test('a full stop after a word ends the body with its sentence', () => {
  expect(read('Tom Olszewski from IDA Science and Technology Policy Institute. The prize went', 'Tom Olszewski')?.[1]).toBe(
    'Tom Olszewski from IDA Science and Technology Policy Institute',
  );
});

test.each([
  ['a company', 'Chris Fallows of Apex Shark Expeditions, a company', 'Chris Fallows'],
  ['a members’ body with a learned name', 'Mwila Chanda of the University of Zambia Students Union said', 'Mwila Chanda'],
  ['a place', 'Alexander Gagay of Yekaterinburg, who took third place', 'Alexander Gagay'],
  ['a word in lower case', 'George Kimbrell of the center said', 'George Kimbrell'],
])('%s says nothing sure', (_, text, name) => {
  expect(read(text, name)).toBeNull();
});

test('after a role word only a government body says what the role is', () => {
  expect(read('Anthony Fauci of the United States National Institute of Allergy', 'Anthony Fauci', true)).toBeNull();
  expect(read('Francis Bradley of the Hualapai Nation Police Department emphasized', 'Francis Bradley', true)?.[0]).toBe('official');
});

describe('a government body named in lower case by its kind', () => {
  test.each([
    // wikinews-seismic-activity-puerto-rico-5-2-quake-2020-01-17.
    [
      "José Ortiz of the island's power authority said fixing the island's largest power plant, which was damaged by the quake, may take a year.",
      'José Ortiz',
      "José Ortiz of the island's power authority",
    ],
    // wikinews-northern-arapaho-welcome-buffalo-herd-wyoming-2019-10-19: a tribe's own office is its government's.
    [
      "Crystal C'Bearing of the Northern Arapaho tribal historic preservation office told those gathered to watch the release.",
      "Crystal C'Bearing",
      "Crystal C'Bearing of the Northern Arapaho tribal historic preservation office",
    ],
  ])('makes an official (%s)', (text, name, evidence) => {
    expect(read(text, name)).toEqual(['official', evidence]);
  });

  test.each([
    ['a place', 'Maria Lopez of the city said the water had risen overnight.', 'Maria Lopez'],
    ["a union of a government's staff", 'Tom Reid of the local police union said officers were tired.', 'Tom Reid'],
    ["a company's regional office", 'Anna Berg of the company’s regional office said sales fell.', 'Anna Berg'],
  ])('but not %s', (_, text, name) => {
    expect(read(text, name)).toBeNull();
  });
});

describe('a civic body, a charity or a campaign, speaks through its people', () => {
  test.each([
    // wikinews-taiwan-legislature-legalizes-same-sex-marriage-2019-05-19.
    [
      'Jennifer Lu of Marriage Equality Coalition Taiwan said, "[I]t\'s still not full marriage rights',
      'Jennifer Lu',
      'Jennifer Lu of Marriage Equality Coalition Taiwan',
    ],
    // wikinews-scottish-legislature-green-light-same-sex-marriage-2013-11-21.
    ['Tom French from the Equality Network said of the vote:', 'Tom French', 'Tom French from the Equality Network'],
    // The same article: the body's kind in lower case before its name.
    [
      'Colin Macfarlane from the gay rights group Stonewall Scotland also welcomed the vote:',
      'Colin Macfarlane',
      'Colin Macfarlane from the gay rights group Stonewall Scotland',
    ],
    // wikinews-pope-francis-instructs-reporting-sexual-abuse-2019-05-12.
    [
      'To this, Peter Iseley of worldwide victim group Ending Clergy Abuse said, "The church should',
      'Peter Iseley',
      'Peter Iseley of worldwide victim group Ending Clergy Abuse',
    ],
  ])('as its spokesperson (%s)', (text, name, evidence) => {
    const at = text.indexOf(name);
    const found = typeFromBodyAfter(text, { block: 0, start: at, end: at + name.length });
    expect(found && [found.type, text.slice(found.evidence.start, found.evidence.end)]).toEqual(['spokesperson', evidence]);
  });

  test('a band or a body of unsaid kind still says nothing (wikinews-rock-drummer-ginger-baker-dies-2019-10-07)', () => {
    expect(read('Mick Jagger of The Rolling Stones also reacted on Twitter, "Sad news', 'Mick Jagger')).toBeNull();
  });

  test('after a role word the body says nothing more: the role is read elsewhere (wikinews-baby-finds-drugs-kamloops-playground-2020-07-08)', () => {
    const text = 'Michaela Jyrkkanen, of Christian anti-poverty organization The Mustard Seed Kamloops, disagreed with the correlation';
    expect(read(text, 'Michaela Jyrkkanen', true)).toBeNull();
    expect(read(text, 'Michaela Jyrkkanen')?.[0]).toBe('spokesperson');
  });
});

test('one of a body with "Research" in its name is an expert (wikinews-us-government-report-says-climate-change-is-human-made-2017-11-04)', () => {
  expect(
    read(
      'Phil Duffy of the Woods Hole Research Center noted, "This is a federal government report whose contents completely undercut [the Trump Administration\'s] policies.',
      'Phil Duffy',
    ),
  ).toEqual(['expert', 'Phil Duffy of the Woods Hole Research Center']);
});

test('a research body a role word in the mention may head says nothing', () => {
  expect(read('Director Ann Lee of the Woods Hole Research Center said', 'Director Ann Lee', true)).toBeNull();
});

test('one of a statutory authority is an official (usgov-nasa-glenn-established-cleveland-1941-2024-01-23); one of a broadcaster’s affiliate says nothing', () => {
  expect(read('Edward Warner of Civil Aviation Authority added ominously, “What we are doing here today …”', 'Edward Warner')).toEqual([
    'official',
    'Edward Warner of Civil Aviation Authority',
  ]);
  // wikinews-expected-senate-special-election-massachusetts-2012-12-29: no public body's word in the name.
  expect(read("Jon Keller of Boston's CBS affiliate notes the rush was likely", 'Jon Keller')).toBeNull();
});
