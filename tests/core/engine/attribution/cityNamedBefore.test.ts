import { analyze, attribution } from './helpers';

// attribution/cityNamedBefore.ts: a bare "the city" that speaks is the one town the text introduced as "the city of …".
// English Wikinews (CC BY 2.5), wikinews-water-main-bursts-white-plains-2020-08-13 (development half).

const WHITE_PLAINS = [
  'On Monday, a water main broke in the US city of White Plains, New York, cutting off the water supply to most of the city. The burst pipe caused a huge crater to form in a major intersection in the heart of the city, flooding the streets.',
  'Shortly thereafter, at 6:30 pm, the city issued a follow-up statement announcing the break had been contained by DPW. Residents were advised to expect the water to perhaps be "discolored" when it initially returned. The city estimated by 9 pm, there would be enough pressure returned to the water system for all to have water.',
];

test('"The city estimated …" is the city the text named "the US city of White Plains"', () => {
  const article = analyze('Water main bursts in White Plains, New York, US', ...WHITE_PLAINS);
  expect(attribution(article, 'there would be enough pressure')).toMatchObject({ speaker: 'White Plains', speakerRef: 'The city' });
  expect(article.entities.find((e) => e.name === 'White Plains')?.sourceType).toBe('organisation');
});

// The article's sentence with a second town added to it.
test('with two towns introduced as "the city of …", "the city" is neither', () => {
  const [first = '', second = ''] = WHITE_PLAINS;
  const article = analyze('Water main bursts in White Plains, New York, US', `${first} Crews from the city of Yonkers came to help.`, second);
  expect(attribution(article, 'there would be enough pressure').speaker).toBeNull();
});

// wikinews-japan-nuclear-crisis-chernobyl-level-aftershock-2011-04-11 (development half).
test('"Fire officials in the city said": the city is where the speakers are, not who speaks', () => {
  const article = analyze(
    'Crisis at stricken Japan nuclear plant escalates to level of Chernobyl; six killed in aftershock',
    'The news comes as a new blow after another powerful aftershock yesterday which left at least six people dead after they were killed in a mudslide in the city of Iwaki. The landslide, which destroyed numerous homes, was triggered by a magnitude 6.6 aftershock which came exactly a month after the 9.0 magnitude earthquake. Fire officials in the city said three people had already been rescued and taken to hospital.',
  );
  expect(attribution(article, 'three people had already been rescued').speaker).not.toBe('Iwaki');
});
