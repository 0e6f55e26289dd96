import { missionAfterPlace } from '../../../../src/core/engine/attribution/placeMission';
import { analyze, attribution } from './helpers';

// placeMission.ts: a country's embassy or consulate speaks as itself, not as the country whose name opens it.

// English Wikinews (CC BY 2.5), development half: wikinews-first-foreigners-die-coronavirus-wuhan-2020-02-10.
test('"According to the U.S. embassy in Beijing, …" is the embassy\'s, named with its city, not the United States\'', () => {
  const article = analyze(
    'Coronavirus kills first foreigners in Wuhan',
    'According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6; Chinese authorities referred to him as "Chinese-American." Japanese officials said the Japanese man showed symptoms similar to the coronavirus infection and was suspected to have it; his death, they reported, was officially described as viral pneumonia.',
  );
  expect(attribution(article, 'the infected 60-year-old western man').speaker).toBe('U.S. embassy in Beijing');
});

// The same embassy speaking before its verb, in the words of the sentence above: the words before the verb stop at "in".
test('"The US embassy in Nairobi said …" is the embassy\'s, not left without a speaker', () => {
  const article = analyze('Road closed', 'It rained. The US embassy in Nairobi said that the border was closed on Monday.');
  expect(attribution(article, 'the border was closed').speaker).toBe('US embassy');
});

test("the city is part of the mission's name only when a comma or the clause's end closes it", () => {
  expect(missionAfterPlace(' embassy in Beijing, the infected')).toBe(' embassy in Beijing'.length);
  expect(missionAfterPlace(' embassy in Nairobi said that')).toBe(' embassy'.length);
  expect(missionAfterPlace(' consulate in Hong Kong')).toBe(' consulate in Hong Kong'.length);
  expect(missionAfterPlace(' officials said')).toBe(0);
});
