import { namesSpokesperson, spokesOverRank } from '../../../../src/core/engine/sources/spokesRank';
import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';
import { analyze } from '../attribution/helpers';

// sources/spokesRank.ts: an officer the text calls a force's spokesman speaks for the force, a spokesperson, whatever
// rank the title before the name gives. Sentences from the dev half of tests/fixtures/real.

/** The source type and its words the engine gives the person `name` in the paragraphs. */
function typeOf(name: string, headline: string, ...paragraphs: Array<string>): [string | undefined, string | undefined] {
  const entity = analyze(headline, ...paragraphs).entities.find((e) => e.name === name);
  return [entity?.sourceType, entity?.sourceEvidence?.text];
}

test.each<[string, string, string, string, [string, string]]>([
  [
    'a colonel named after a quote, a spokesman in the appositive (wikinews-rights-group-afghanistan-phosphorus-claim-2009-05-11)',
    'Greg Julian',
    'Rights group questions Afghanistan phosphorus claim',
    '"The insurgents possess and use white phosphorus as a weapon against people. It\'s a law of war that we adhere to but the insurgents blatantly violate," said Colonel Greg Julian, a spokesman for the U.S. military in Afghanistan. The U.S. military admits they use white phosphorus for illumination and smokescreens, but not as a weapon.',
    ['spokesperson', 'a spokesman for the U.S. military in Afghanistan'],
  ],
  [
    'a lieutenant colonel opening the sentence (wikinews-scores-killed-twin-baghdad-marketplace-attacks-2008-02-01)',
    'Steve Stover',
    'Scores killed in twin Baghdad marketplace attacks',
    'Lt. Col. Steve Stover, a spokesman for the multinational force in Baghdad, said, "By targeting innocent Iraqis, they show their true demonic character. They care nothing for the Iraqi people; they want to subjugate them and forcefully create a greater Islamic sharia state."',
    ['spokesperson', 'a spokesman for the multinational force in Baghdad'],
  ],
])('%s', (_, name, headline, paragraph, expected) => {
  expect(typeOf(name, headline, paragraph)).toEqual(expected);
});

test('a spokesman before a rank is the head of the title (wikinews-us-launches-airstrikes-against-basra-militants-2008-03-29)', () => {
  expect(typeOfPhrase('British military spokesman Maj.')).toBe('spokesperson');
});

test.each<[string | null, string | null, string | null, boolean]>([
  ['official', 'spokesperson', 'a spokesman for the U.S. military in Afghanistan', true],
  // A body's head the appositive names speaks for it too, but is no spokesman: the title's office stands.
  ['official', 'spokesperson', 'president of the Refugee Council', false],
  ['expert', 'spokesperson', 'a spokeswoman for the ministry', false],
  ['official', null, null, false],
])('title %s, appositive %s ("%s"): the spokesman wins = %s', (title, described, phrase, expected) => {
  expect(spokesOverRank(title as never, described as never, phrase)).toBe(expected);
});

test('the spokes- words, in any number', () => {
  expect(['spokesman', 'a Spokeswoman,', 'spokespeople'].map(namesSpokesperson)).toEqual([true, true, true]);
  expect(namesSpokesperson('a speaker for the house')).toBe(false);
});
