import { slugify } from '../../slug';
import type { EntityIndex, FoundEntity } from '../entities/types';
import { mentionKey } from '../entities/types';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { isFirstName } from '../lexicon/firstNames';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { REFERRING_DETERMINERS, REFERRING_MODIFIERS } from '../lexicon/referringWords';
import type { Located } from './types';
import { heldOfficeName } from './heldOffice';
import { MONTH_NAME } from '../lexicon/monthNames';

/** Organisation nouns too general to name one organisation by themselves, even with a qualifier ("the whole group"). */
const TOO_GENERAL = new Set([
  'group',
  'study',
  'report',
  'survey',
  'statement',
  'team',
  'club',
  'network',
  'party',
  'union',
  'state',
  'city',
  'county',
  'office',
]);

/**
 * A government or an administration named by its country or its leader: "the government of Samoa", "the Samoan
 * government", "Samoa's government", "the Trump administration". Groups: the noun and its owner, in either order.
 */
const BODY_OF =
  /\b(?:the\s+)?(government|administration)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})|\b(?!(?:The|A|An|This|That|Its|Their|Our|His|Her|Every|No)\s)(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(government|administration)\b/gu;

/** A word of a date written before a document's noun: "March", "14,", "2019" ("a March 14, 2019 NATO press release"). */
const DATE_WORD = new RegExp(String.raw`^(?:${MONTH_NAME}|\d{1,2},|\d{4})$`);

/** The possessive pronouns that say whose a document is: "its press release", "their news release", "her campaign statement". */
const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my']);

/** What a document is of, ending the words that describe it: "of the decision" (of "the summary of the decision"). */
const OF_WHAT = /^of\s+the\s+\p{Ll}+$/u;

/** A past participle and the place a document went out through, up to the phrase's end: " posted to his official Twitter account". */
const WHERE_POSTED = /^\s+(?:posted|released|issued|published|delivered|shared)\s+(?:to|on|in|via|through)\s+[^,;:"“”()[\].]{2,60}?(?=\s*(?:[,;:.]|$))/u;

/**
 * Organisations the text names only by description: "the transport ministry", "Oakdale police", "the
 * city council". Such a phrase is specific enough to be a speaker of its own (an organisation source),
 * so it becomes an entity named as the text writes it, without its article; one entity per description.
 */
export class DescribedOrganizations {
  private readonly byName = new Map<string, FoundEntity>();

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly index: EntityIndex,
  ) {}

  /**
   * The organisation a description names, made on first use: a qualifier and an organisation noun
   * ("transport ministry", "health department"), or a place's name and "police". Null for a bare noun
   * ("the ministry") or a general one ("the group").
   */
  describe(at: Located): FoundEntity | null {
    const written = (this.texts[at.block] ?? '').slice(at.start, at.end);
    const name = written.replace(/^(?:the|a|an|its|their)\s+/i, '');
    const all = name.split(/\s+/);
    // A two-word noun ("Brazilian air force", "US coast guard") is the head as a whole.
    const pair = all.slice(-2).join(' ').toLowerCase();
    const words = all.length > 2 && ORG_ROLE_NOUNS.includes(pair) ? [...all.slice(0, -2), pair] : all;
    const head = (words.at(-1) ?? '').toLowerCase();
    // "A few days later the administration said": a time phrase may open the speaker words; a preposition or a person's
    // role noun before the noun ("a spokesman for the administration") makes it someone else's.
    const bare = /(?:^|\s)the\s+(government|administration)$/i.exec(written);
    const lead = bare ? written.slice(0, bare.index).split(/\s+/) : [];
    if (bare?.[1] && !lead.some((w) => /^(?:for|of|at|by|with|from|in|on|to)$/i.test(w) || PERSON_ROLE_NOUNS.includes(w.toLowerCase())))
      return this.bodyNamedBefore(bare[1].toLowerCase(), { ...at, start: at.end - bare[0].trimStart().length });
    const office = heldOfficeName(written);
    if (office) return this.named(office, { ...at, start: at.end - office.length });
    if (words.length < 2 || words.length > 4 || !ORG_ROLE_NOUNS.includes(head) || TOO_GENERAL.has(head)) return null;
    // "The U.S. military said" (wikinews-rights-group-afghanistan-phosphorus-claim-2009-05-11): a qualifier may be initials.
    if (!words.slice(0, -1).every((w) => /^(?:[\p{L}-]+|(?:\p{Lu}\.){2,})$/u.test(w))) return null;
    // "a spokesperson for the agency" describes a person of the organisation, not an organisation.
    if (words.slice(0, -1).some((w) => /^(?:for|of|at|by|with|from|in|on|to|the)$/i.test(w) || PERSON_ROLE_NOUNS.includes(w.toLowerCase()))) return null;
    return this.named(name, { ...at, start: at.end - name.length });
  }

  /**
   * "On December 5 and 6, the government of Samoa executed a planned shutdown … The government said 128 vaccination
   * teams participated" (wikinews-samoa-ends-measles-state-of-emergency-2020-01-01), "For weeks, the Trump
   * administration has been trying … A few days later the administration said" (wikinews-us-house-holds-cabinet-officers-
   * in-contempt-2019-07-20): a bare "the government" or "the administration" is the one its paragraph named before it by
   * its owner, as the paragraph wrote it. The owner must be a place the text names (or its adjective) or the surname of a
   * person it names; null when the paragraph names no such body that way, or several owners.
   */
  private bodyNamedBefore(noun: string, at: Located): FoundEntity | null {
    const before = (this.texts[at.block] ?? '').slice(0, at.start);
    const named = [...before.matchAll(BODY_OF)]
      .filter((m) => (m[1] ?? m[4]) === noun)
      .map((m) => ({ written: m[0].replace(/^the\s+/i, ''), owner: m[2] ?? m[3] ?? '' }));
    const owners = new Set(named.map((n) => n.owner));
    const only = owners.size === 1 ? named.at(-1) : undefined;
    const known =
      only &&
      this.index.entities.some(
        (e) => (e.type === 'place' && only.owner.startsWith(e.name.slice(0, 4))) || (e.type === 'person' && e.name.split(/\s+/).at(-1) === only.owner),
      );
    return only && known ? this.named(only.written, at) : null;
  }

  /**
   * A document quoted as a source, named by the words that describe it up to its noun: "court records", "a
   * JPL-led study", "partially unsealed affidavit" (of "the partially unsealed affidavit filed in support of …").
   * Null for a bare definite one ("the report", "the statement"), which refers back to what the text named before.
   */
  quotedDocument(at: Located): FoundEntity | null {
    const written = (this.texts[at.block] ?? '').slice(at.start, at.end);
    const words = written.split(/\s+/);
    // A date's three words do not count towards how far the head may stand: "a March 14, 2019 NATO press release".
    const head = words.findIndex((w, i) => i <= 8 && i - words.slice(0, i).filter((d) => DATE_WORD.test(d)).length <= 5 && DOCUMENT_NOUNS.has(w.toLowerCase()));
    // "issued a public apology via their website condemning …" (fresh Wikinews, AMALGUM_news_pride): a document noun after
    // "via" or "through" is the channel the words went out by, not the document that speaks.
    if (head < 0 || words.slice(0, head).some((w) => /^(?:of|for|by|from|in|on|at|with|to|that|which|via|through)$/i.test(w))) return null;
    // "Rapid teleworking growth is a global trend but the report notes …" (wikinews-finnish-female-politicians-highlighted-world-
    // bank-gender-report-2013-09-28): a coordinator, or an article after the first word, opens a clause or a phrase of its own, so the words
    // before it say nothing of which document speaks; no document is named by the speaker words then.
    if (words.slice(0, head).some((w, i) => /^(?:but|yet|while|whereas|though|although|because)$/i.test(w) || (i > 0 && /^(?:the|a|an)$/i.test(w))))
      return null;
    // "According to its press release, the NBA was …" (wikinews-nba-suspends-season-covid-19-2020-03-13): a document a
    // possessive pronoun owns is its owner's word, whom the role reader finds (`roles.ts`, as for "its statement"); when
    // it finds no one, the words stay unattributed, never a new source called "press release" (docs/annotation-guide.md).
    if (OWNING_PRONOUNS.has((words[0] ?? '').toLowerCase())) return null;
    const definite = REFERRING_DETERMINERS.has((words[0] ?? '').toLowerCase());
    // "the same Zogby study": "same" points back and is no part of the name, which opens after it.
    let first = definite ? 1 : 0;
    while (definite && first < head && REFERRING_MODIFIERS.has((words[first] ?? '').toLowerCase())) first++;
    // "The summary of the decision": what a definite document is of tells which one it is, as a describing word does.
    const ofWhat = definite && head === first && OF_WHAT.test(words.slice(head + 1).join(' '));
    if (definite && head <= first && !ofWhat) return null;
    const described = words.slice(first, ofWhat ? words.length : head + 1).join(' ');
    const start = at.start + written.indexOf(described);
    // "a statement posted to his official Twitter account": where it was posted tells which statement (the gold names
    // documents by such descriptions, docs/annotation-guide.md); "released by X" is X's, which the reader names apart.
    const where = WHERE_POSTED.exec((this.texts[at.block] ?? '').slice(start + described.length, start + described.length + 90));
    const name = described + (where?.[0] ?? '');
    return this.named(name, { block: at.block, start, end: start + name.length });
  }

  /**
   * A blog, site or publication the name pass does not know, named as the head of a colon cue ("Bad
   * Handwriting finds the whole thing "surreal":"): an organisation source named as written. A lone first name
   * ("Isaac disagrees:", "Tunde wrote about …:", as Global Voices names commenters) names a person.
   */
  titled(at: Located): FoundEntity {
    const name = (this.texts[at.block] ?? '').slice(at.start, at.end);
    return this.named(name, at, /^\p{Lu}[\p{Ll}'’-]+$/u.test(name) && isFirstName(name) ? 'person' : 'organization');
  }

  /** A person the text names in words the name pass did not take, named as written. */
  person(at: Located): FoundEntity {
    return this.named((this.texts[at.block] ?? '').slice(at.start, at.end), at, 'person');
  }

  /**
   * The one entity of a name, made on first use. "wh_w：严重怀疑…" then "@wh_w [zh]: I seriously suspect…": a Global Voices
   * round-up labels a user's original words without the @ and its translation with it, and both are the one user's; the
   * other spelling is kept as an alias.
   */
  private named(name: string, at: Located, type: 'person' | 'organization' = 'organization'): FoundEntity {
    const key = name.toLowerCase().replace(/^@/, '');
    let entity = this.byName.get(key);
    if (!entity) {
      entity = { key: slugify(name, type), type, name, role: null, aliases: new Set(), mentions: [], roleWords: new Set() };
      this.byName.set(key, entity);
      this.index.entities.push(entity);
    } else if (entity.name !== name) entity.aliases.add(name);
    if (!this.index.byMention.has(mentionKey(at.block, at.start))) {
      entity.mentions.push({ block: at.block, start: at.start, end: at.end, form: 'name' });
      this.index.byMention.set(mentionKey(at.block, at.start), entity);
    }
    return entity;
  }
}
