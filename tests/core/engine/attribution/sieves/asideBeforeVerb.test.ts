import { expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/asideBeforeVerb.ts: a known person opens the colon sentence, a phrase of where they wrote stands between them
// and their speech verb, and the block after the colon is theirs. Sentences from gv-colombia-campus-party-new-home-2013-
// 2012-05-14 and gv-venezuela-caracas-city-of-farewells-video-2012-05-10 (dev half), quoted exactly.

test("'Mayor Petro through his press office [es] confirmed and explained …:' sets off the mayor's words, not the office's", () => {
  const article = analyze(
    'Colombia: Looking for a New Home for Campus Party',
    "The Mayor of Bogotá, Gustavo Petro, announced that the city's administration would no longer support the event.",
    'Mayor Petro through his press office [es] confirmed and explained his decision on three points:',
    'En primer lugar, cuando los organizadores de Campus Party se acercaron a la Alcaldía, se les preguntó si podía estar presente ETB en el evento y respondieron que no.',
  );
  expect(attribution(article, 'En primer lugar').speaker).toBe('Gustavo Petro');
});

test("'At the time of writing this post, Paco Ragageles in the last update of his blog [es] clarified:'", () => {
  const article = analyze(
    'Colombia: Looking for a New Home for Campus Party',
    'Paco Ragageles, co-founder of Campus Party, published the news on his personal blog [es] and on Twitter [es].',
    'At the time of writing this post, Paco Ragageles in the last update of his blog [es] clarified:',
    'PS. obviously this is my personal opinion with the information that I have - I could be and I hope that I am wrong',
  );
  expect(attribution(article, 'PS. obviously this is my personal opinion').speaker).toBe('Paco Ragageles');
});

test("'Laura Solórzano, en her blog Debilidades y Vicios [es]  (Weaknesses and Vices) points to another fact:'", () => {
  const article = analyze(
    'Venezuela: Caracas, City of Farewells',
    'Laura Solórzano, en her blog Debilidades y Vicios [es]  (Weaknesses and Vices) points to another fact:',
    'My concern is that so many of these youth, who attended the best schools and universities, still do not understand the real problem in Venezuela.',
  );
  expect(attribution(article, 'My concern is that').speaker).toBe('Laura Solórzano');
});

test('a person the sentence names after another subject, or inside a relative aside, is not the one who writes', () => {
  // Near misses of the same shape: the name does not open the sentence, or the aside holds a clause of its own.
  const friend = analyze(
    'Venezuela: Caracas, City of Farewells',
    'Laura Solórzano wrote about the video last week.',
    'A friend of Laura Solórzano, on her blog [es], points to another fact:',
    'My concern is that so many of these youth still do not understand the real problem in Venezuela.',
  );
  expect(attribution(friend, 'My concern is that').speaker).not.toBe('Laura Solórzano');
  const relative = analyze(
    'Colombia: Looking for a New Home for Campus Party',
    'Paco Ragageles, co-founder of Campus Party, published the news on his personal blog [es].',
    'Paco Ragageles in a post that Diana Luque answered [es] clarified:',
    'PS. obviously this is my personal opinion with the information that I have.',
  );
  expect(attribution(relative, 'PS. obviously').speaker).not.toBe('Paco Ragageles');
});
