import { analyze } from '../attribution/helpers';

// sources/mentionType.ts: an appositive after a name may end where a quoted name within it opens.

/** The source type of the entity named `name` in an article of `paragraphs`, and the words shown for it. */
function typeOf(name: string, ...paragraphs: Array<string>): [string | undefined, string | undefined] {
  const entity = analyze('Headline', ...paragraphs).entities.find((e) => e.name === name);
  return [entity?.sourceType, entity?.sourceEvidence?.text];
}

test('an appositive whose body is quoted by name reads up to the quote (gv-hungary-oligarch-buzzword-2012-05-09)', () => {
  expect(
    typeOf(
      'Gergely Karácsony',
      'Gergely Karácsony, an MP with the LMP "Politics Can Be Different" Party, used one of the funny pictures with a cat on skis on his blog [hu] (cat on skis is a pun on the name of Mr. Simicska in Hungarian).',
      'Mr. Karácsony wrote: "What makes the state different from a bunch of gangsters?"',
    ),
  ).toEqual(['official', 'an MP with the LMP']);
});

test('a role before a quoted nickname (wikinews-birther-king-announces-2016-campaign-2015-08-16)', () => {
  expect(
    typeOf(
      'Andy Martin',
      'Via press release on Friday, Andy Martin, a perennial candidate for political office and self-proclaimed "Birther King", announced he is seeking the presidency.',
      'Martin said: "I am the only candidate who can win."',
    ),
  ).toEqual(['citizen', 'a perennial candidate for political office and self-proclaimed']);
});

test('an appositive with no role word before a quote gives no type', () => {
  expect(typeOf('Maria Lopez', 'Maria Lopez, a woman from the "Old Town" district, spoke to the crowd.', 'Lopez said: "We have waited long enough."')).toEqual([
    'unknown',
    undefined,
  ]);
});

test('a title quoted with the name is a slogan, no office (gv-russia-varlamov-omsk-campaign-failure-2012-05-04)', () => {
  const [type] = typeOf(
    'Varlamov',
    "The collapse of 'Mayor Varlamov' is a black-eye for individuals like Navalny, who rely heavily on the Internet to generate publicity and public support for their political careers and various civic initiatives.",
    'Varlamov wrote: "We could not collect the signatures honestly."',
  );
  expect(type).not.toBe('official');
});

test('the same title unquoted is an office', () => {
  expect(typeOf('Varlamov', 'Mayor Varlamov opened the bridge on Monday.', 'Varlamov said: "It will serve the city."')).toEqual(['official', 'Mayor']);
});
