import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// placeThenPerson.ts: a place's name run on into a person's. gv-middle-east-bloggers-react-obama-cairo-speech-2009-06-05
// and gv-malawi-banda-promises-lift-homosexuality-ban-2012-05-19 (development half, CC BY 3.0).

const named = (...texts: Array<string>) => findEntities(['Names in the news', ...texts], 0).entities.map((e) => `${e.type}:${e.name}`);

test('"writing at South Jerusalem Gresghom Gorenberg notes …" then "Gorenberg writes:" is a place and a person', () => {
  const found = named('In Israel, writing at South Jerusalem Gresghom Gorenberg notes how the speech has changed history:', 'On the speech, Gorenberg writes:');
  expect(found).toEqual(expect.arrayContaining(['place:South Jerusalem', 'person:Gresghom Gorenberg']));
  expect(found).not.toContain('place:South Jerusalem Gresghom Gorenberg');
});

test('a surname the text gives a person with a known first name is not split off a place: "Malawi Pres Banda\'s office"', () => {
  const found = named(
    'Malawi President Joyce Banda promised to repeal the laws.',
    "@forbeesta: Malawi Pres Banda's office have confirmed to me that they object to reports that she will repeal homosexuality laws.",
    'Banda said the laws would go.',
  );
  expect(found).not.toContain('person:Pres Banda');
});

// English Wikinews, "Bernie Sanders ends 2020 US presidential bid", 2020-04-10, CC BY 2.5 (fresh text, no gold).
test('"Senator from New York Hillary Clinton" is the place New York and the person Hillary Clinton, not "York Hillary Clinton"', () => {
  const found = named(
    'Sanders lost the nomination in 2016 to former United States Secretary of State and former United States Senator from New York Hillary Clinton.',
    'On the Republican side, incumbent President of the United States Donald Trump is running for a second term.',
  );
  expect(found).toEqual(expect.arrayContaining(['place:New York', 'person:Hillary Clinton', 'person:Donald Trump']));
  expect(found).not.toContain('person:York Hillary Clinton');
  expect(found).not.toContain('place:President of the United States');
});

// wikinews-chinese-submarine-enters-japanese-waters-2004-11-18 (development half, public domain), verbatim.
test('"the Japanese ambassador to China Anami Koreshige" is a place and then a person, a surname-first name after an envoy\'s "to"', () => {
  const found = named(
    'On 17 November, Chinese Vice Foreign Minister Wu Daiwei met with the Japanese ambassador to China Anami Koreshige in Beijing and offered an apology for the incident, stating that the submarine was on a training mission and the intrusion was due to a "technical error" and was "regrettable."',
  );
  expect(found).toEqual(expect.arrayContaining(['place:China', 'person:Anami Koreshige']));
});
