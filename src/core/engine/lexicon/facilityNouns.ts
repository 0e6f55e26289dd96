/**
 * Lower-case nouns for sites and works of engineering that are often named after a person, written right after the name
 * with "the" before it: "a visit to the Johan Sverdrup oil field" (English Wikinews, January 2020). The name is then
 * the site's, not a mention of the person; unlike "the James Cagney film", where the film is still the person's. An
 * optional resource word ("oil", "gas", "wind", "power") may come first.
 */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  'field',
  'fields',
  'oilfield',
  'gasfield',
  'mine',
  'dam',
  'pipeline',
  'refinery',
  'platform',
  'reservoir',
  'farm',
  // "The Costa Sur power plant at Guayanilla" (wikinews-seismic-activity-puerto-rico-5-2-quake-2020-01-17).
  'plant',
]);
