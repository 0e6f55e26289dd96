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
