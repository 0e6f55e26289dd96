import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { initialledDoubleSurname } from '../../../../src/core/engine/entities/initialledDoubleSurnames';

// initialledDoubleSurnames.ts: "Pedro Pierluisi" and "Pedro R. Pierluisi Urrutia" are one person. Sentences verbatim from
// the development half (wikinews-puerto-rico-supreme-court-removes-pierluisi-2019-08-08, English Wikinews 2019, CC BY 2.5).

describe("a person named by given name and father's surname is the one the text names in full with both surnames", () => {
  test('"Pedro Pierluisi" and "the Honorable Pedro R. Pierluisi Urrutia" are one person, called by every form', () => {
    const texts = [
      'Puerto Rico Supreme Court removes Governor Pierluisi; Wanda Vázquez becomes governor',
      'On Wednesday, the Supreme Court of Puerto Rico issued a ruling finding in favor of a lawsuit filed by the Puerto Rico Senate on Sunday against Pedro Pierluisi over his claim to the governorship.',
      'The opinion of the Court, released on Wednesday, read in part, "[I]t is concluded that the oath of office as governor of the Honorable Pedro R. Pierluisi Urrutia, secretary of state nominated during [an Assembly] recess, is unconstitutional[...] Pierluisi Urrutia can no longer continue in the position of governor as of the moment in which this opinion and ruling is effective[.]"',
      "While the House of Representatives confirmed Pierluisi's nomination on Friday, the Senate did not. Pierluisi stated he would leave the governorship if the Senate voted against confirming him.",
    ];
    const people = findEntities(texts, 0).entities.filter((e) => e.type === 'person' && /Pierluisi/.test(e.name));
    expect(people).toHaveLength(1);
    expect([people[0]?.name, ...(people[0]?.aliases ?? [])]).toEqual(expect.arrayContaining(['Pedro Pierluisi', 'Pierluisi Urrutia', 'Pierluisi']));
  });

  test("only a full name with an initial, the same given name and father's surname, then one more surname", () => {
    expect(initialledDoubleSurname('Pedro Pierluisi', 'Pedro R. Pierluisi Urrutia')).toBe(true);
    expect(initialledDoubleSurname('John Smith', 'John Smith Taylor')).toBe(false);
    expect(initialledDoubleSurname('Pedro Pierluisi', 'Juan R. Pierluisi Urrutia')).toBe(false);
    expect(initialledDoubleSurname('George Bush', 'George W. Bush')).toBe(false);
  });
});
