import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { placeAndBody } from '../../../../src/core/engine/entities/placeQualifiedBodies';
import { analyze, attribution } from '../attribution/helpers';

// placeQualifiedBodies.ts: one body of one place named several ways is one organisation. Sentences verbatim from the
// development half (English Wikinews 2019, CC BY 2.5).

/** The names and aliases of the organisation that `name` is a name of, or null when none is. */
function namesOfBody(texts: ReadonlyArray<string>, name: string): Array<string> | null {
  const found = findEntities(texts, 0).entities.find((e) => e.type === 'organization' && (e.name === name || e.aliases.has(name)));
  return found ? [found.name, ...found.aliases] : null;
}

describe('a place\'s body named with the place before it, after "of", or in a short form, is one organisation', () => {
  // wikinews-puerto-rico-supreme-court-removes-pierluisi-2019-08-08.
  const courtTexts = [
    'Puerto Rico Supreme Court removes Governor Pierluisi; Wanda Vázquez becomes governor',
    'On Wednesday, the Supreme Court of Puerto Rico issued a ruling finding in favor of a lawsuit filed by the Puerto Rico Senate on Sunday against Pedro Pierluisi over his claim to the governorship.',
    'The opinion of the Court, released on Wednesday, read in part, "[I]t is concluded that the oath of office as governor of the Honorable Pedro R. Pierluisi Urrutia, secretary of state nominated during [an Assembly] recess, is unconstitutional[...] Pierluisi Urrutia can no longer continue in the position of governor as of the moment in which this opinion and ruling is effective[.]"',
  ];

  test('the headline\'s "Puerto Rico Supreme Court" and the body\'s "Supreme Court of Puerto Rico" are one court', () => {
    expect(namesOfBody(courtTexts, 'Puerto Rico Supreme Court')).toContain('Supreme Court of Puerto Rico');
  });

  test("the opinion the court released is that court's, by the name the body gives it", () => {
    const article = analyze(...(courtTexts as [string, ...Array<string>]));
    expect(attribution(article, '[I]t is concluded that the oath').speaker).toBe('Puerto Rico Supreme Court');
    const court = article.entities.find((e) => e.name === 'Puerto Rico Supreme Court');
    expect(court?.aliases).toContain('Supreme Court of Puerto Rico');
  });

  // wikinews-lost-52-project-finds-grayback-okinawa-2019-11-13.
  const navyTexts = [
    'Lost 52 Project announces discovery of wrecked sub near Okinawa',
    "The wreck was located about 50 miles (80 km) south of Okinawa, Japan at a depth of over 1400 feet (about 430 meters), far from where the Navy's records initially predicted it would be. The United States Navy confirmed the discovery.",
    'The Lost 52 Project, named after the number of U.S. Navy submarines sunk during World War II, has previously located several of those vessels — three or four by varying reports — using data released by the U.S. Navy.',
  ];

  test('"the U.S. Navy" and "The United States Navy" are one navy, and "the Navy\'s records" before them are its records', () => {
    const names = namesOfBody(navyTexts, 'United States Navy');
    expect(names).toContain('U.S. Navy');
    expect(names).toContain('Navy');
  });

  test('what "the Navy\'s records initially predicted" is the United States Navy\'s', () => {
    const article = analyze(...(navyTexts as [string, ...Array<string>]));
    expect(attribution(article, 'it would be').speaker).toBe('United States Navy');
  });
});

describe("which names read as a place's body", () => {
  test('the place before the body, after "of", or as a short form gives the place in full', () => {
    expect(placeAndBody('Puerto Rico Supreme Court')).toEqual({ place: 'Puerto Rico', body: 'Supreme Court' });
    expect(placeAndBody('Supreme Court of Puerto Rico')).toEqual({ place: 'Puerto Rico', body: 'Supreme Court' });
    expect(placeAndBody('U.S. Navy')).toEqual({ place: 'United States', body: 'Navy' });
    expect(placeAndBody('United States Navy')).toEqual({ place: 'United States', body: 'Navy' });
  });

  test("a name no place qualifies, or whose last word heads no organisation, is no place's body", () => {
    // "the House" never joins the White House: "White" is no place.
    expect(placeAndBody('White House')).toBeNull();
    expect(placeAndBody('Lost 52 Project')).toBeNull();
    expect(placeAndBody('Puerto Rico')).toBeNull();
  });
});
