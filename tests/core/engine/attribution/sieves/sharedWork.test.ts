import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/sharedWork.ts: a colon sentence in which someone passes on another's writing sets off the writing's author's
// words. Lane break35's sentences, written on the shape of Global Voices lead-ins (no May 2012 post has the verb and the
// "by" together); each block had gone to the one who shared it.

test("'Blogger Mona Seif shared a poem by Ahmed Fouad Negm:' sets off the poet's words, not the blogger's", () => {
  const article = analyze('Egypt', 'Blogger Mona Seif shared a poem by Ahmed Fouad Negm:', '"Who are they, and who are we?"');
  expect(attribution(article, 'Who are they').speaker).toBe('Ahmed Fouad Negm');
  const example = analyze('Egypt', 'Some, like Mona Seif, shared a poem by Ahmed Fouad Negm:', '"Who are they, and who are we?"');
  expect(attribution(example, 'Who are they').speaker).toBe('Ahmed Fouad Negm');
});

test('a statement by a body the name pass does not know is left unattributed, never given to the one who retweeted it', () => {
  const article = analyze(
    'Egypt',
    'Mona Seif (@monasosh) [ar] retweeted a statement by the Muslim Brotherhood:',
    '"We call on all Egyptians to go to the squares peacefully."',
  );
  expect(attribution(article, 'We call on all Egyptians').speaker).not.toBe('Mona Seif');
});

// gv-ethiopia-pen-award-eskinder-nega-2012-05-02 (development half).
test("'Another blogger … shared an article written by Al Mariam Zelalem on his wall:' sets off the article's author's words", () => {
  const article = analyze(
    'Ethiopia: Jailed Journalist Eskinder Nega Wins PEN Award',
    'Another blogger residing in Addis Ababa shared an article written by Al Mariam Zelalem on his wall:',
    'Eskinder is a hero of a special kind. He is a hero who fights with nothing more than the power of truth.',
  );
  expect(attribution(article, 'Eskinder is a hero')).toMatchObject({ kind: 'direct', speaker: 'Al Mariam Zelalem' });
});

// gv-peru-priest-gaston-garatea-banned-2012-05-21 (development half): a blog publishes someone's explanation.
test("'The blog Pastores y líderes publishes [es] the explanation of Father Jose Chuquillanqui, episcopal vicary …:' sets off the vicar's words", () => {
  const article = analyze(
    'Peru: Priest Gastón Garatea Banned from Saying Mass',
    'The blog Pastores y líderes publishes [es] the explanation of Father Jose Chuquillanqui, episcopal vicary of the Archbishopric of Lima:',
    "[...] asserted that the decision of not renewing Father Gaston Garatea's ministerial licenses hasn't been a decision made overnight, but after a process of dialogue and warnings.",
  );
  expect(attribution(article, '[...] asserted that the decision').speaker).toBe('Jose Chuquillanqui');
});

test("'… shared a poem by …, adding:' is no explanation's author after a comma: the sharer's own words follow", () => {
  // Near miss: the comma's aside is the sharer's next verb, not a role of the author's.
  const article = analyze(
    'Egypt',
    'Blogger Mona Seif shared a poem by Ahmed Fouad Negm, adding:',
    'This is what we have been saying in the square for a year now, and we will go on saying it.',
  );
  expect(attribution(article, 'This is what we have been saying').speaker).not.toBe('Ahmed Fouad Negm');
});
