import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { analyze, attribution } from '../attribution/helpers';

// misspeltSurnames.ts: a lone surname the copy misspells is the one person named in full whose surname it is.

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person' && e.mentions.length > 0)
    .map((e) => [e.name, [...e.aliases]]);

// wikinews-indonesian-authorities-refugee-boats-pushed-back-australian-navy-2014-01-13 (development half), as published.
test('"Mr Abbot calling the relationship "very strong"" after "Tony Abbott commented" is Tony Abbott, and the words his', () => {
  const article = analyze(
    'Indonesian authorities: refugee boats pushed back by Australian Navy',
    'The Australian government originally had no response, but after protests by Labor and the Greens, Tony Abbott commented.',
    'Indonesian National Armed Forces chief General Moeldoko said according to the Jakarta Post, and an Australian Defence Force spokesperson confirmed, that they agreed on the push-backs approach mid-December with no further comment; with Mr Abbot calling the relationship "very strong", while Indonesia\'s legal and security affairs minister Djoko Suyanto and foreign affairs minister Marty Natalegawa both disapproved of the approach.',
  );
  const abbott = article.entities.filter((e) => e.name === 'Tony Abbott' || e.name === 'Abbot');
  expect(abbott.map((e) => e.name)).toEqual(['Tony Abbott']);
  expect(attribution(article, 'very strong').speaker).toBe('Tony Abbott');
});

// wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26 (development half), as published.
test('"Rumsfled stated that" after "Donald Rumsfeld arrived" is Donald Rumsfeld', () => {
  expect(
    people(
      'US Secretary of Defense Donald Rumsfeld arrived in Brazil for a visit with Brazilian President Luiz Inacio Lula da Silva.',
      'Rumsfled stated that the friendship between Brazil and United States is long-standing.',
    ),
  ).toEqual([
    ['Donald Rumsfeld', ['Rumsfled']],
    ['Luiz Inacio Lula da Silva', []],
  ]);
});

// Made on the sentences above: "Abbot" is Mary Abbot's own surname, so it is not Tony Abbott's misspelt.
test('a lone word another person bears as a surname of their own is no misspelling of a near one', () => {
  const found = people('Tony Abbott and Mary Abbot spoke.', 'Later Mr Abbott commented again, and Abbot stated that it was over.');
  expect(found.map(([name]) => name)).toContain('Tony Abbott');
  expect(found.find(([name]) => name === 'Tony Abbott')?.[1]).not.toContain('Abbot');
});

// Made on entities.test.ts's "Coach Hansen" case: a doubled letter also tells real surnames apart, and a bare surname
// with a title of its own gives no sign it is the woman named in full.
test('"Coach Hansen" after "Senator Jane Hanssen" stays someone else', () => {
  expect(people('Senator Jane Hanssen spoke first.', 'Coach Hansen answered questions from the press.').map(([name]) => name)).toEqual([
    'Jane Hanssen',
    'Hansen',
  ]);
});

// Made on the Wikinews sentence: "Mrs" does not fit Mark, a man's given name, so "Mrs Abbot" is someone else.
test('"Mrs Abbot" after "Mark Abbott commented" stays someone else', () => {
  expect(people('After protests, Mark Abbott commented.', 'Later Mrs Abbot called the relationship "very strong".').map(([name]) => name)).toContain('Abbot');
});

// Made on entities.test.ts's case: the respelt-surname merge (shortForms.ts) asks the honorific too; "Mr" does not fit
// Jane, so "Mr Hansen" is someone else.
test('"Mr Hansen" after "Senator Jane Hanssen" stays someone else', () => {
  expect(people('Senator Jane Hanssen spoke first.', 'Mr Hansen answered questions from the press.').map(([name]) => name)).toEqual(['Jane Hanssen', 'Hansen']);
});
