import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/quotedBlogTitle.ts: "the blog" and its title in quote marks name the source of the post a colon sets off.

test("'Finally, the blog \"Marcha Patiotica\" (Patriotic March) shares [es] some grim statistics:' sets off the blog's post and its translation (gv-colombia-may-day-nationwide-demonstrations-2012-05-07)", () => {
  const article = analyze(
    'Colombia: May Day Nationwide Demonstrations',
    'Finally, the blog "Marcha Patiotica" (Patriotic March) shares [es] some grim statistics:',
    '(…) Colombia es hoy el tercer país más desigual del mundo, en el que mientras 30 compañías reportan ingresos operacionales anuales superiores a dos billones de pesos.',
    'Colombia is now the third most unequal country in the world, where 30 companies reported annual operating earning over two billion dollars.',
  );
  expect(attribution(article, '(…) Colombia es hoy')).toMatchObject({
    speaker: 'Marcha Patiotica',
    cue: 'the blog "Marcha Patiotica" (Patriotic March) shares [es] some grim statistics:',
  });
  expect(attribution(article, 'Colombia is now').speaker).toBe('Marcha Patiotica');
});

test('\'Finally, on Facebook the page "I am in favor of the law of gender identity" celebrated:\' gives the post and its translation to the page (gv-argentina-gender-identity-law-2012-05-12)', () => {
  const article = analyze(
    'Argentina: Lawmakers Approve Gender Identity Law',
    'Finally, on Facebook the page "I am in favor of the law of gender identity" celebrated:',
    'Amig@s, es imposible transmitir toda la alegría que sentimos por esta conquista!',
    'Friends, it is impossible to relate just how much happiness we feel because of this victory!',
  );
  const page = 'I am in favor of the law of gender identity';
  expect(attribution(article, 'Amig@s, es imposible')).toMatchObject({
    speaker: page,
    cue: 'the page "I am in favor of the law of gender identity" celebrated:',
  });
  expect(attribution(article, 'Friends, it is impossible').speaker).toBe(page);
  expect(article.entities.find((e) => e.name === page)).toMatchObject({ type: 'organization', sourceType: 'organisation' });
  // The page's name in marks is its name, not words it said.
  expect(quotesOf(article).map((q) => q.text)).not.toContain(page);
});

test('a quoted title that is a role gives the post to no one', () => {
  const article = analyze(
    'Colombia: May Day',
    'The blog "The Minister" shares some grim statistics:',
    'Colombia is now the third most unequal country in the world.',
  );
  expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
});

// The opening of gv-colombia-may-day-nationwide-demonstrations-2012-05-07 with a blog that gives the floor to another.
test.each([
  ['quotes union leader Tarsicio Mora [es]:'],
  ['published a statement by the Minister of Labour [es]:'],
  ['reposted what a union leader told the crowd:'],
])('\'The blog "Marcha Patriotica" (Patriotic March) %s\' does not give the words after it to the blog', (rest) => {
  const article = analyze(
    'Colombia: May Day Nationwide Demonstrations',
    `The blog "Marcha Patriotica" (Patriotic March) ${rest}`,
    'Colombia is now the third most unequal country in the world.',
  );
  const speakers = quotesOf(article)
    .filter((q) => q.text.startsWith('Colombia is now'))
    .map((q) => article.entities.find((e) => e.id === q.speakerId)?.name);
  expect(speakers).not.toContain('Marcha Patriotica');
});
