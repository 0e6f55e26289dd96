/**
 * Short forms of places, each with the place's full name, so that "U.S." and "United States" are one place.
 * A place written as the short form is named by its full name.
 *
 * Each entry is [short form, full name], written as in text and matched case-sensitively.
 */
export const PLACE_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['U.S.', 'United States'],
  ['US', 'United States'],
  ['USA', 'United States'],
  ['U.S.A.', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
];
