import { typeFromPartyLabel } from '../../../../src/core/engine/sources/partyLabel';

/** The type and evidence the party label before `name` in `text` gives. */
function read(text: string, name: string): [string, string] | null {
  const start = text.indexOf(name);
  const found = typeFromPartyLabel(text, { block: 0, start, end: start + name.length });
  return found ? [found.type, text.slice(found.evidence.start, found.evidence.end)] : null;
}

describe('a politician American news names by their party holds office', () => {
  test.each([
    // wikinews-trump-defends-sharing-classified-information-russians-2017-05-16.
    [
      'Republican John McCain of Arizona called this "A troubling signal to America\'s allies and partners around the world."',
      'John McCain',
      'Republican John McCain',
    ],
    // wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05.
    [
      "Democrat Chuck Schumer of New York said the president's criticism of Judge Robart might affect the confirmation process",
      'Chuck Schumer',
      'Democrat Chuck Schumer',
    ],
    // wikinews-house-subpoenas-pompeo-as-ukraine-envoy-resigns-2019-09-30: the label set off by a comma.
    [
      'Since then, a Republican, Mark Amodei, has publicly voiced support for the impeachment inquiry, telling the Nevada Independent:',
      'Mark Amodei',
      'Republican, Mark Amodei',
    ],
  ])('an official (%s)', (text, name, evidence) => {
    expect(read(text, name)).toEqual(['official', evidence]);
  });

  test('the party adjective before a role is no label: the role says what they are (wikinews-pelosi-announces-trump-impeachment-investigation-2019-09-25)', () => {
    expect(read('Democratic committee chairman Jerrold Nadler of New York has repeatedly maintained an impeachment inquiry', 'Jerrold Nadler')).toBeNull();
  });
});
