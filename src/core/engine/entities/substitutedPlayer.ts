/**
 * "Chicharito was substituted out in the 60th minute", "as Fernandinho and Roberto Firmino were substituted in for
 * Paulinho and Coutinho", "Błaszczykowski was substituted off for Jan Bednarek": in a match report, a name that is
 * substituted, or for whom a player comes on, is a player's. Match reports write the player by one name as often as by
 * two, at a sentence's start, where nothing else tells a person from a word. "A conviction was substituted with a life
 * sentence" names no one: the verb is read only passive ("was"/"were", perhaps after a second name joined by "and")
 * with "in", "off", "out" or "on", or "for" after them, or with nothing more ("was substituted just a few minutes before
 * …"). `before` is the text right before the name, `after` the text right after it.
 *
 * Source: the session 58 development half (wikinews-fifa-world-cup-2018-brazil-belgium-advance-mexico-japan-2018-07-04
 * and the other 2018 World Cup reports, where every name so substituted is a player's).
 */
const SUBSTITUTED_AFTER =
  /^(?:\s(?:and|&)\s\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,2})?\s(?:was|were)\s+substituted(?:\s+(?:in|off|out|on)\b|\s+just\b|\s+in\s+the\b|[,.])/u;
const SUBSTITUTED_FOR = /\bsubstituted\s+(?:in|off|out|on)\s+for\s+$/u;

/** Whether the words around a name say it is a player substituted or substituted for. */
export const substitutedPlayer = (before: string, after: string): boolean => SUBSTITUTED_AFTER.test(after) || SUBSTITUTED_FOR.test(before);
