import { describe, expect, test } from 'vitest';
import { titleBeforePronoun } from '../../../../src/core/engine/attribution/titleBeforePronoun';
import { analyze, attribution } from './helpers';

// titleBeforePronoun.ts: a person a he/she's own sentence names by title alone stands between the pronoun and anyone named
// earlier who does not hold the title. Sentences from the development half of tests/fixtures/real.

// wikinews-beachside-photos-new-jersey-governor-draw-criticism-2017-07-03.
const BANNER =
  'On Monday, a plane towed a banner over Seaside Park reading, "Tell Gov Christie: Get the hell off Island Beach State Park," echoing the Governor\'s own words in 2011, in which he told visitors "Get the hell off the beach" as Hurricane Irene approached.';

describe('a title before a he/she in its sentence', () => {
  test('"echoing the Governor\'s own words …, in which he told" names the governor before the he', () => {
    expect(titleBeforePronoun(BANNER, 0, BANNER.indexOf('he told'), 'male')).toBe('governor');
  });

  test('a title inside quote marks, of the other gender or after a preposition is none', () => {
    const quoted = '"Tell the Governor: get off the beach," a banner read, and he said it again.';
    expect(titleBeforePronoun(quoted, 0, quoted.indexOf('he said'), 'male')).toBeNull();
    const woman = 'Echoing the spokeswoman, he told visitors to leave.';
    expect(titleBeforePronoun(woman, 0, woman.indexOf('he told'), 'male')).toBeNull();
    const object = 'In a letter to the president, he told visitors to leave.';
    expect(titleBeforePronoun(object, 0, object.indexOf('he told'), 'male')).toBeNull();
  });

  test('the he of "the Governor\'s own words, in which he told" is not the visitor quoted two paragraphs before', () => {
    const article = analyze(
      'Beachside photos of New Jersey governor draw criticism, photo-mashups during state budget crisis',
      'One visitor to Atlantic City, New Jersey — Matt Jenkins — told the press, "I think it\'s a shame, it\'s hideous."',
      "Regardless of whether they shared Jenkins' opinion, users of Photoshop and similar programs added the Governor in his beach gear to images of television programs such as Jersey Shore and The Sopranos, movies like Jaws, and one scene from the Oval Office.",
      BANNER,
    );
    expect(attribution(article, 'Get the hell off the beach')).toMatchObject({ kind: 'direct', speaker: null });
  });
});
