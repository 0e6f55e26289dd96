import { describe, expect, test } from 'vitest';
import { namesChild } from '../../../../src/core/engine/entities/childrenNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// childrenNames.ts: given names listed as someone's children are people. Sentences verbatim from the development half
// (wikinews-john-paul-stevens-dies-2019-07-17, English Wikinews 2019, CC BY 2.5).

describe("given names named as someone's children are people", () => {
  test('"to his children Elizabeth and Susan" names two people, inside a quoted statement too', () => {
    const texts = [
      'Retired US Supreme Court Justice John Paul Stevens dies',
      '"On behalf of the Court and retired Justices," wrote Chief Justice John G. Roberts, "I am saddened to report that our colleague Justice John Paul Stevens has passed away. His unrelenting commitment to justice has left us a better nation. We extend our deepest condolences to his children Elizabeth and Susan, and to his extended family".',
    ];
    const people = findEntities(texts, 0)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Elizabeth', 'Susan']));
  });

  test('only a listed given name alone after "children" or listed with one', () => {
    expect(namesChild('condolences to his children ', 'Elizabeth')).toBe(true);
    expect(namesChild('condolences to his children Elizabeth and ', 'Susan')).toBe(true);
    expect(namesChild("the city's children ", 'Hospital')).toBe(false);
    expect(namesChild('his children ', 'Elizabeth Stevens')).toBe(false);
    expect(namesChild('the condolences to ', 'Elizabeth')).toBe(false);
  });
});

// usgov-nasa-honors-three-chroniclers-space-story-2024-05-15 (nasa.gov, 2024) and wikinews-gloria-vanderbilt-dies-2019-06-20
// (English Wikinews 2019, CC BY 2.5), development half.
describe('an obituary or a profile listing the children by their given names', () => {
  test('"They have three adult children: Alex, Jordan, and Marie." names the children after the colon', () => {
    expect(namesChild('They have three adult children: ', 'Alex')).toBe(true);
    expect(namesChild('They have three adult children: Alex, Jordan, and ', 'Marie')).toBe(true);
  });

  test('"survived by two sons with Stokowski, Stanislaus and Christopher" names both sons, not their father', () => {
    const texts = [
      'Gloria Vanderbilt dies aged 95',
      'Vanderbilt is survived by two sons with Stokowski, Stanislaus and Christopher, and by her son Anderson Cooper.',
    ];
    const people = findEntities(texts, 0)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Stanislaus', 'Christopher', 'Anderson Cooper']));
  });

  test('sons with no number before them, or a count of things, name no child here', () => {
    expect(namesChild('the two sons ', 'Hospital')).toBe(false);
    expect(namesChild('He won two medals: ', 'Alex')).toBe(false);
    expect(namesChild('three adult workers: ', 'Alex')).toBe(false);
  });
});
