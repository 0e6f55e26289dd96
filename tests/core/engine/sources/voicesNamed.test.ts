import { voicesNamed } from '../../../../src/core/engine/sources/voicesNamed';

// sources/voicesNamed.ts: the kind of voices an article's opening says it gathers. Headlines and leads from the dev
// half of tests/fixtures/real.

test("a round-up's headline names the voices it gathers, with the words that say so", () => {
  const texts = ["Malawi: Bloggers' Reactions to New President Joyce Banda", 'Malawians took to their blogs on Saturday.'];
  expect(voicesNamed(texts)).toEqual({ type: 'citizen', evidence: { block: 0, start: 8, end: 16 } });
});

test.each([
  ['one word before a name is that person’s title', ['Rational blogger Andrea wrapped up the day']],
  ['words inside a quote are its speaker’s', ['"Chinese bloggers may not be as loud as others," Xiao wrote.']],
  ['voices named past the opening', ['Headline', 'One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Bloggers reacted.']],
])('no voices when %s', (_, texts) => {
  expect(voicesNamed(texts)).toBeNull();
});

// gv-middle-east-bloggers-react-obama-cairo-speech-2009-06-05, gv-mexico-carlos-fuentes-tributes-2012-05-16,
// gv-singapore-code-of-conduct-2012-05-01: a headline capitalises the verb after a plural, which titles no one.
test.each([
  ["Middle East: Bloggers React to Obama's Address", 13, 21],
  ['Mexico: Netizens Say Goodbye to Writer Carlos Fuentes', 8, 16],
  ['Singapore: Netizens Reject Proposed Code of Conduct', 11, 19],
])('a plural group before a capitalised verb in a headline names the voices: %s', (headline, start, end) => {
  expect(voicesNamed([headline, 'The lead.'])).toEqual({ type: 'citizen', evidence: { block: 0, start, end } });
});

// gv-zimbabwe-tb-joshua-visit-hornets-nest-2012-05-13 (development half): the blogs an opening says react are their writers.
test('"social media sites and blogs are on fire" names bloggers as the voices gathered', () => {
  const texts = [
    "Zimbabwe: TB Joshua's Visit Stirs Hornet's Nest",
    'Now, social media sites and blogs are on fire ahead of his May 25 Day of Prayer visit.',
    'Patrick Kabwela describes TB Joshua as a man "intensely hated and crazily loved":',
  ];
  expect(voicesNamed(texts)).toEqual({ type: 'citizen', evidence: { block: 1, start: 28, end: 33 } });
});
