import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/bodyBeforeSubject.ts: "According to <body> <person>, <role>, was …", a comma missing after the body's name.

// wikinews-amnesty-international-iran-free-journalists-2009-06-28 (development half), verbatim.
test('"According to Amnesty International Iason Athanasiadis-Fowden, reporter for …, was arrested": the body reports the arrest of the person', () => {
  const article = analyze(
    'Amnesty International tells Iran to free imprisoned journalists',
    'News media have reported that dozens of journalists have been arrested in Iran, according to Amnesty International there may be up to 30 journalists imprisoned in the country. Amnesty International refers to the imprisoned journalists as "prisoners of conscience."',
    'Associated Press reported that reporters for foreign news media outlets have been barred from covering recent events from streets in Iran, and in addition multiple foreign journalists have been forced to leave the country. According to Amnesty International Iason Athanasiadis-Fowden, reporter for The Washington Times, was arrested on about June 19, and Maziar Bahari of Newsweek was arrested on June 21.',
  );
  expect(attribution(article, 'Iason Athanasiadis-Fowden, reporter')).toMatchObject({ kind: 'reported', speaker: 'Amnesty International' });
});

// wikinews-uk-asylum-questionnaire-2023-02-23 (development half), verbatim: with a speech verb after the names, the person speaks.
test('"CEO of the Refugee Council Enver Solomon told …": the person after a body\'s name still speaks', () => {
  const article = analyze(
    'UK asylum questionnaire',
    'After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process "must be well thought out".',
  );
  expect(attribution(article, 'must be well thought out').speaker).toBe('Enver Solomon');
});
