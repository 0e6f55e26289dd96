import { analyze } from '../attribution/helpers';

// sources/reportedPossessive.ts: a his or her opening what a speaker says may be the person the sentence before is
// about. Sentences from the development half of tests/fixtures/real.

function genderOf(paragraphs: Array<string>, name: string): string | undefined {
  const [headline = '', ...rest] = paragraphs;
  const entity = analyze(headline, ...rest).entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}"`);
  return entity.gender;
}

test('a his after the speaker’s said, when the sentence before is about another man, states no gender (wikinews-andrea-zamperoni-found-dead-2019-08-24)', () => {
  expect(
    genderOf(
      [
        'Missing New York City chef Andrea Zamperoni found dead',
        "Andrea Zamperoni, the head chef of New York City's Cipriani Dolci restaurant, was discovered dead on Wednesday in Queens, New York, according to police on Thursday. Fernando Dallorso, the general manager of Cipriani Dolci, said his roommates said they last saw him on the preceding Saturday, August 17, after his shift at Cipriani Dolci in Manhattan.",
      ],
      'Fernando Dallorso',
    ),
  ).toBe('unknown');
});

test('a his after the speaker’s said, with no one else before, stays the speaker’s (same sentence, opening its paragraph)', () => {
  expect(
    genderOf(
      [
        'Missing New York City chef Andrea Zamperoni found dead',
        'Fernando Dallorso, the general manager of Cipriani Dolci, said his staff would reopen the restaurant on Monday.',
      ],
      'Fernando Dallorso',
    ),
  ).toBe('man');
});
