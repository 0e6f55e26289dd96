import { describe, expect, test } from 'vitest';
import { titledHead } from '../../../../../src/core/engine/attribution/sieves/titledHead';

// sieves/titledHead.ts: the name of a blog or site that heads a colon sentence (Global Voices round-ups).

const named = (sentence: string) => {
  const span = titledHead(sentence);
  return span && sentence.slice(span[0], span[1]);
};

describe('a blog named at the head of a colon sentence', () => {
  test('"Generation Y draws a parallel …": two capitalised words before a present verb name the blog', () => {
    expect(named('Generation Y draws a parallel between the two marches:')).toBe('Generation Y');
    expect(named('Finally, Through the Eye of the Needle calls for calm:')).toBe('Through the Eye of the Needle');
  });

  test('the opening connector and the word that says what the source is are not part of the name', () => {
    expect(named('Blog Brasil Escola explains:')).toBe('Brasil Escola');
    expect(named('Guyanese-born Tastes Like Home echoed her sentiments:')).toBe('Tastes Like Home');
    expect(named('But Phetie reminds critics of the facts:')).toBeUndefined();
  });

  test('"Notes from the Cuban Exile Quarter reported …": a title with "from" (gv-caribbean-mothers-day-bloggers-2012-05-15)', () => {
    expect(named('Notes from the Cuban Exile Quarter reported on a march in honour of the memory of Laura Pollan:')).toBe('Notes from the Cuban Exile Quarter');
    // A blog that quotes someone gives the floor to them, and people "from" a place are no title.
    expect(named('Notes from the Cuban Exile Quarter quoted Berta Soler:')).toBeUndefined();
    expect(named('Bloggers from Egypt reported:')).toBeUndefined();
  });

  test('"Later the Governor of Veracruz issued a statement …": a time adverb opening the sentence is no part of the name (gv-mexico-journalist-regina-martinez-murder-reactions-2012-05-04)', () => {
    expect(
      named(
        "Later the Governor of Veracruz issued a statement including instructions to the Attorney General's Office and offering his condolences to the Martínez family:",
      ),
    ).toBe('the Governor of Veracruz');
    expect(named('Earlier, Global Voices Online published a statement:')).toBe('Global Voices Online');
    expect(named('Later Mexico reacted:')).toBeUndefined();
  });
});
