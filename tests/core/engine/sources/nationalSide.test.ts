import type { Article } from '../../../../src/core/schema';
import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';
import { analyze } from '../attribution/helpers';

// nationalSide.ts: a captain or a manager titled by a country's name leads its national side and speaks on their own
// game, a citizen; a match report's country code before a role does not hide it. Sentences from the development half
// (English Wikinews, CC BY 2.5).

/** The source type of the entity named `name`, and the words shown for it. */
function typeOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text];
}

// wikinews-fifa-world-cup-2018-day-seven-portugal-uruguay-spain-2018-06-20: both were of type unknown.
test("a national side's manager quoted after the match is a citizen", () => {
  const article = analyze(
    'FIFA World Cup 2018 day seven',
    'After the match, Morocco\'s manager Herve Renard said, "We qualified for a World Cup after 20 years and we\'ve showed that we can play football."',
    'After the match, Iran\'s manager Carlos Queiroz said, "We showed that we were ready to suffer and ready to compete."',
  );
  expect([typeOf(article, 'Herve Renard'), typeOf(article, 'Carlos Queiroz')]).toEqual([
    ['citizen', "Morocco's manager"],
    ['citizen', "Iran's manager"],
  ]);
});

// wikinews-germany-colombia-draw-u17-world-cup-2007-08-20: the coach's role after the country code was not read.
test("a coach's role after a match report's country code is read", () => {
  const article = analyze(
    'Germany and Colombia draw at U17 World Cup',
    'Eduardo Lara (COL), Colombia coach: "That was a crucial match for us. We started well, but unfortunately we fell 3-1 behind."',
  );
  expect(typeOf(article, 'Eduardo Lara')).toEqual(['citizen', 'Colombia coach']);
});

test.each([
  // wikinews-fifa-world-cup-2018-day-four-mexico-germany-serbia-brazil-2018-06-17, wikinews-germany-colombia-draw-u17-
  // world-cup-2007-08-20
  ["Serbia's captain", 'citizen'],
  ['Colombia captain', 'citizen'],
  // Near misses: a country's adjective, or another body's name, may make a ship's, an army's or a company's captain
  // or manager; the text then says nothing of the type.
  ['Colombian captain', null],
  ['Yankees manager', null],
  ['a captain of a cargo boat', null],
])('"%s" gives %s', (phrase, type) => {
  expect(typeOfPhrase(phrase)).toBe(type);
});
