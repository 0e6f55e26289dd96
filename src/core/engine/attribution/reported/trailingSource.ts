import { BROADCAST_NOUNS } from '../../lexicon/broadcastNouns';
import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';
import { ORG_HEADS } from '../../lexicon/orgHeads';
import { ORG_ROLE_NOUNS } from '../../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import { opensGivenName } from '../../entities/names';
import type { Subject } from '../types';
import type { ReportedCase } from './reported';

/** Words that open a phrase or a clause of their own, so cannot stand inside a title or a source's description. */
const CLAUSE_WORD = '(?:that|who|which|whom|what|when|where|by|of|for|to|in|on|at|with|from|and|or|but|as|is|are|was|were|has|have|had|you)';

/**
 * "according to prosecutor Josh Bash", "according to current president Emmerson Mnangagwa": lower-case title words
 * ending in a role noun or a profession ("ecologist"), then the person's name (AP Stylebook, "titles": a lower-case
 * title before a name).
 */
const TITLE = new RegExp(`^(?:(?!${CLAUSE_WORD}\\s)[\\p{Ll}-]+\\s+){0,2}?([\\p{Ll}-]+)\\s+(?=\\p{Lu})`, 'u');

/** A time phrase that may close a source: "according to police on Thursday", "… late today", "… in March". */
const TIME_TAIL = /(?:\s+(?:on|in|late|early|earlier|last|this)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?|\s+(?:yesterday|today|tonight))$/u;

/**
 * A capitalised name the name pass left out ("USA Today", "the Catholic Bishops' Conference of the Philippines (CBCP)"),
 * or one whose capital comes after a lower-case prefix of one or two letters ("According to iLaw, the police relied on
 * …", gv-thailand-akong-dies-in-prison-2012-05-12; "eBay"): a brand's or a site's name.
 */
const CAPITALISED =
  /^(?:the\s+)?(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})[\p{L}\d.&'’-]*(?:\s+(?:(?:of|for|and|de|the|in|on)\s+)*\p{Lu}[\p{L}\d.&'’-]*)*(?:\s+\(\p{Lu}[\p{L}\d.&-]*\))?$/u;

/**
 * A description of a source ("state television", "county police", "Philippine officials", "a statement released by
 * the Supreme Court"): a determiner, up to three modifiers and its head, perhaps followed by the words that name the
 * document's author, which `authorOf` reads.
 */
const DESCRIPTION = new RegExp(
  `^(?:(?:the|a|an|his|her|its|their)\\s+)?(?:(?!${CLAUSE_WORD}\\s)[\\p{L}.'’-]+\\s+){0,3}?([\\p{L}-]+)(?=\\s+(?:released\\s+|published\\s+|posted\\s+|issued\\s+)?(?:by|from)\\s|$)`,
  'u',
);

/** The role-noun lists as sets: a head is looked up for each description read, and a set answers without reading the lists. */
const PERSON_ROLES: ReadonlySet<string> = new Set(PERSON_ROLE_NOUNS);
const ORG_ROLES: ReadonlySet<string> = new Set(ORG_ROLE_NOUNS);

const isRole = (word: string) => PERSON_ROLES.has(word) || word.endsWith('ologist') || word.endsWith('scientist');
const isSourceHead = (word: string) =>
  GROUP_SPEAKERS.has(word) || DOCUMENT_NOUNS.has(word) || BROADCAST_NOUNS.has(word) || ORG_ROLES.has(word) || isRole(word) || isRole(word.replace(/s$/, ''));

/**
 * The person a lower-case title at `at` (a UTF-16 offset into the block's text) leads to, as the source named there;
 * null when the words are no title or no person the text names follows them.
 */
export function titledPerson(c: ReportedCase, at: number): Subject | null {
  const title = TITLE.exec(c.text.slice(at, c.end));
  if (!title || !isRole(title[1] ?? '')) return null;
  const person = c.cues.subjectAt(c.block, at + title[0].length);
  if (person?.entity?.type !== 'person' || person.resolution !== 'name') return null;
  return { ...person, ref: { ...person.ref, start: at } };
}

/**
 * Whether words are a source a subject reader may not know (`Rod 2.0`, `official sources`, `the Arts and Humanities
 * Citation Index`): a description of a group, medium or document, or a capitalised name.
 */
export function trailingSourceHead(phrase: string): boolean {
  const head = DESCRIPTION.exec(phrase)?.[1]?.toLowerCase();
  return (head !== undefined && isSourceHead(head)) || CAPITALISED.test(phrase);
}

/** A place after a body's name ("the Centers for Disease Control and Prevention in the United States"): not its name. */
const PLACE_TAIL = /\s+(?:in|on)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/**
 * The body, site or outlet a capitalised name the name pass did not take stands for, at [start, end) (UTF-16 offsets):
 * `according to the Canadian Public Health Infobase`, `the reports by Johns Hopkins Center for Systems Science and
 * Engineering`. The text names the source, so its name is the speaker (docs/annotation-guide.md: the author of a
 * document the text names), without "the", a place after it or its acronym in brackets. Null when the words are no
 * such name, or a person's (a given name first, or two words before "of" that no organisation's head ends): a person the
 * name pass missed is left unattributed rather than made a body.
 */
export function capitalisedSource(c: ReportedCase, start: number, end: number): Subject | null {
  // "According to Johns Hopkins Center for Systems Science and Engineering late today, 291 patients have recovered"
  // (Wikinews, March 2020): when the source spoke is no word of its name.
  const words = c.text.slice(start, end).replace(TIME_TAIL, '');
  if (!CAPITALISED.test(words)) return null;
  const article = /^the\s+/i.exec(words)?.[0].length ?? 0;
  const name = words
    .slice(article)
    .replace(/\s+\(\p{Lu}[\p{L}\d.&-]*\)$/u, '')
    .replace(PLACE_TAIL, '');
  if (opensGivenName(name.split(/[\s-]/)[0] ?? '')) return null;
  // "Joerg Heidrich of Heise Zeitschriften Verlag": two words before "of" that no organisation's head ends are a person's name.
  const owner = /^(\S+)\s+(\S+)\s+(?:of|for|at)\s/.exec(name);
  if (owner && !ORG_HEADS.has(owner[2] ?? '')) return null;
  return c.cues.titledSource(c.block, start + article, start + article + name.length);
}

/**
 * Whether a span in marks is a name or a title, not a quotation: one to three capitalised words, closed, with words of
 * the clause after it before the source at `at` (UTF-16 offset). `'Fockers', starring Ben Stiller, …, has made $186.5
 * million since its release Dec. 22, according to Box Office Mojo` (wikinews-noise-fockers-weekend-box-office-2005-01-07),
 * `Van Biljon, reportedly often referred to as "The Lion Man", had been in the lions' area …, according to local news
 * media` (wikinews-south-african-lion-man-killed-by-lions-2019-08-22): the clause is the source's, the marks a film's title
 * or a nickname (docs/annotation-guide.md: nicknames and titles of works are no quotes).
 */
function namedInMarks(text: string, d: { start: number; end: number; close: number | null }, at: number): boolean {
  if (d.close === null || d.close >= at) return false;
  const words = text.slice(d.start, d.end).trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && /\p{L}{2,}[^,]*\p{L}/u.test(text.slice(d.close + 1, at));
}

/**
 * The source of "…, according to X." whose words X, from `at` (UTF-16 offset) to the sentence's end, the subject reader
 * does not know: a description of an unnamed group, medium or document, or a capitalised name it did not take. A
 * description stays unattributed (docs/annotation-guide.md, "Documents, studies, teams, unnamed groups": the description
 * or `null`) unless it describes a document the text quotes; a name is the body it names (`capitalisedSource`). Null for
 * anything else ("according to plan", "according to their choice"), which is no source.
 */
export function trailingSource(c: ReportedCase, at: number): Subject | null {
  const words = c.text.slice(at, c.end);
  // "… Govt.nz “doesn’t look much like a government website at all,” according to FutureGov.": a sentence with a
  // direct quote is that quote's, which the direct sieves read; what stands before it is not the source's word. A name
  // in marks inside the clause is no quotation (`namedInMarks`).
  if (c.directs.some((d) => !namedInMarks(c.text, d, at)) || /[,;:"“”?]/.test(words) || /\?\s*$/.test(c.text.slice(c.end, c.range.end))) return null;
  const phrase = words.replace(TIME_TAIL, '');
  const description = DESCRIPTION.exec(phrase);
  const head = description?.[1]?.toLowerCase();
  const described = description !== null && head !== undefined && isSourceHead(head);
  if (!described && !CAPITALISED.test(phrase)) return null;
  const end = described ? at + (description?.[0].length ?? 0) : at + phrase.length;
  return (
    c.cues.documentSource(c.block, at, end) ??
    (described ? null : capitalisedSource(c, at, end)) ?? {
      ref: { block: c.block, start: at, end },
      entity: null,
      resolution: 'unattributed',
      antecedent: null,
    }
  );
}

/** A source's description and the words that name who issued it: "the reports by …", "data from …". */
const ISSUED_BY = /^((?:(?:the|a|an)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}-]+)\s+(?:released\s+|published\s+|posted\s+|issued\s+)?(?:by|from)\s+/u;

/**
 * The body a source's description at [start, end) names as its author with a capitalised name the name pass did not
 * take ("the reports by Johns Hopkins Center for Systems Science and Engineering"); null otherwise.
 */
export function issuedBySource(c: ReportedCase, start: number, end: number): Subject | null {
  const issued = ISSUED_BY.exec(c.text.slice(start, end));
  if (!issued || !trailingSourceHead(issued[1] ?? '')) return null;
  return capitalisedSource(c, start + issued[0].length, end);
}
