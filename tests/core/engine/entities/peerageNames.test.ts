import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// peerageNames.ts: a peer's title set off after their name is an alias of the person, not a second person.
describe('a peerage title set off after a person’s name', () => {
  const people = (paragraphs: Array<string>) =>
    findEntities(['A headline about the news', ...paragraphs], 0)
      .entities.filter((e) => e.type === 'person')
      .map((e) => ({ name: e.name, aliases: [...e.aliases] }));

  // Development half: wikinews-scottish-court-finds-parliament-suspension-unlawful-2019-09-13 (CC BY 2.5).
  test('"Colin Sutherland, Lord Carloway, the Lord President of the court decided" names one person', () => {
    const found = people([
      'The three-judge court found Johnson\'s advice to the Queen "was motivated by the improper purpose of stymying Parliament." Colin Sutherland, Lord Carloway, the Lord President of the court decided, according to the summary, "that although advice to HM [Her Majesty] the Queen on the exercise of the royal prerogative of prorogating Parliament was not reviewable on the normal grounds of judicial review, it would nevertheless be unlawful".',
    ]);
    const named = found.filter((p) => /Carloway|Sutherland/.test(p.name));
    expect(named.map((p) => p.name)).toEqual(['Colin Sutherland']);
    expect(named[0]?.aliases).toContain('Lord Carloway');
  });

  // Made up: a title that is an office, not a peerage, joins no one.
  test('"Sadiq Khan, Mayor of London," keeps the mayor alone', () => {
    const found = people(['Sadiq Khan, Mayor of London, said the city would reopen.']);
    expect(found.map((p) => p.name)).toEqual(['Sadiq Khan']);
  });
});

// peerageNames.ts: names in a list stay apart, though one of them is a peer's title.
describe('a peerage title in a list of people', () => {
  const people = (paragraphs: Array<string>) =>
    findEntities(['A headline about the news', ...paragraphs], 0)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);

  // Made up, in the shape of a British political report: a list of guests, one a life peer.
  test('"attended by David Cameron, Lord Ashcroft, William Hague and George Osborne" keeps Ashcroft apart', () => {
    const found = people([
      'The dinner was attended by David Cameron, Lord Ashcroft, William Hague and George Osborne, a spokesman said.',
      'Lord Ashcroft said: "We were told nothing."',
    ]);
    expect(found).toContain('David Cameron');
    expect(found.some((n) => /Ashcroft/.test(n))).toBe(true);
  });

  // Made up, in the shape of the Court of Session report (wikinews-scottish-court-finds-parliament-suspension-unlawful-2019-09-13).
  test('"The panel of Lord Brodie, Lady Dorrian, Lord Drummond Young, and others" is three judges', () => {
    const found = people(['The panel of Lord Brodie, Lady Dorrian, Lord Drummond Young, and others heard the case on Tuesday.']);
    expect(found.filter((n) => /Brodie|Dorrian|Drummond/.test(n))).toHaveLength(3);
  });

  test('"Theresa May, David Cameron, Lord Ashcroft, and others" joins no one', () => {
    const found = people(['Guests included Theresa May, David Cameron, Lord Ashcroft, and others from the party.']);
    expect(found.some((n) => /Ashcroft/.test(n))).toBe(true);
  });
});
