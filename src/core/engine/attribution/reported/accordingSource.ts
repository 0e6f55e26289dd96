import { ORGANIZATION_KINDS } from '../../lexicon/organizationKinds';
import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';
import { ORG_ROLE_NOUNS } from '../../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import { DOCUMENT_AUTHOR } from '../documentOwner';
import type { Subject } from '../types';
import { placeRole } from './placeRole';
import type { ReportedCase } from './reported';
import { capitalisedSource, issuedBySource, titledPerson, trailingSource } from './trailingSource';
import { memberAuthoredSource, SOURCE_PHRASE } from './memberAuthor';

/**
 * The source "according to" names, its words starting at `sourceAt`: a titled person, the speaker words there (when they
 * end within the sentence), a document, a capitalised source or an issuer named in the words up to the next comma, else
 * those words unattributed, else a source trailing the sentence; null when the words name none of these.
 */
export function accordingSource(c: ReportedCase, sourceAt: number): Subject | null {
  const { block, text, end, cues } = c;
  // "According to court records, …", "according to the partially unsealed affidavit, …": a document the text
  // quotes is a source of its own; words the text does not tie to anyone or anything still make reported speech,
  // which stays unattributed.
  // A date's comma ("according to a March 14, 2019 NATO press release, …") is inside the source's phrase (`SOURCE_PHRASE`).
  const unnamed = SOURCE_PHRASE.exec(text.slice(sourceAt, end));
  // "Two women and a man were injured, according to the reports. The man was …" (fresh Wikinews page): speaker words
  // read past the sentence's stop are the next sentence's subject, not the source's.
  const inSentence = (subject: Subject | null) => (subject && subject.ref.end <= end ? subject : null);
  return (
    titledPerson(c, sourceAt) ??
    inSentence(cues.subjectAt(block, sourceAt)) ??
    (unnamed
      ? (cues.documentSource(block, sourceAt, sourceAt + unnamed[0].length) ??
        capitalisedSource(c, sourceAt, sourceAt + unnamed[0].length) ??
        issuedBySource(c, sourceAt, sourceAt + unnamed[0].length))
      : null) ??
    (unnamed
      ? { ref: { block, start: sourceAt, end: sourceAt + unnamed[0].length }, entity: null, resolution: 'unattributed' as const, antecedent: null }
      : trailingSource(c, sourceAt))
  );
}

/**
 * Whose word the source found by `accordingSource` is: the role or body an organisation's or a place's possessive names
 * (`ownedSource`), the person a place's role names (`placeRole.ts`), the author the text names for a document
 * (`authorOf`); else the source itself.
 */
export function sourceSpeaker(c: ReportedCase, found: Subject, sourceAt: number): Subject {
  return authorOf(c, placeRole(c, ownedSource(c, found, sourceAt)));
}

/** An owner's possessive, then the words it owns up to the source's end: `'s foreign ministry`. */
const OWNED = /^['’]s?\s+(?:[\p{L}'’.-]+\s+){0,8}?[\p{L}'’.-]+(?=\s*(?:,|$))/u;
/**
 * After a place, the same with no possessive, up to a place phrase, a relative clause or a phrase that says which ones
 * (` officials who spoke on condition of anonymity`, ` officials familiar with the matter`), or the source's end:
 * ` embassy in Beijing`.
 */
const PLACE_OWNED =
  /^\s+(?:[\p{L}'’.-]+\s+){0,2}?\p{Ll}[\p{L}'’.-]*(?=\s+(?:in|at)\s+\p{Lu}[^,]*(?:,|$)|\s+(?:who|that|familiar\s+with|close\s+to|speaking\s+on)\s[^,]*(?:,|$)|\s*(?:,|$))/u;

/**
 * "according to Russia's foreign ministry", "according to the United Nations' Food and Agriculture Organization's chief
 * veterinary officer": a place's or an organisation's possessive says whose the source is; it is not the source. When the
 * possessed is a role or a body, the source is the whole phrase, which names nobody the text knows.
 * A person's ("John Smith's lawyer") is read by the subject reader already.
 */
function ownedSource(c: ReportedCase, subject: Subject, sourceAt: number): Subject {
  const { block, text, end, cues } = c;
  // "according to Johnson's critics": a group a person has is no one the text names, and not the person.
  const group = subject.entity?.type === 'person' ? /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=\s*(?:,|$))/u.exec(text.slice(subject.ref.end, end)) : null;
  if (group && GROUP_SPEAKERS.has(group[1]?.toLowerCase() ?? ''))
    return { ref: { block, start: sourceAt, end: subject.ref.end + group[0].length }, entity: null, resolution: 'unattributed', antecedent: null };
  if (!subject.entity || subject.entity.type === 'person') return subject;
  // "According to the U.S. embassy in Beijing, …" (fresh Wikinews, February 2020): a place before a body's noun owns it
  // as a possessive does; the embassy speaks, not the country. A place before a person's role ("the El Paso mayor, Dee
  // Margo") is read by placeRole.ts.
  const after = text.slice(subject.ref.end, end);
  // "According to Bogota's newspaper El Tiempo, Uribe asked …" (a fresh Wikinews page, February 2005): a place, a kind
  // noun and the body's own name say where the body is; the body speaks, not the place.
  const kind = subject.entity.type === 'place' ? /^(?:['’]s?)?\s+(\p{Ll}+)\s+(?=\p{Lu})/u.exec(after) : null;
  const body = kind && ORGANIZATION_KINDS.has(kind[1] ?? '') ? cues.subjectAt(block, subject.ref.end + kind[0].length) : null;
  if (body?.entity?.type === 'organization') return body;
  const possessed = OWNED.exec(after);
  const attributive = possessed || subject.entity.type !== 'place' ? null : PLACE_OWNED.exec(after);
  const owned = possessed ?? attributive;
  // "according to Islamabad's National Weather Forecasting Center": a possessed body with a name of its own speaks, not
  // its owner; with no mention the text knows, the whole phrase is the source, unnamed.
  const named = possessed && NAME_RUN.test(possessed[0]) ? namedBody(c, sourceAt, subject.ref.end, possessed[0]) : null;
  if (named) return named;
  // Only a role or a body speaks for its owner ("foreign ministry", "chief veterinary officer"); what the owner wrote or
  // runs is the owner's word ("the Kremlin's statement", "VA's analytics", "the CIO Council's website").
  const head = (/[\p{L}'’.-]+$/u.exec(owned?.[0] ?? '')?.[0] ?? '').toLowerCase();
  // "…, according to US officials, over disputed eastern Ukraine" (wikinews-malaysia-airlines-flight-17-shot-down-eastern-
  // ukraine-2014-07-18): a place before a plural group noun says whose officials they are; the group speaks, unnamed. So
  // when a clause says which ones: "According to U.S. officials who spoke on condition of anonymity, the information came
  // from Israel." (wikinews-trump-defends-sharing-classified-information-russia-2017-05-16).
  const plural = attributive !== null && GROUP_SPEAKERS.has(head);
  const role = !DOCUMENT_NOUNS.has(head) && (PERSON_ROLE_NOUNS.includes(head) || ORG_ROLE_NOUNS.includes(head));
  if (!owned || !(plural || role)) return subject;
  if (attributive && !plural && !ORG_ROLE_NOUNS.includes(head)) return subject;
  const phraseEnd = subject.ref.end + owned[0].length;
  return (
    cues.documentSource(block, sourceAt, phraseEnd) ?? {
      ref: { block, start: sourceAt, end: phraseEnd },
      entity: null,
      resolution: 'unattributed',
      antecedent: null,
    }
  );
}

/** A possessive, then a name of capitalised words (joined by "of", "for", "and", "the"): `'s National Weather Forecasting Center`. */
const NAME_RUN = /^['’]s?\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}'’.-]*)+$/u;

/** The body or person a possessive's name run names, as the text knows it, or the whole phrase as an unnamed source. */
function namedBody(c: ReportedCase, sourceAt: number, ownerEnd: number, possessed: string): Subject {
  const start = ownerEnd + (/^['’]s?\s+/u.exec(possessed)?.[0].length ?? 0);
  const end = ownerEnd + possessed.length;
  const body = c.cues.subjectAt(c.block, start);
  if (body?.entity && body.ref.end === end) return body;
  return { ref: { block: c.block, start: sourceAt, end }, entity: null, resolution: 'unattributed', antecedent: null };
}

/** Plural figures of unnamed origin, then "by" and perhaps a verb of issuing: `projections by `, `numbers reported by `. */
const AUTHORED_WORDS = /^(?:the\s+)?(?:\p{Ll}+\s+)?\p{Ll}{3,}s\s+(?:(?:reported|released|published|issued|compiled|made)\s+)?by\s+(?=\p{Lu})/u;

/**
 * "according to a Twitter post by Amy Cook", "according to a report by the Associated Press": a document whose author the
 * text names is the author's word (docs/annotation-guide.md, "Documents, studies …"); the subject itself otherwise.
 */
function authorOf(c: ReportedCase, subject: Subject): Subject {
  if (subject.entity?.type === 'person') return subject;
  const member = memberAuthoredSource(c, subject);
  if (member) return member;
  // "According to projections by CNN and NPR" (wikinews-bloomberg-warren-end-campaigns-super-tuesday-2020-03-06), "Per
  // numbers reported by The Associated Press" (wikinews-pope-francis-instructs-reporting-sexual-abuse-2019-05-12): an
  // unnamed source's own words hold its author; the first body named after "by" speaks.
  const inner = subject.entity === null ? AUTHORED_WORDS.exec(c.text.slice(subject.ref.start, subject.ref.end)) : null;
  const by = inner ? null : DOCUMENT_AUTHOR.exec(c.text.slice(subject.ref.end, c.end));
  const at = inner ? subject.ref.start + inner[0].length : subject.ref.end + (by?.[0].length ?? 0);
  // "the reports by Johns Hopkins Center for Systems Science and Engineering": a body the name pass did not take.
  const named = by || inner ? /^[^,;:"“”]{1,120}(?=[,;:"“”]|$)/.exec(c.text.slice(at, c.end)) : null;
  const author = by || inner ? (c.cues.subjectAt(c.block, at) ?? (named ? capitalisedSource(c, at, at + named[0].trimEnd().length) : null)) : null;
  // "data from FSA's Student Loan Portfolio": the author is named whole, with no owner of its own.
  const whole = author !== null && /^(?:the\s+)?$/i.test(c.text.slice(at, author.ref.start)) && !/['’]s\b/.test(c.text.slice(at, author.ref.end));
  return author?.entity && author.resolution === 'name' && whole ? author : subject;
}
