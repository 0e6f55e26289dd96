import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

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

test("'In his post … [es] the blogger Principia Marsupia, after experiencing the forced removal, shared his observations …:'", () => {
  // gv-spain-12m-ray-of-sun-crisis-2012-05-18 (dev half): the post opens the sentence, a participle aside follows the name.
  const article = analyze(
    'Spain: 12M, a Ray of Sun in the Middle of the Crisis',
    'In his post The removal from Sol and the biggest humiliation of my life [es] the blogger Principia Marsupia, after experiencing the forced removal, shared his observations which are now circulating on social networks:',
    'In my opinion, the government should feel very happy that the desperation created by the crisis has been channeled into a movement like 15M, which is mainly peaceful. One only has to remember past episodes of social suffering (the closure of shipyards in Galicia or mining operations in Asturias) to realize that when despair is in control, violence breaks out. In the past, the regular ingredients of a protest were barricades of burning tires and Molotov cocktails. The symbol of 15M is camping tents.',
  );
  expect(attribution(article, 'In my opinion, the g').speaker).toBe('Principia Marsupia');
});

test("a photo shared after the same opening and aside is no one's words", () => {
  // Near miss: the verb hands on a picture, not words.
  const article = analyze(
    'Spain: 12M, a Ray of Sun in the Middle of the Crisis',
    'In his post The removal from Sol [es] the blogger Principia Marsupia, after experiencing the forced removal, shared a photo of the square:',
    'In my opinion, the government should feel very happy that the desperation created by the crisis has been channeled into a movement like 15M, which is mainly peaceful. One only has to remember past episodes of social suffering (the closure of shipyards in Galicia or mining operations in Asturias) to realize that when despair is in control, violence breaks out. In the past, the regular ingredients of a protest were barricades of burning tires and Molotov cocktails. The symbol of 15M is camping tents.',
  );
  expect(quotesOf(article).map((q) => article.entities.find((x) => x.id === q.speakerId)?.name)).not.toContain('Principia Marsupia');
});
