import { describe, expect, test } from 'vitest';
import { introducedSince } from '../../../../src/core/engine/attribution/indefiniteShadow';
import { analyze, attribution } from './helpers';

// Marshall Star, February 2024 (fresh NASA text, public domain): one bulletin, two stories. "The team" of the second
// story is the team of researchers it brought in, not the Mission Management Team the first story named.
describe('"the team" after "a team of researchers" is not a team named before', () => {
  const article = analyze(
    'Marshall Star',
    'During the leadup to Artemis II, Ramsey is responsible for oversight of the daily preparations. He will serve as deputy of the Mission Management Team – a tiger team that forms two days before launch.',
    'Chandra: Black Hole Fashions Stellar Beads on A String',
    'The multiwavelength data provides signs of an ancient, titanic eruption in SDSS J1531, which a team of researchers think was responsible for creation of the 19 star clusters.',
    'The astronomers also discovered cold and warm gas located near the opening of the cavity. The team argues that some of the hot gas pushed away from the black hole eventually cooled to form the cold and warm gas shown.',
  );

  test('"The team argues that …" is not the Mission Management Team’s', () => {
    expect(attribution(article, 'some of the hot gas pushed away').speaker).toBeNull();
  });

  test('an indefinite team in the paragraph of the name describes it and leaves it standing', () => {
    const texts = ['He will serve as deputy of the Mission Management Team – a tiger team.', 'The team said that it was ready.'];
    expect(introducedSince('team', { block: 0 }, { block: 1, at: 0 }, texts)).toBe(false);
  });
});

// wikinews-istanbul-court-acquits-pinar-selek-fourth-time-2014-12-20 (dev half since session 36).
describe('"the court" after "a court" the text never names is not a court named only as the agent of a passive', () => {
  test('"The court said" is not the Supreme Court of Appeals that "cancelled" an earlier sentence', () => {
    const article = analyze(
      'Istanbul court acquits bomb accused Pinar Selek for fourth time',
      'A court in the Turkish capital Istanbul yesterday cleared exiled academic Pinar Selek of killing seven in a bomb attack in 1998. It is the fourth time the courts have cleared her.',
      'That sentence was cancelled in June this year by the Supreme Court of Appeals. A warrant for her arrest was cancelled in October. Turkey had previously sought extradition from France.',
      'Also acquitted yesterday was Abdulmecit Ozturk. The court said there was no "exact and convincing" evidence against the pair. Selek has indicated a desire to return to Turkey with her name cleared. "We will be standing guard on her behalf until she returns here", Demriel promised at the December 5 protest.',
    );
    expect(attribution(article, 'there was no')).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('a court named as a subject before is still "the court"', () => {
    const article = analyze(
      'Istanbul court acquits bomb accused Pinar Selek for fourth time',
      'A court in the Turkish capital Istanbul yesterday cleared exiled academic Pinar Selek of killing seven in a bomb attack in 1998. The Supreme Court of Appeals cancelled the sentence in June.',
      'The court said there was no "exact and convincing" evidence against the pair.',
    );
    expect(attribution(article, 'there was no').speaker).toBe('Supreme Court of Appeals');
  });
});
