import type { FoundEntity } from '../entities/types';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { opensGivenName } from '../entities/names';
import { endsInPersonNoun, lowerTitleBetween } from './lowerTitle';
import type { MentionIndex } from './mentions';
import { ownedTitle, POSSESSED } from './ownedTitle';
import { missionAfterPlace } from './placeMission';
import type { Located, Subject } from './types';

/** What reading a mention's speaker asks of the cue reader: the mentions, and its unnamed and described sources. */
export interface MentionSources {
  readonly mentions: MentionIndex;
  /** The unnamed source the words at a span describe (`unnamedSources.ts`), or null. */
  unnamedSource(at: Located): FoundEntity | null;
  /** The organisation the words at a span describe (`describedOrganizations.ts`), or null. */
  describe(at: Located): FoundEntity | null;
  /** The body named by the words at a span as the text writes them (`DescribedOrganizations.titled`). */
  titled(at: Located): FoundEntity;
}

/**
 * A person's office after their possessive, up to a punctuation mark or the next word: "'s office", "'s press office".
 * `unnamedSpeaker.ts` reads "Erdogan's office said" so before a verb; this reads it wherever the name is read.
 */
const OWNED_OFFICE = /^['’]s\s+(?:press\s+)?office(?=\s*(?:[,.;:)"”]|$)|\s+\p{Ll})/u;

/**
 * The speaker a mention of an entity at `mention` (UTF-16, half-open, in the block's `text`) opens: the person an
 * owner's title names (`ownedTitle.ts`), the unnamed source a person's possessive describes ("Foke's spokesman"), the
 * person an organisation's title words lead to ("said Nampa Police Chief Joe Huff", "said JPL’s Cédric David"), a
 * place's police, council or military ("The U.S. military said"), a country's embassy ("the U.S. embassy in Beijing"), a
 * person's campaign or administration ("The Trump campaign accused"), or else the entity
 * itself (a country that says something speaks as its government).
 */
export function mentionSubject(text: string, block: number, mention: { start: number; end: number }, entity: FoundEntity, sources: MentionSources): Subject {
  const at = mention.start;
  const titled = ownedTitle(text, block, at, mention.end, entity, sources.mentions);
  if (titled) return titled;
  const owned = entity.type === 'person' ? POSSESSED.exec(text.slice(mention.end, mention.end + 60)) : null;
  const ownedRef = owned ? { block, start: at, end: mention.end + owned[0].length } : null;
  const source = ownedRef && sources.unnamedSource(ownedRef);
  if (ownedRef && source) return { ref: ownedRef, entity: source, resolution: 'name', antecedent: null };
  // "according to a statement issued by President Nicolas Sarkozy's office" (wikinews-seven-dead-french-helicopter-crash-
  // gabon-2009-01-18): the office speaks as itself, named as the text writes it (docs/annotation-guide.md names "Erdogan's
  // office" the author of its statement); its holder is not its voice.
  const office = entity.type === 'person' ? OWNED_OFFICE.exec(text.slice(mention.end)) : null;
  if (office) {
    const ref = { block, start: at, end: mention.end + office[0].length };
    return { ref, entity: sources.titled(ref), resolution: 'name', antecedent: null };
  }
  // "the U.S. embassy in Beijing said": a country's embassy or consulate speaks as itself, not as the country.
  const mission = entity.type === 'place' ? missionAfterPlace(text.slice(mention.end)) : 0;
  if (mission > 0) {
    const ref = { block, start: at, end: mention.end + mission };
    return { ref, entity: sources.titled(ref), resolution: 'name', antecedent: null };
  }
  const led = bodyLedPerson(text, block, mention, entity, sources.mentions);
  if (led) return led;
  const body =
    entity.type === 'place'
      ? /^\s+(?:police|council|government|fire department|health department|authorities|military|army|navy|air force|coast guard)\b/.exec(
          text.slice(mention.end),
        )
      : entity.type === 'person'
        ? peopleBody(text, mention)
        : entity.type === 'organization'
          ? ORGANIZATION_BODY.exec(text.slice(mention.end))
          : null;
  const described = body && sources.describe({ block, start: at, end: mention.end + body[0].length });
  if (body && described) return { ref: { block, start: at, end: mention.end + body[0].length }, entity: described, resolution: 'name', antecedent: null };
  // "The SBST team approached our team in early June and said they wanted a website …" (usgov-gsa-18f-federalist-platform-
  // launch-2015-09-15): a body's team, too general a noun to name a body of its own, speaks for the body.
  const team = entity.type === 'organization' ? ORGANIZATION_TEAM.exec(text.slice(mention.end)) : null;
  if (team) return { ref: { block, start: at, end: mention.end + team[0].length }, entity, resolution: 'name', antecedent: null };
  const ministry = entity.type === 'place' ? PLACE_MINISTRY.exec(text.slice(mention.end)) : null;
  if (ministry) {
    const ref = { block, start: at, end: mention.end + ministry[0].length };
    return { ref, entity: sources.describe(ref) ?? sources.titled(ref), resolution: 'name', antecedent: null };
  }
  // `"…," said Malaysia's transport minister.`: a country's possessive before a person's role noun is that person's
  // office, and the person, unnamed here, speaks, never the country (lane unattr46 found the shape).
  const placeRole = entity.type === 'place' ? placeOffice(text.slice(mention.end)) : 0;
  if (placeRole > 0) return { ref: { block, start: at, end: mention.end + placeRole }, entity: null, resolution: 'unattributed', antecedent: null };
  return { ref: { block, start: at, end: mention.end }, entity, resolution: 'name', antecedent: null };
}

/**
 * How long a possessive and a person's role noun after a country's name are, up to two lower-case words before the noun
 * ("'s transport minister" of "said Malaysia's transport minister at the time"); 0 when `after` opens otherwise.
 */
function placeOffice(after: string): number {
  const owned = OWNED_WORDS.exec(after);
  const words = (owned?.slice(1) ?? []).filter((w): w is string => w !== undefined);
  const head = words.findIndex((w) => PERSON_ROLE_NOUNS.includes(w));
  let end = 0;
  for (const word of words.slice(0, head + 1)) end = after.indexOf(word, end) + word.length;
  return head < 0 ? 0 : end;
}

/** A possessive and the up to three lower-case words after it. */
const OWNED_WORDS = /^['’]s\s+(\p{Ll}[\p{Ll}-]+)(?:\s+(\p{Ll}[\p{Ll}-]+))?(?:\s+(\p{Ll}[\p{Ll}-]+))?/u;

/**
 * A country's possessive before one of its ministries or offices: `said Malaysia's transport ministry at the time`
 * (wikinews-more-suspected-plane-debris-washes-ashore-maldives-2015-08-13). The ministry speaks, not the country; it is
 * the body the text names so elsewhere ("the Malaysian transport ministry") when the organisation pass ties the two, and
 * otherwise a body of its own named as written, as specific as "the transport ministry" is (`describedOrganizations.ts`).
 * A government or its authorities speak for the country, and stay the country's.
 */
export const PLACE_MINISTRY = /^['’]s\s+(?:\p{Ll}[\p{Ll}-]+\s+){0,2}(?:ministry|department|office|embassy|agency)\b/u;

/**
 * One or two words in lower case after an organisation's name, as far as a noun a body is named by: `The UN refugee
 * agency reports …` (voa-somali-refugees-thousand-a-day-kenya-2006-10-06) is an agency of the UN, not the UN; the words
 * name a body of their own (`describedOrganizations.ts` takes only an organisation noun as its head, and no general one).
 * Not before a name, which the words describe ("Google parent company Alphabet said"), nor words that tell what kind of
 * body the name is, an outlet's gloss ("According to Yonhap news agency", "the AP wire service").
 */
const ORGANIZATION_BODY = /^\s+(?!(?:news|wire|press|media|state|broadcasting)\b)(?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]+\b(?!\s+\p{Lu})/u;

/**
 * "team" right after an organisation's name, not before a name or a member's role ("the NASA team Aviary", "the NASA team
 * lead Jane Smith", "the SBST team members"), whose holder or owner speaks instead.
 */
const ORGANIZATION_TEAM = /^\s+team\b(?!\s+(?:\p{Lu}|(?:lead|leader|member|manager|head|director|chief|captain|coach|spokesperson)s?\b))/u;

/**
 * The person a body's mention leads to by title words, or the unnamed one its possessive and a first name stand for.
 * A name the name pass took for a person's leads on only by lower-case title words: `said Mississippi State guard Ben
 * Hansbrough` (wikinews-tornado-hits-downtown-atlanta-2008-03-15: a university's team, read as a person's name),
 * `Obama adviser David Axelrod`; the person after the title holds it, and speaks.
 */
function bodyLedPerson(text: string, block: number, mention: { start: number; end: number }, entity: FoundEntity, mentions: MentionIndex): Subject | null {
  const at = mention.start;
  const named = entity.type === 'person';
  const next = mentions.between(block, mention.end, mention.end + 40).find((m) => m.start >= mention.end && m.entity.type === 'person' && m.entity !== entity);
  const between = text.slice(mention.end, next?.start ?? mention.end);
  // A person's mention leads on only where the words end in a noun for a person: "Johann Lamont spoke of McLetchie" is no title.
  const titled = lowerTitleBetween(between) && (!named || endsInPersonNoun(between));
  if (
    next &&
    ((!named && /^(?:['’]s)?\s+(?:[\p{Lu}][\p{L}.-]*\s+|in\s+|of\s+){0,4}$/u.test(between)) || titled || (!named && titleSetOff(text, between, next)))
  )
    return { ref: { block, start: at, end: next.end }, entity: next.entity, resolution: 'name', antecedent: null };
  if (named) return null;
  // "said JPL’s Jean-Pierre de la Croix": a first name and more capitalised words after a body's possessive name
  // someone the name pass missed; the body is not the speaker, and no speaker is safer than it ("OMB’s Fact Sheet"
  // opens with no first name: a document of the body's).
  const owned = /^['’]s\s+(\p{Lu}[\p{L}’'-]*)(?:\s+(?:\p{Lu}[\p{L}’'-]*|de|la|le|van|von|der|da|di|du|del|bin|al)){1,4}/u.exec(text.slice(mention.end));
  const given = opensGivenName(owned?.[1]?.split('-')[0] ?? '');
  if (owned && given && !next && mentions.between(block, mention.end, mention.end + owned[0].length).every((m) => m.start < mention.end))
    return { ref: { block, start: at, end: mention.end + owned[0].length }, entity: null, resolution: 'unattributed', antecedent: null };
  return null;
}

/**
 * Whether the words after a body's name are a person's title set off by a comma before the person's name, which then
 * closes its clause: `said EU commissioner for Home Affairs, Cecilia Malmström.`, `said NATO spokesman, James
 * Appathurai.` (a fresh Wikinews page, session 48, gave the first to the European Union). The comma sets the name off
 * as the title's holder, the appositive AP style would write without it; the holder, not the body, speaks.
 */
function titleSetOff(text: string, between: string, next: { end: number }): boolean {
  const bare = between.replace(/,\s+$/u, ' ');
  if (bare === between || !lowerTitleBetween(bare)) return false;
  const held = endsInPersonNoun(bare) || /\s(?:of|at|for)\s/u.test(bare);
  return held && /^\s*(?:[,.;:)"”]|$)/u.test(text.slice(next.end));
}

/**
 * "The Trump campaign accused Biden of …", "The Biden campaign recycled a statement …", "Biden's campaign said" (fresh
 * Wikinews, On the campaign trail in the USA, July–October 2020): a person's name before "campaign" or "administration"
 * names the body that speaks, not the person, so the speaker is that body as the text writes it (an organisation source,
 * docs/annotation-guide.md: "for an organisation, its fullest name"). The name must follow "the" or carry a
 * possessive ("Biden campaign officials said" stays the officials', whom the cue reader reads past the noun): the
 * words after the mention, or null.
 */
function peopleBody(text: string, mention: { start: number; end: number }): RegExpExecArray | null {
  const owned = /^['’]s\s+(?:campaign|administration)\b/u.exec(text.slice(mention.end));
  if (owned) return owned;
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, mention.start - 4), mention.start))) return null;
  return /^\s+(?:campaign|administration)\b/u.exec(text.slice(mention.end));
}
