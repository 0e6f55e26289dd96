/**
 * Capitalised adjectives that name a place in one of its periods or one of its parts when they open its name ("Roman
 * Egypt", "Ottoman Palestine", "Victorian England", "Upper Egypt", "Greater London"): a rule of an empire, an age, or
 * the part of a land. Compass words are in `placeQualifiers.ts`.
 */
export const ERA_ADJECTIVES: ReadonlySet<string> = new Set([
  'Roman',
  'Ottoman',
  'Byzantine',
  'Ptolemaic',
  'Pharaonic',
  'Hellenistic',
  'Ancient',
  'Medieval',
  'Colonial',
  'Imperial',
  'Soviet',
  'Tsarist',
  'Mughal',
  'Victorian',
  'Edwardian',
  'Elizabethan',
  'Prehistoric',
  'Upper',
  'Lower',
  'Greater',
]);
