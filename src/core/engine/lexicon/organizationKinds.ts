/**
 * Nouns of an organisation's kind that news writing sets before the organisation's name, in apposition: "rock band
 * Grateful Dead", "supermarket chain Tesco", "news agency Agence France-Presse", "victim group Ending Clergy Abuse".
 * A name right after one is that organisation, not a person. Not the nouns that also come before a person's name as a
 * role ("broadcaster David Attenborough", "party leader …" has "leader" before the name), nor places' nouns ("state",
 * "city").
 *
 * Entries are lower case; the word before the name is matched as written, so only its lower-case use counts.
 */
export const ORGANIZATION_KINDS: ReadonlySet<string> = new Set([
  'band',
  // "another supergroup Blind Faith with Steve Winwood" (Wikinews, 2019): a band of already famous players.
  'supergroup',
  // "wrestling promotion World Wonder Ring Stardom (Stardom) announced" (Wikinews, May 2020): a company staging bouts.
  'promotion',
  'group',
  'company',
  'firm',
  'chain',
  'retailer',
  'airline',
  'carrier',
  'agency',
  'newspaper',
  // "Greek daily Kathimerini", "the tabloid Bild", "the weekly Der Spiegel": a paper named by how often it comes out.
  'daily',
  'tabloid',
  'weekly',
  'broadsheet',
  'newswire',
  'magazine',
  'website',
  // "Alloush at the group blog Homos Libnani wrote:", "the blog Tutor Virtual" (Global Voices, 2012): a blog named after
  // its noun is the blog, not its author (who is a "blogger").
  'blog',
  'outlet',
  'publisher',
  'label',
  'brand',
  'charity',
  'nonprofit',
  'watchdog',
  'regulator',
  'organisation',
  'organization',
  'party',
  'startup',
  'manufacturer',
  'automaker',
]);
