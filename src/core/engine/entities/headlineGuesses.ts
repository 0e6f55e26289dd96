import { isFirstName } from '../lexicon/firstNames';
import { NAME_PARTICLES } from '../lexicon/nameParticles';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { LOWER_ROLES, TITLE_WORDS } from './lookups';
import { MATCH_OFFICIAL_LABEL } from './personCues';
import type { EntityRegistry } from './registry';
import { mentionKey, type FoundEntity } from './types';

/**
 * The prepositions and conjunctions of four letters or more that title case leaves in lower case ("Building Aviary from a
 * Legacy", a NASA page's section heading).
 */
const TITLE_CASE_LOWER = new Set(['from', 'with', 'into', 'onto', 'upon', 'than', 'that', 'about', 'after', 'under', 'over', 'through', 'within']);

/** The articles, prepositions and conjunctions of two or three letters that title case leaves in lower case ("Way to the Moon"). */
const TITLE_CASE_SHORT_LOWER = new Set([
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via',
  'vs',
]);

/**
 * Whether a line holds three short words in lower case that title case would capitalise, verbs and adjectives ("Palestinian
 * Ebaa Rezeq was sad to see PalFest end:", gv-palestine-palfest-gaza-first-time-2012-05-18): a sentence whose longer
 * words happen all to be names, not a heading.
 */
const shortWordsInSentenceCase = (line: string): boolean =>
  (line.match(/(?<![\p{L}'’-])\p{Ll}{2,3}(?![\p{L}'’])/gu) ?? []).filter((w) => !TITLE_CASE_SHORT_LOWER.has(w) && !NAME_PARTICLES.has(w)).length >= 3;

/**
 * Whether a body block is a heading written in title case, as a list of cases or a section heading is ("3. Canyon
 * County Man Sentenced to Over 4 Years for Distributing Fentanyl"): one line, no byline, no full stop inside, and every word of
 * four letters or more capitalised (at least three of them); a table's or figure's title too ("Table 2. Notional Force
 * Shaping Construct"). Such a line capitalises like a headline, so its shape
 * tells no more than a headline's. Observed on real news: Department of Justice press releases list their cases so.
 */
export function isTitleCaseHeading(text: string): boolean {
  // "Table 2. Notional Force Shaping Construct", "Figure 2. Artist Rendition of …": a figure's or a table's number and
  // its full stop open its title as a list's number does.
  const line = text.replace(/^\s*(?:(?:Figure|Table|Chart|Exhibit)\s+)?\d{1,2}[.):]\s+/, '');
  // "By Annie Gammell, Brigade Modernization Command, August 6, 2013", "Story by Ruth Calloway • The Northern
  // Dispatch": a byline names its writer.
  if (
    /(?<!\p{L})[Bb]y\s+\p{Lu}/u.test(line) ||
    line.includes('\n') ||
    line.length > 200 ||
    /[.!?]["”’]?\s+\p{Lu}/u.test(line) ||
    /[.;][_*"”’)\]]*\s*$/.test(line) ||
    shortWordsInSentenceCase(line)
  )
    return false;
  const long = (line.match(/(?<![\p{L}'’-])\p{L}{4,}(?![\p{L}'’])/gu) ?? []).filter((w) => !TITLE_CASE_LOWER.has(w));
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Whether a title or a role noun stands right before one of the person's mentions ("Harbor Mayor Dana Lutz"), or a
 * match report's label of its referee ("Referee: Malang Diedhiou (Senegal)", `personCues.ts`).
 */
function titledWhereNamed(entity: FoundEntity, texts: ReadonlyArray<string>): boolean {
  return entity.mentions.some((m) => {
    const text = (texts[m.block] ?? '').slice(Math.max(0, m.start - 30), m.start);
    const before = /([\p{L}.-]+)\s+$/u.exec(text)?.[1] ?? '';
    return TITLE_WORDS.has(before) || LOWER_ROLES.has(before.toLowerCase()) || MATCH_OFFICIAL_LABEL.test(text);
  });
}

/**
 * A headline (block `headline`) or a title-cased heading capitalises every word, so a run of words only its shape made
 * a "person" there ("NASA Administrator Pays Tribute", "Capital Proposes Demolitions", "Canyon County Man Sentenced")
 * is no one unless the body names them too, or a common first name is among them. In the headline, a first name keeps
 * only one a title or role goes before ("Harbor Mayor Dana Lutz"): without one, a dictionary word that is also a first
 * name ("Web Domain", "Netizens Say Goodbye", "Scarf Case Student") is no evidence. A one-word name ("Putin says") was made a person by the words around it, and stays,
 * unless it is a speech verb or a past participle a title went before ("President Promises to Lift Ban", "Chief Sued").
 * Clears such a person's mentions; `texts` are every block's text.
 */
export function dropHeadingOnlyGuesses(registry: EntityRegistry, texts: ReadonlyArray<string>, headline: number | null): void {
  const { entities } = registry;
  const headings = new Set(texts.flatMap((text, i) => (i === headline || (i !== 0 && isTitleCaseHeading(text)) ? [i] : [])));
  for (const entity of entities.values()) {
    if (entity.type !== 'person' || entity.mentions.length === 0 || !entity.mentions.every((m) => headings.has(m.block))) continue;
    if (joinNamedPerson(registry, entity, headings)) continue;
    if (!entity.name.includes(' ')) {
      // "TV Station Chief Sued for Broadcasting 'Persepolis'": a headline's past participle after a title is no name.
      if (isSpeechVerb(entity.name.toLowerCase()) || (/^\p{Lu}\p{Ll}+ed$/u.test(entity.name) && !isFirstName(entity.name))) entity.mentions = [];
      continue;
    }
    // "Canyon County Man Sentenced": a first name that is a role noun too ("Man") tells no person in a heading.
    const firstName = entity.name.split(' ').some((w) => isFirstName(w) && !LOWER_ROLES.has(w.toLowerCase()));
    const titled = entity.role !== null || titledWhereNamed(entity, texts);
    // A heading line of the body may be a contact or a list of names ("Faith McKie / Jennifer Dooren", "Please Welcome
    // Deputy Administrator Dava Newman"): there a first name or a title still tells a person.
    const inHeadline = entity.mentions.every((m) => m.block === headline);
    if (inHeadline ? !(firstName && titled) : !(firstName || titled)) entity.mentions = [];
  }
}

/**
 * "NASA Engineer Chris Lupo Receives 2024 Federal Engineer Award", "Astronaut Charles Bolden Preps for Deorbit": a
 * heading capitalises the verb after a name, so a heading-only "person" of three words or more whose words but the
 * last name a person the body names (middle initials aside: "Charles F. Bolden") is that person, and the last word is not theirs. Moves the entity's mentions to
 * that person, short of the last word; whether it did.
 */
function joinNamedPerson({ entities, byMention }: EntityRegistry, entity: FoundEntity, headings: ReadonlySet<number>): boolean {
  const words = entity.name.split(' ');
  const shorter = words.slice(0, -1).join(' ');
  const cut = (words.at(-1) ?? '').length + 1;
  const named = [...entities.values()].find(
    (e) =>
      e !== entity &&
      e.type === 'person' &&
      (e.name === shorter || e.name.replace(/\s[A-Z]\.(?=\s)/g, '') === shorter || e.aliases.has(shorter)) &&
      e.mentions.some((m) => !headings.has(m.block)),
  );
  if (words.length < 3 || !named) return false;
  for (const m of entity.mentions) {
    const moved = { ...m, end: m.end - cut };
    named.mentions.push(moved);
    byMention.set(mentionKey(m.block, m.start), named);
  }
  entity.mentions = [];
  return true;
}
