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
