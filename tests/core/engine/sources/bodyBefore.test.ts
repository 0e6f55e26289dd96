import { typeFromBodyBefore } from '../../../../src/core/engine/sources/bodyBefore';

// sources/bodyBefore.ts: a body named in the possessive right before a name says what its person is.

/** The type and evidence read before the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromBodyBefore(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test('one of a research institute named in the possessive is an expert (wikinews-malaysia-arrests-fourth-suspect-kim-jong-nam-2017-02-16)', () => {
  const text = "The Korean Institute for Defense Analyses's Kim Chang-su stated Kim Jong Un may have felt his brother was a threat to his position.";
  expect(read(text, 'Kim Chang-su')).toEqual(['expert', "The Korean Institute for Defense Analyses's Kim Chang-su"]);
});

test('one of a body campaigning for rights is a spokesperson (wikinews-native-american-groups-sue-montana-ballot-law-2020-03-15)', () => {
  const text = 'The Native American Rights Fund\'s Jacqueline De León said, "BIPA ignores the everyday realities that face Native American communities."';
  expect(read(text, 'Jacqueline De León')).toEqual(['spokesperson', "The Native American Rights Fund's Jacqueline De León"]);
});

test('one of a government agency named so is an official', () => {
  expect(read("The Federal Emergency Management Agency's Jane Doe said crews were on their way.", 'Jane Doe')?.[0]).toBe('official');
});

test.each([
  ["a person's possessive", "Putin's Dmitri Peskov said the police showed restraint.", 'Dmitri Peskov'],
  ["a place's possessive", "Russia's Sergei Lavrov said the talks would go on.", 'Sergei Lavrov'],
  ['a body of another kind (a fund)', "The Vanguard Growth Fund's Jane Doe said returns would fall.", 'Jane Doe'],
  ["a members' body with a learned name", "The University of Zambia Students Union's Mwila Chanda said", 'Mwila Chanda'],
  ['a possessive in lower case', "the institute's Kim Chang-su said", 'Kim Chang-su'],
])('%s says nothing', (_, text, name) => {
  expect(read(text, name)).toBeNull();
});
