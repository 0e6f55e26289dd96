import { describe, expect, test } from 'vitest';
import { reopenedSingleEnd } from '../../../src/core/engine/reopenedSingle';

// Maxibeats quoting Ike Shorunmu, in gv-nigeria-rashidi-yekini-obituary-2012-05-08: two quotes left open before the next ‘.
const SHORUNMU =
  'Super Eagle ex-goal keeper Ike Shorunmu also confirmed to Saturday Tribune saying ‘It’s so sad but the truth of the matter is that our dear Rashidi Yekini is dead, Shorunmu lamented. ‘He died in a private hospital in Ibadan. ‘The woman who had a daughter for Yekini told me this sad news and told me that he would be buried today in Ira, Kwara State’, said Shorunmu.';

/** The words of the quote opened at the `nth` ‘ of `text` up to where `reopenedSingleEnd` ends it at the next ‘. */
function endedAtNextMark(text: string, nth: number): string | null {
  const marks = [...text.matchAll(/‘/g)].map((m) => m.index);
  const open = marks[nth] ?? -1;
  const end = reopenedSingleEnd(text, open, marks[nth + 1] ?? -1);
  return end < 0 ? null : text.slice(open + 1, end + 1);
}

describe('a single-quoted quote the writer reopens without closing it', () => {
  test('ends at the comma before "Shorunmu lamented", which stays outside the quote', () => {
    expect(endedAtNextMark(SHORUNMU, 0)).toBe('It’s so sad but the truth of the matter is that our dear Rashidi Yekini is dead,');
  });

  test('with no cue before the new mark, ends with the sentence before it', () => {
    expect(endedAtNextMark(SHORUNMU, 1)).toBe('He died in a private hospital in Ibadan.');
  });

  test('is not ended by a ‘ inside its sentence (an elided word), nor by a straight mark', () => {
    expect(endedAtNextMark('She said ‘we stayed ‘cause we had to’ and left.', 0)).toBeNull();
    const straight = SHORUNMU.replace('lamented. ‘He', "lamented. 'He");
    expect(reopenedSingleEnd(straight, straight.indexOf('‘'), straight.indexOf("'He"))).toBe(-1);
  });
});
