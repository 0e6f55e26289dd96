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
