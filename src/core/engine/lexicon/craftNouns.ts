/**
 * Lower-case nouns for craft and instruments that missions and airlines name, written right after the name: "NASA’s
 * Perseverance Mars rover", "the NEOWISE spacecraft", "the WISE telescope" (nasa.gov, 2024), "a United Express aircraft". The name is then the craft's, never a person's
 * mention, whatever comes before it. A place word ("Mars", "lunar") may stand between.
 */
export const CRAFT_NOUNS: ReadonlySet<string> = new Set([
  'rover',
  'rovers',
  'spacecraft',
  'lander',
  'orbiter',
  'probe',
  'satellite',
  'satellites',
  'telescope',
  'helicopter',
  'capsule',
  // "Sierra Space’s Dream Chaser spaceplane" (nasa.gov, February 2024).
  'spaceplane',
  // "a United Express aircraft carrying 31 people", "the westbound United Express flight", "Emirates jet"
  // (wikinews-airliners-seconds-from-collision-over-indiana-2007-11-17 and the development half): an airline's name
  // before the craft it flies, no one's.
  'aircraft',
  'airliner',
  'airplane',
  'jetliner',
  'jet',
  'plane',
  'flight',
]);
