import { describe, expect, test } from 'vitest';
import { tweetPosts } from '../../../../../src/core/engine/attribution/sieves/tweetSignature';
import { analyze, attribution } from '../helpers';

// sieves/tweetSignature.ts: an embedded post of X (Twitter), its words a paragraph, signed by the line its embed code prints.

// Global Voices, "Trinidad & Tobago: Did Narine Choose Kolkata Over West Indies Cricket?", 2014-06-02, CC BY (development half).
const NARINE = 'Trinidad & Tobago: Did Narine Choose Kolkata Over West Indies Cricket?';
const NARINE_FAN = 'This cricket fan felt that the WICB were right to take their stand:';
const NARINE_POST = 'the wicb needed to take a stand and force narine to come back in time';
const NARINE_SIGNATURE = '— Kevon Persad (@penguin0017) June 1, 2014';

describe('a post signed with its author and handle is their direct quote', () => {
  test('a person’s post, though it ends with no full stop, is theirs (gv-narine-kolkata-west-indies-cricket-2014-06-02)', () => {
    const article = analyze(NARINE, NARINE_FAN, NARINE_POST, NARINE_SIGNATURE);
    expect(attribution(article, 'the wicb needed to take a stand')).toMatchObject({ kind: 'direct', speaker: 'Kevon Persad' });
  });

  test('an account whose display name names no one the text knows is the account, by its handle (gv-narine-kolkata-west-indies-cricket-2014-06-02)', () => {
    const article = analyze(
      NARINE,
      'Other fans felt the WICB was being unreasonable:',
      'A player should NEVER be put in the position that Narine was. Stubborn management creates bad blood, this is spiteful & childish from WICB.',
      '— Alternative Cricket (@AltCricket) June 1, 2014',
    );
    expect(attribution(article, 'A player should NEVER be put').speaker).toBe('@AltCricket');
  });

  // 18F, "The digital services flash mob", 2015-05-11, public domain (development half).
  test('an agency’s account is the agency (usgov-gsa-18f-moveforward-digital-services-flash-mob-2015-05-11)', () => {
    const article = analyze(
      'The digital services flash mob',
      'GSA’s Acting Administrator Denise Turner Roth also greeted the crowd.',
      'The @USDS and @18F teams saying hi to @DeniseUSGSA at the #moveForward100 event. pic.twitter.com/uncSFpyaEH',
      '— GSA (@USGSA) April 29, 2015',
    );
    expect(attribution(article, 'The @USDS and @18F teams saying hi')).toMatchObject({ kind: 'direct', speaker: 'GSA' });
  });
});

describe('what is no embedded post', () => {
  test('a signature with no handle and day is a pull quote’s, not a post’s', () => {
    expect(tweetPosts(['Headline', 'The explosion was really strong.', '—Abu Ahmed, witness to the attack'], [false, true, true]).size).toBe(0);
  });

  test('a paragraph with quote marks before a post’s signature is read as its marks say', () => {
    expect(tweetPosts(['Headline', 'He said: “we lost”', NARINE_SIGNATURE], [false, true, true]).size).toBe(0);
  });

  test('two signatures in a row sign nothing between them', () => {
    expect(tweetPosts(['Headline', NARINE_SIGNATURE, '— Kevon Persad (@penguin0017) June 2, 2014'], [false, true, true]).size).toBe(0);
  });
});
