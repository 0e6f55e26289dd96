import { matchesAfterWords } from '../../../../src/core/engine/entities/afterWords';

const ROLE = /(?:spokesman|foreign minister)\b/y;
const lowerCase = (word: string) => /^[a-z-]+$/.test(word);

describe('a role noun after up to so many qualifying words', () => {
  test.each([
    [', spokesman for the ministry', true],
    [', chief government spokesman, said', true],
    [', the acting chief spokesman', true],
    [', the new acting chief spokesman', false],
    [', Polish foreign minister, said', false],
    [', former  foreign minister', false],
    [', former', false],
  ])('%j has the role within three lower-case words: %s', (after, found) => {
    expect(matchesAfterWords(after, 2, ROLE, 3, lowerCase)).toBe(found);
  });

  test('"Witold Waszczykowski, Polish foreign minister," counts a nationality when the reader accepts it', () => {
    expect(matchesAfterWords(', Polish foreign minister, said', 2, ROLE, 3, (w) => lowerCase(w) || w === 'Polish')).toBe(true);
  });
});
