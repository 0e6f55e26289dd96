/**
 * Verbs by which a speaker puts a name to something in their own words, which the writer then quotes:
 * "Biden referred to hecklers as “ugly folks.”", "Trump labeled the report “fake news”". They cue a quoted phrase only
 * in that shape (object, then "as" or the quote itself), never a that-clause, so they are not REPORTING_VERBS. "Called",
 * "described" and "calls" are speech verbs already (so are "termed", "criticized", "denounced" and "characterized");
 * "named", "nicknamed", "dubbed" and "known as" give a name, not words spoken, and are left out.
 *
 * Entries are lower case; callers lower-case the words before looking them up.
 */
export const CHARACTERISING_VERBS = new Set([
  'referred to',
  'refers to',
  'referring to',
  'labeled',
  'labelled',
  'labels',
  'labeling',
  'labelling',
  'branded',
  'brands',
  'branding',
  'dismissed',
  'dismisses',
  'dismissing',
  'derided',
  'derides',
  'decried',
  'decries',
  'slammed',
  'slams',
  'blasted',
  'blasts',
  'attacked',
  'attacks',
  'describe',
  'describing',
  'lauded',
  'lauds',
  'assailed',
  'assails',
  'mocked',
  'mocks',
  'ridiculed',
  'ridicules',
  'touted',
  'touts',
  'portrayed',
  'portrays',
  'casts',
  'casting',
  'offered',
  'offers',
  'extended',
  'extends',
  'conveyed',
  'conveys',
  'talked of',
  'talks of',
  'spoke of',
  'speaks of',
]);

/** The verbs that put the quoted words on their object without "as": "labeled the report “fake news”". */
export const NAMING_WITHOUT_AS = new Set(['labeled', 'labelled', 'labels', 'branded', 'brands']);

/**
 * The verbs whose object is itself the quoted words, an expression of feeling or what the speaker talked of: "Modi …
 * offered “condolences to the families”", "extended his “deepest sympathies”", "Khosla talked of Munk's “countless
 * discoveries …”" (observed on real news: Wikinews obituaries). A single word after them is a product's feature or a term ("Slack
 * offers “channels”"), which the sieve leaves alone.
 */
export const QUOTING_OBJECT = new Set(['offered', 'offers', 'extended', 'extends', 'conveyed', 'conveys', 'talked of', 'talks of', 'spoke of', 'speaks of']);
