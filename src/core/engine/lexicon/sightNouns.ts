/**
 * Lower-case nouns for looks and pictures, which show what they are of rather than say anything: "A close examination of
 * the views of Jupiter reveals two glimpses of the tiny moon Amalthea" (a NASA caption, 2024) is what the views show, not
 * words of Jupiter's. Singular and plural.
 */
export const SIGHT_NOUNS: ReadonlySet<string> = new Set([
  'view',
  'views',
  'image',
  'images',
  'photo',
  'photos',
  'photograph',
  'photographs',
  'picture',
  'pictures',
  'video',
  'videos',
  'footage',
  'examination',
  'observation',
  'observations',
  'glimpse',
  'glimpses',
  'scan',
  'scans',
  'map',
  'maps',
  'snapshot',
  'portrait',
]);
