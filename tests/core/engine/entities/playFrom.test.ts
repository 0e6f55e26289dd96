import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { playFrom } from '../../../../src/core/engine/entities/playFrom';

// playFrom.ts: a play's noun and "from" before a name. Sentences quoted exactly from the development half.

const typeOf = (name: string, ...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type;

describe('a player named after a play and "from"', () => {
  // wikinews-fifa-world-cup-2018-day-six-japan-senegal-russia-2018-06-19.
  test('the player whose assist made a header ("a close-range header from Keisuke Honda\'s assist") is a person, not a place', () => {
    const text =
      "Japan had multiple attempts on goal, and in the 73rd minute, Yuya Osako scored a close-range header from Keisuke Honda's assist, putting Japan in the lead.";
    expect(typeOf('Keisuke Honda', text)).toBe('person');
    expect(typeOf('Japan', text)).toBe('place');
  });

  // wikinews-fifa-world-cup-2018-brazil-belgium-advance-mexico-japan-2018-07-04.
  test('a player known by one name ("a close-range shot from Willian\'s assist") is a person', () => {
    const text = "In the second half, Brazil opened the scoring in the 51st minute when Neymar scored a close-range shot from Willian's assist.";
    expect(typeOf('Willian', text)).toBe('person');
  });

  // wikinews-fifa-world-cup-2018-day-four-mexico-germany-serbia-brazil-2018-06-17.
  test('"a header from Xherdan Shaqiri" names the player who crossed', () => {
    const text = 'Steven Zuber scored a header from Xherdan Shaqiri and equalised for the Swiss side.';
    expect(typeOf('Xherdan Shaqiri', text)).toBe('person');
  });

  test('"from" after any other word still says where', () => {
    expect(playFrom('a header from ')).toBe(true);
    expect(playFrom('Chinese bloggers arrived from ')).toBe(false);
    expect(playFrom('a long way from ')).toBe(false);
  });
});
