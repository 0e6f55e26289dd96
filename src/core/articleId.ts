import { slugify } from './slug';

/** An id for an article a reader opened: its headline as a slug, and a hash of its raw text so two differ. */
export function articleIdFor(headline: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${slugify(headline, 'article', 48)}-${hash.toString(36)}`;
}
