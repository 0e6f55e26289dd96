/**
 * Nouns of works that go by a title, which a writer sets in marks right after the noun: `the blog “In 2310 and 8225”`,
 * `his article 'Allah ka bara fazl ha'`, `the nation's most popular podcast 'I am a petty-minded creep'` (Global Voices,
 * development half, May 2012). Lower case, singular and plural.
 */
export const TITLED_WORK_NOUNS: ReadonlySet<string> = new Set([
  'blog',
  'blogs',
  'article',
  'articles',
  'column',
  'book',
  'books',
  'novel',
  'podcast',
  'film',
  'films',
  'movie',
  'documentary',
  'essay',
  'editorial',
  'song',
  'songs',
  'album',
  'poem',
  'play',
  'series',
]);
