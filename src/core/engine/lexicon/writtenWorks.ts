/**
 * Nouns for pieces of writing that "wrote", "posted" or "published" may take as their object: what was written, not
 * what was said ("wrote a column on the issue", "wrote two blog posts about …"). Lower case, singular and plural.
 */
export const WRITTEN_WORKS: ReadonlySet<string> = new Set([
  'column',
  'columns',
  'article',
  'articles',
  'book',
  'books',
  'essay',
  'essays',
  'piece',
  'pieces',
  'op-ed',
  'blog',
  'blogs',
  'posts',
  'letters',
  'story',
  'stories',
  'poem',
  'poems',
  'song',
  'songs',
  'novel',
  'thesis',
  'code',
  // "wrote a program called “butterpy” to generate such light curves" (NASA, "How NASA’s Roman Telescope Will Measure
  // Ages of Stars", 2024): a computer program written, not words said.
  'program',
  'programs',
  'software',
  'review',
  'reviews',
  'editorial',
  // "The China Daily commentary on May 8, 2012, highlighted …" (gv-china-philippines-scarborough-shoal-tension-rises-
  // 2012-05-10): an outlet's commentary speaks as the outlet, as its editorial does.
  'commentary',
  'commentaries',
  'chapter',
  // "According to a synopsis on Engage Media:" (a Global Voices draft, Kenya, May 2012): a summary someone wrote.
  'synopsis',
  'synopses',
]);
