import { describe, expect, test } from 'vitest';
import { listedAfterObject } from '../../../../src/core/engine/attribution/listedAfterObject';

// listedAfterObject.ts: whether a name after an object is one more object of a list, or the subject an opening phrase
// leads to.

/** Whether `name` is listed after `object` in `sentence` (both found by their first occurrence). */
function listed(sentence: string, object: string, name: string): boolean {
  const objectEnd = sentence.indexOf(object) + object.length;
  const nameStart = sentence.indexOf(name, objectEnd);
  return listedAfterObject(sentence, 0, objectEnd, nameStart, nameStart + name.length);
}

describe("a name after an object and a comma or 'and': one more object, or the subject an opening phrase leads to", () => {
  test("the name after 'Like President Bush,' is the subject, not a second object (wikinews-george-bush-arrives-in-middle-east-2008-01-09)", () => {
    const sentence =
      'Like President Bush, Israeli Prime Minister Ehud Olmert kept his comments at the arrival ceremony broad in nature, avoiding any direct reference to issues related to the peace process.';
    expect(listed(sentence, 'President Bush', 'Israeli Prime Minister Ehud Olmert')).toBe(false);
  });

  test('names listed after an object in the middle of a sentence stay objects (Doris Day biography)', () => {
    const sentence = 'She was also married in turn to George Weidler, Marty Melcher, and Barry Comden.';
    expect(listed(sentence, 'George Weidler', 'Marty Melcher')).toBe(true);
    expect(listed(sentence, 'Marty Melcher', 'Barry Comden')).toBe(true);
  });

  test('a list the opening phrase goes on with stays a list', () => {
    expect(listed('With Smith, Jones and Brown on board, the bill passed.', 'Smith', 'Jones')).toBe(true);
  });

  test('a name described after its comma is not taken for the subject', () => {
    expect(listed('Unlike Smith, Jones, a lawyer, kept quiet.', 'Smith', 'Jones')).toBe(true);
  });

  test("a name after words other than a comma or 'and' is never listed", () => {
    expect(
      listed('Following a discussion with Ehud Olmert, the Israeli Prime Minister, George Bush said he would provide pressure.', 'Ehud Olmert', 'George Bush'),
    ).toBe(false);
  });
});
