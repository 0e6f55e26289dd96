import { escapeRegExp } from '../escapeRegExp';
import { COUNTRY_BY_ADJECTIVE, PLACES } from './lookups';
import type { EntityRegistry } from './registry';

/**
 * A character named as one, the noun right before the name: "the character Tasha Yar", "Hellboy character Abe Sapien",
 * "comic strip character Mafalda".
 */
const CHARACTER_BEFORE = /(?<!\p{L})characters?\s+$/u;

/**
 * A deity named as one: "the god Thoth", "the Egyptian goddess Bast", "a deity Ra" — "god" only after an article or a
 * nationality, since "guitar god Eric Clapton" praises a living person.
 */
const DEITY_BEFORE = new RegExp(
  `(?<!\\p{L})(?:(?:[Tt]he|[Aa]n?)\\s+(?:(?:${[...COUNTRY_BY_ADJECTIVE.keys()].map(escapeRegExp).join('|')})\\s+)?(?:gods?|goddess(?:es)?)|deity|deities)\\s+$`,
  'u',
);

/**
 * "the character of Anya Jenkins": a role named so, but also a real person's nature ("the character of the senator"),
 * so it tells only when every mention of the name is such.
 */
const CHARACTER_OF_BEFORE = /(?<!\p{L})character\s+of\s+$/u;

/**
 * A picture's caption that is only names and the work they come from, perhaps with its credit: "Marty McFly from Back to
 * the Future", "Mrs. Potts and Belle from Beauty and the Beast", "Lady Cassandra from Doctor Who. Image: Nick Moreau."
 * The names hold no lower-case word but "and" (no verb: "Rafa García from Fayerwayer mentioned …" is no such caption).
 */
const CAST_CAPTION =
  /^(?<names>\p{Lu}[\p{L}.'’-]*(?:\s(?:and\s)?\p{Lu}[\p{L}.'’-]*){0,5})\sfrom\s(?:the\s)?(?<work>\p{Lu}[^.]*?)(?:\sseries)?(?:\.\s+(?:Image|Photo|Credit)s?:.*)?\.?$/u;

/** A title's words: capitalised, or the small words a title keeps in lower case ("Rise of the Guardians"). */
const TITLE_SHAPED = /^\p{Lu}[\p{L}'’-]*:?(?:\s(?:(?:of|the|to|and|a|an|in|on|for|with)\s)*\p{Lu}[\p{L}'’-]*:?)*$/u;

/** The work a cast caption (`CAST_CAPTION`) names, if the text is one and the work is title-shaped. */
function castWork(text: string): { names: string; work: string } | null {
  const m = CAST_CAPTION.exec(text);
  const [names, work] = [m?.groups?.names, m?.groups?.work];
  return names && work && TITLE_SHAPED.test(work) ? { names, work } : null;
}

/**
 * Whether a mention starting at `start` of `text` is a name in a cast caption whose work the article names nowhere but
 * in such captions and is no known place nor an acronym: "Kelly McCarthy from NASA", a caption of someone and where
 * they work, names what the article names elsewhere. `texts` are every block's text.
 */
function inCastCaption(texts: ReadonlyArray<string>, text: string, start: number): boolean {
  const cast = castWork(text);
  if (!cast || start >= cast.names.length || /^[A-Z]{2,}$/.test(cast.work) || PLACES.has(cast.work)) return false;
  return texts.every((t) => !namesWorkAlone(t, cast.work) || castWork(t)?.work === cast.work);
}

/**
 * Whether `text` writes `work` as a name of its own, not opening a longer one: "Doctor Who Society of Canada"
 * (wikinews-fan-expo-canada-toronto-2016-09-07, a fans' charity the report lists) names the society, not the series that
 * a cast caption, "Lady Cassandra from Doctor Who.", names.
 */
function namesWorkAlone(text: string, work: string): boolean {
  for (let at = text.indexOf(work); at >= 0; at = text.indexOf(work, at + 1)) {
    // Only a capitalised word after it tells a longer name: one before may open the sentence ("In Doctor Who, …").
    if (!/^\s\p{Lu}/u.test(text.slice(at + work.length))) return true;
  }
  return false;
}

/** "the … series": the noun that says the words before it are a work's title, not a person's name. */
const WORK_NOUN_AFTER = /^\s(?:series|franchise|films|movies|books|saga|trilogy)\b/;

/**
 * Whether a mention starting at `start` of `text` is inside the work a cast caption names as one, "the" before it and a
 * work's noun after it: "Harry Potter" in "Ginny Weasley from the Harry Potter series", a work's title, no one who
 * speaks ("And from Chairwoman Imelda Sorensen:" names a speaker, not a work).
 */
function namesCastWork(text: string, start: number): boolean {
  const cast = castWork(text);
  const at = cast ? text.indexOf(cast.work, cast.names.length) : -1;
  if (!cast || at < 4 || text.slice(at - 4, at) !== 'the ' || !WORK_NOUN_AFTER.test(text.slice(at + cast.work.length))) return false;
  return start >= at && start < at + cast.work.length;
}

/** The 40 characters before a mention, where the noun "character" or "god" would stand. */
const before = (texts: ReadonlyArray<string>, block: number, start: number) => (texts[block] ?? '').slice(Math.max(0, start - 40), start);

/**
 * Clears the mentions of every "person" the article names as a fictional character: one mention set right after the
 * noun "character" (`CHARACTER_BEFORE`) or after a god's noun ("they were sacrificed to the god Thoth",
 * wikinews-ancient-egyptians-collected-wild-ibis-sacrifice-2019-11-16; `DEITY_BEFORE`), or every mention after "character of". A character is no one who can speak in
 * the news, nor one a later he or she stands for (docs/annotation-guide.md: `people` are the persons an article names;
 * the corpus's golds list characters as `notPeople`), nor is the work such a caption names. Observed in Wikinews's convention reports
 * (wikinews-toronto-comicon-2019-celebrities-cosplay-2019-03-29, wikinews-fan-expo-canada-2019-celebrities-cosplay-2019-09-02)
 * and a Global Voices post (gv-mexico-carlos-fuentes-tributes-2012-05-16). `texts` are every block's text.
 */
export function dropFictionalCharacters({ entities }: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const entity of entities.values()) {
    if (entity.type !== 'person' || entity.mentions.length === 0) continue;
    const named = entity.mentions.some((m) => CHARACTER_BEFORE.test(before(texts, m.block, m.start)) || DEITY_BEFORE.test(before(texts, m.block, m.start)));
    const roleOf = entity.mentions.every((m) => CHARACTER_OF_BEFORE.test(before(texts, m.block, m.start)));
    const cast = entity.mentions.every((m) => inCastCaption(texts, texts[m.block] ?? '', m.start) || namesCastWork(texts[m.block] ?? '', m.start));
    if (named || roleOf || cast) entity.mentions = [];
  }
}
