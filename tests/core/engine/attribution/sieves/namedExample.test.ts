import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/namedExample.ts: "Some, like X, …:" sets off the post of the one example the writer names. Sentences from
// Global Voices posts of May 2012 that are not in the corpus (WordPress export, CC BY 3.0).

test("'Some, like Anahit Markosian, called for his resignation on … Facebook group page:' sets off her post", () => {
  // Global Voices, "Armenia: Backhanded Victory for Environmental Activists", 2 May 2012.
  const article = analyze(
    'Armenia: Backhanded Victory for Environmental Activists',
    "During his visit to Mashtots Park, Sargysan was also accompanied by Yerevan Mayor Taron Margaryan, who didn't meet with protesters despite repeated pleas. Some, like Anahit Markosian, called for his resignation on the Armenian Environmental Network Facebook group page:",
    "I think the latest events at Mashtots park call for mayor Margarian's resignation. Not only has he shown his unwillingness and inability to solve the problem, but he also created a situation where the citizens and police are constantly being pitched against each other.",
  );
  expect(attribution(article, 'I think the latest events').speaker).toBe('Anahit Markosian');
});

test("a tweet after '…, like Itzel Chavez (@itzelch_07) [es]:' and its translation are hers", () => {
  // Global Voices, "Panama: Baseball Fans React to Mariano Rivera's Injury", 8 May 2012.
  const article = analyze(
    "Panama: Baseball Fans React to Mariano Rivera's Injury",
    'Others even think that his injury was a product of karma, like Itzel Chavez (@itzelch_07) [es]:',
    'No se desea mal ajeno pero hasta la arrogancia la castiga el karma #marianorivera',
    "I don't wish evil upon anybody, but even arrogance is punishable by karma.#marianorivera",
  );
  expect(attribution(article, 'No se desea mal ajeno').speaker).toBe('Itzel Chavez');
  expect(attribution(article, "I don't wish evil").speaker).toBe('Itzel Chavez');
});

test("'Many people, like Alexander Da Silva (@Adasilva507) [es], refuse to believe …:' and 'Certain blogs, like Hic Sunt Leones [ca], explain …:'", () => {
  // Global Voices, Panama (8 May 2012) and "Spain: Historic Battle of Almansa Remembered in Valencia" (9 May 2012).
  const fans = analyze(
    "Panama: Baseball Fans React to Mariano Rivera's Injury",
    'Many people, like Alexander Da Silva (@Adasilva507) [es], refuse to believe that this could be the end of Mariano Rivera:',
    'Me rehuso a pensar que la carrera del panameño Mariano Rivera termine de esta forma',
  );
  expect(attribution(fans, 'Me rehuso a pensar').speaker).toBe('Alexander Da Silva');
  const blogs = analyze(
    'Spain: Historic Battle of Almansa Remembered in Valencia',
    'Certain blogs, like Hic Sunt Leones [ca], explain the history:',
    "The Duke of Berwik's military victory over Archduke Charles of Austria in the name of Philip d'Anjou marked the beginning of Bourbonic occupation in Valencia.",
  );
  expect(attribution(blogs, "The Duke of Berwik's").speaker).toBe('Hic Sunt Leones');
});

test('two examples, or a compared name with no post linked, give the block to neither', () => {
  const two = analyze(
    'Armenia',
    'Some, like Anahit Markosian and Karine Danielyan, wrote on the group page:',
    'I think the mayor should resign after what happened in the park.',
  );
  expect(attribution(two, 'I think the mayor').speaker).not.toBe('Anahit Markosian');
  const compared = analyze(
    'USA',
    'Some bloggers criticised leaders, like Barack Obama:',
    'The leaders have failed us all and we will remember it in November.',
  );
  expect(quotesOf(compared).map((q) => q.speakerId)).not.toContain('barack-obama');
});

// Lane break35: sentences on the shape of the Global Voices round-ups above that name a second source after the first
// example; the block had gone to the first.
test('"Others, like A [ar], mocked the ruling, while others, like B [ar], were angry:" gives the block to neither', () => {
  const tags = analyze(
    'Egypt',
    'Others, like Hossam el-Hamalawy [ar], mocked the ruling, while others, like Wael Abbas [ar], were angry:',
    '"This is a disgrace to the whole country."',
  );
  expect(attribution(tags, 'This is a disgrace').speaker).toBeNull();
  const handles = analyze(
    'Egypt',
    'Some, like Ahmed Said (@ahmedsaid) [ar], mocked the decision, while others, like Mona Seif (@monasosh) [ar], were angry:',
    '"This is a disgrace to the whole country."',
  );
  expect(attribution(handles, 'This is a disgrace').speaker).toBeNull();
});
