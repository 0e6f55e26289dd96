import { expect, test } from 'vitest';
import { numberForms, releasedTitleAt } from '../../../../src/core/engine/attribution/releasedTitle';
import { analyze, attribution } from './helpers';

// releasedTitle.ts: a document its subject released under a title, or as new, is that subject's word when the text
// later names it with "the". Sentences verbatim from the development half (Wikinews 2013, CC BY 2.5; NASA 2024,
// public domain).

test('"The report noted …" after "the World Bank released the 2012 World Development Report …" is the World Bank\'s', () => {
  const article = analyze(
    'Finnish female politicians highlighted in World Bank gender report',
    'Earlier this week the World Bank released the 2012 World Development Report on Gender Equality and Development. The report noted relatively high numbers of women participating in Finnish politics, and credited the Council for Equality between Men and Women in Finland with progress.',
    'Finland bucks the global trend; the report notes globally "the number of women holding parliamentary seats is very low, and progress in the last 15 years has been slow."',
  );
  expect(attribution(article, 'relatively high numbers of women')).toMatchObject({ speaker: 'World Bank', resolution: 'role' });
  expect(attribution(article, 'the number of women holding parliamentary seats is very low')).toMatchObject({ speaker: 'World Bank' });
});

test('"According to the data, …" after a body "released new data" is that body\'s', () => {
  const article = analyze(
    'Competitive Robotics in West Virginia Reaches All-Time High',
    'The West Virginia Robotics Alliance, managed by the Education Resource Center (ERC) team at the NASA Katherine Johnson IV&V Facility, released new data for the 2023-24 Robotics Season that shows a peak in the number of teams and steady growth over the last several years.',
    'According to the data, the overall number of robotics teams in the state has risen every year since 2011 – with one exception during the 2020-21 season when the COVID-19 pandemic impacted participation.',
  );
  expect(attribution(article, 'the overall number of robotics teams')).toMatchObject({ speaker: 'West Virginia Robotics Alliance' });
});

test('a title put out is read only after "issued" or "released", and a lower-case "the report" is no title', () => {
  expect(releasedTitleAt('Earlier this week the World Bank released the 2012 World Development Report on Gender Equality.', ['report'])).toBe(33);
  expect(releasedTitleAt('The ministry released the report on Monday.', ['report'])).toBe(-1);
  expect(releasedTitleAt('The journal Science published the Annual Ocean Report.', ['report'])).toBe(-1);
  expect(releasedTitleAt('The alliance released new data for the season.', ['data'])).toBe(13);
});

test('a document noun is read in both numbers', () => {
  expect(numberForms('warnings')).toEqual(['warnings', 'warning']);
  expect(numberForms('warning')).toEqual(['warning', 'warnings']);
  expect(numberForms('studies')).toEqual(['studies', 'study']);
  expect(numberForms('address')).toEqual(['address', 'addresses']);
});
