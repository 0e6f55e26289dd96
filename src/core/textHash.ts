/**
 * A short fingerprint of a text (32-bit FNV-1a over its UTF-16 code units, in base 36): enough to tell a file
 * from another version of itself, not to stand up to anyone forging one.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
