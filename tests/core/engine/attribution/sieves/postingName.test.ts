import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/postingName.ts: a poster known by the name they post under (Global Voices, "Europe: Crisis Fuels
// Anti-Immigration Politics", 2012-05-10, development half).

const EUROPE = 'Europe: Crisis Fuels Anti-Immigration Politics';
const COMMENT =
  "She [Merkel] wanted People from richer nations to embrace and train poorer region folk! It hasn't worked, its cost us all billions and its getting more expensive year on year!";

describe('a poster named by the name they post under', () => {
  test('the comment after the colon is the name’s, not that of the one the sentence goes on to report', () => {
    const article = analyze(
      EUROPE,
      'In Great Britain, a commenter posting under the name James reacted to the fact that Cameron, Merkel, and Sarkozy declared the failure of multiculturalism in Europe:',
      COMMENT,
    );
    expect(attribution(article, 'She [Merkel] wanted')).toMatchObject({ kind: 'direct', speaker: 'James', cue: 'posting under the name James' });
  });

  test('a participle of posting with no name after it leaves the comment unattributed, never to a name the clause reports', () => {
    const article = analyze(
      EUROPE,
      'In Great Britain, a commenter posting under an article reacted to the fact that Sarkozy declared the failure of multiculturalism:',
      COMMENT,
    );
    expect(attribution(article, 'She [Merkel] wanted')).toMatchObject({ speaker: null, cue: 'posting' });
  });
});
