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
