import { describe, expect, test } from 'vitest';
import { isRoleOrTitleWord, rolePhraseAt } from '../../../../src/core/engine/attribution/rolePhrase';

// rolePhrase.ts: the role noun phrase a cue's subject opens with (AP style's descriptions of unnamed sources).

describe('role noun phrases', () => {
  test.each([
    ['a senior official at the environment ministry said', 'a senior official at the environment ministry'],
    ['A developer for OPM Alert said that the data was stolen', 'A developer for OPM Alert'],
    ['the spokesman, who declined to be named', 'the spokesman'],
    ['its chief executive told reporters', 'its chief executive'],
  ])('"%s" opens with the role "%s"', (rest, phrase) => {
    expect(rolePhraseAt(rest, 1)).toBe(phrase);
  });

  test('a headline drops the article ("UN chief warns"); a paragraph does not', () => {
    expect(rolePhraseAt('UN chief warns of famine', 0)).toBe('UN chief');
    expect(rolePhraseAt('UN chief warns of famine', 1)).toBeNull();
  });

  // Wikinews, "Former President of France Jacques Chirac dies aged 86" (CC BY 2.5), fresh page, in neither half of the corpus.
  test('a role noun after a preposition is its object, no role phrase ("the news to parliament")', () => {
    expect(rolePhraseAt('the news to parliament said, "Jacques Chirac is part of the history of France".', 1)).toBeNull();
    expect(rolePhraseAt('the French parliament said', 1)).toBe('the French parliament');
  });

  test('a phrase with no role noun is no role', () => {
    expect(rolePhraseAt('the river flooded the town', 1)).toBeNull();
  });

  test('role nouns and title words are told from other words', () => {
    expect(isRoleOrTitleWord('spokesman')).toBe(true);
    expect(isRoleOrTitleWord('minister')).toBe(true);
    expect(isRoleOrTitleWord('river')).toBe(false);
  });
});
