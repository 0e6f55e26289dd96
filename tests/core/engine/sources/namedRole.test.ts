import { typeFromNamedRole } from '../../../../src/core/engine/sources/namedRole';
import { analyze } from '../attribution/helpers';

// sources/namedRole.ts: a role before "named" or "called" says what the person it introduces is.

/** The type and evidence read before the mention `name` in `text`. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromNamedRole(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

test('"A university student named Wong said": a student speaking for themself is a citizen (wikinews-hong-kong-protests-continue-rain-police-2019-08-19)', () => {
  const article = analyze(
    'Hong Kong protests continue through police opposition, rainstorms',
    'A university student named Wong said, "Even though the weather was so bad, even in the face of threats of the People\'s Liberation Army and water cannons, Hong Kong people never back down. [...] For as long as the government doesn\'t respond, there will only be more large-scale protests."',
  );
  const wong = article.entities.find((e) => e.name === 'Wong');
  expect([wong?.sourceType, wong?.sourceEvidence?.text]).toEqual(['citizen', 'A university student']);
});

test('the evidence is the phrase before "named", as the text writes it', () => {
  expect(read('A university student named Wong said, "Even though the weather was so bad"', 'Wong')).toEqual(['citizen', 'A university student']);
});

test.each([
  // gv-algeria-legislative-elections-low-turnout-2012-05-12: "man" is no role.
  ['In the above video [ar], a 23-year-old man called Tarek explains', 'Tarek'],
  // gv-mexico-bike-ride-protest-supervia-2012-05-01, wikinews-amnesty-international-iran-free-journalists-2009-06-28: a body or a
  // publication named so.
  ['a civic organisation named Bicitekas', 'Bicitekas'],
  ['a banned periodical called Nameh', 'Nameh'],
])('words before "named" holding no role say nothing: "%s"', (text, name) => {
  expect(read(text, name)).toBeNull();
});
