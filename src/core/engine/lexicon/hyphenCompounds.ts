/**
 * Hyphened English compounds shaped like a romanised given name of two syllables ("Sci-fi", "Hip-hop"): no one's name,
 * whatever capitalised word comes before them ("Top Sci-fi", "Korean Hip-hop").
 */
export const HYPHEN_COMPOUNDS: ReadonlySet<string> = new Set([
  'Hip-hop',
  'Hi-fi',
  'Wi-fi',
  'Sci-fi',
  'Lo-fi',
  'Ping-pong',
  'Sit-in',
  'Tie-in',
  'Yo-yo',
  'Go-to',
  'Chit-chat',
  'Tom-tom',
]);
