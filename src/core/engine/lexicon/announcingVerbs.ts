/**
 * Verbs, lower case, whose object is what was announced, granted or alleged: `announced their own support for Biden`,
 * `acknowledged the deal` (reported/announcedObject.ts reads the object as the content, as the annotation guide's
 * object-noun cues give it: docs/annotation-guide.md, "Directive and object-noun cues").
 */
export const ANNOUNCING: ReadonlySet<string> = new Set([
  'announced',
  'announces',
  'acknowledged',
  'acknowledges',
  'alleged',
  'alleges',
  'reports',
  'reported',
  // "Republican President Trump noted his "strength, passion and wisdom" on Twitter" (wikinews-elijah-cummings-dies-2019-10-18):
  // what was remarked on, as "mentioned" takes it.
  'noted',
  'notes',
  // "Magyar Nemzet revealed a deal whereby …", "Zahi Hawass … revealed the first ancient artifacts …" (development golds),
  // "scientists have disclosed new steps toward using natural adhesives …" (wikinews-slug-made-glues-closer-to-medicine-
  // 2019-04-11): what is made known is what was said.
  'revealed',
  'reveals',
  'disclosed',
  'discloses',
  // "The United States Navy confirmed the discovery." (wikinews-lost-52-project-finds-grayback-okinawa-2019-11-13), "the
  // Bavarian State Ministry of Public Health … confirmed a case of coronavirus infection in a man from Starnberg district"
  // (wikinews-germany-first-novel-coronavirus-case-2020-01-28): a fact made known, as "announced" makes one.
  'confirmed',
  'confirms',
  // "The US has requested a number of safeguards in exchange" (wikinews-burns-engages-india-civil-nuclear-energy-pact-2006-
  // 01-21), "Pompeo requested an exemption" (wikinews-us-restricts-flights-to-cuba-2019-10-27): what was asked for, as
  // "called for an inquiry" gives it (reported/requestedObject.ts keeps out anonymity and asylum).
  'requested',
]);
