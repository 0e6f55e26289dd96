/**
 * Lower-case nouns for works, vessels, events and projects, which news writing sets right before or right after a
 * capitalised name to say what it names: "the 2018 Marvel superhero film Black Panther", "the aforementioned Black
 * Panther film", "Indonesian cargo ship Namse Bangdzod", "the Learning Together event". A person's name is seldom
 * written so. Observed on real news (English Wikinews, Global Voices). Singular and plural.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set([
  'film',
  'films',
  'movie',
  'movies',
  'documentary',
  'novel',
  'album',
  'song',
  'episode',
  'sitcom',
  'musical',
  'opera',
  'ship',
  'vessel',
  'tanker',
  'freighter',
  'yacht',
  'event',
  'events',
  'festival',
  'parade',
  'exhibition',
  'programme',
  'program',
  'project',
  'campaign',
  'initiative',
]);
