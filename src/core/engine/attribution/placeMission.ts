/**
 * A country's diplomatic mission right after the country's name, with the city it is in if the text says it: ` embassy
 * in Beijing`, ` Embassy in Sana’a`, ` consulate in Hong Kong`, ` high commission`. Lower case or capitalised, as news
 * writes it either way; the city is one to three capitalised words, taken only when a comma or the clause's end closes
 * it ("According to the U.S. embassy in Beijing, …"): before a verb ("The US embassy in Nairobi said") the speaker
 * words end before "in", which they read as where the speaker spoke.
 */
const MISSION =
  /^\s+(?:embassy|consulate|consulate[- ]general|high\s+commission|Embassy|Consulate|Consulate[- ]General|High\s+Commission)\b(?:\s+(?:in|to)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=\s*(?:[,;)]|$)))?/u;

/**
 * "According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6" (English
 * Wikinews, wikinews-first-foreigners-die-coronavirus-wuhan-2020-02-10): the embassy speaks, not the country whose name
 * opens it; it is a body of its own, named as the text writes it, the city with it (the gold names "U.S. embassy in
 * Beijing"). `after` is the text right after the place's mention; the length of the words that name the mission with
 * it, or 0 when none follows.
 */
export function missionAfterPlace(after: string): number {
  return MISSION.exec(after)?.[0].length ?? 0;
}
