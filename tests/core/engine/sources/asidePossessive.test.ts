import { asidePossessive } from '../../../../src/core/engine/sources/asidePossessive';

// sources/asidePossessive.ts: the his or her of an aside between a subject's name and its verb is the subject's.

/** The gender and the pronoun's words read after `name`, the block one sentence. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = asidePossessive(text, { start: 0, end: text.length }, start, start + name.length, 0);
  return found ? [found.gender, text.slice(found.at.start, found.at.end)] : null;
}

test.each([
  // wikinews-expected-senate-special-election-massachusetts-2012-12-29: after a fronted clause.
  [
    "Though Markey has more money than Brown's $464,000 left from his 2012 campaign, Ubertaccio, in his analysis of the race, notes Brown has more recent campaign experience.",
    'Ubertaccio',
    ['male', 'his'],
  ],
  // gv-venezuela-caracas-city-of-farewells-video-2012-05-10: past a language tag.
  ['Asdrúbal [es], for his part, comments:', 'Asdrúbal', ['male', 'his']],
  // gv-russia-violence-opposition-debate-tactics-2012-05-07.
  ['Ksenia Sobchak, for her part, maintains that the protest was peaceful.', 'Ksenia Sobchak', ['female', 'her']],
])('"%s" states the subject\'s gender', (text, name, expected) => {
  expect(read(text, name)).toEqual(expected);
});

test.each([
  // wikinews-actor-doris-day-dies-at-97-2019-05-16: "her" is Doris Day's, and no verb follows the aside.
  ['Day recorded the album with her son Terry Melcher, with her first husband, musician Al Jorden, absent.', 'Terry Melcher', 'no verb after the aside'],
  ['The panel thanked Jane Smith, in his words, warmly.', 'Jane Smith', 'the name is an object, inside the clause'],
  ['Ksenia Sobchak, for their part, maintains that the protest was peaceful.', 'Ksenia Sobchak', 'a pronoun of no gender'],
])('"%s" states none: %s', (text, name) => {
  expect(read(text, name)).toBeNull();
});
