import type { Located } from '../attribution/types';

/** The gatherings and places of an event one may be said to have been at: "the sit-in", "the game", "the scene". */
const EVENTS = 'scene|sit-in|protest|rally|demonstration|march|game|match|concert|show|airshow';

/**
 * What a name is said to have been at or to have recorded, right after it or past one appositive set off by commas:
 * "Bassem Zakaria El-Samragy, who was at the sit-in", "Lisa Lynn, who was attending the game at the Georgia Dome",
 * "Journalist Tom Finn was at the scene:", "Tina Tilley, head of the local chamber of commerce, was at the show",
 * "Nikos Soulis, who recorded the incident" (Global Voices and Wikinews, 2008–2015). "At the scene" means the event's
 * ground only for the gatherings named (`EVENTS`): "who was at the ministry for ten years" tells of a post, not of presence.
 */
const PRESENCE = new RegExp(
  String.raw`^(?:,\s+[^,;:.()"“”]{2,60},)?,?\s+(?:who\s+)?(?:(?:was|were)\s+(?:at\s+the\s+(?:${EVENTS})|attending\s+the\s+(?:${EVENTS}))|(?:recorded|filmed)\s+the\s+(?:incident|attack|clash|clashes|assault|beating))\b`,
  'u',
);

/**
 * The witness a presence after a mention (UTF-16 offsets, half-open, in its block `text`) makes of its person, the
 * guide's "was there" (`docs/annotation-guide.md`, "Sources": a journalist or blogger "quoted as having been there" is a
 * witness, not a citizen), with the mention and the words of presence as evidence; null where none follows.
 */
export function typeFromPresence(text: string, mention: Located): { type: 'witness'; evidence: Located } | null {
  const presence = PRESENCE.exec(text.slice(mention.end, mention.end + 160));
  return presence ? { type: 'witness', evidence: { ...mention, end: mention.end + presence[0].length } } : null;
}
