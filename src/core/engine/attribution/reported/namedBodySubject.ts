import { NOT_NAMES } from '../../lexicon/notNames';
import type { ReportedCase } from './reported';

// A capitalised name or a definite description the name pass did not take, standing as a statement verb's whole subject
// (read by unnamedGroup.ts for a clause with no "that", and by cueVerb.ts for the one-word outlet it names).

/**
 * A capitalised name the name pass did not take, standing as the whole subject at the sentence's start (or after an
 * opening phrase and its comma): `CalFire indicated the injuries were minor`, `Mycokemusic.com said it was going to …`,
 * `MST claims they use arms only …`, `The Center for Biological Diversity announced on Wednesday the monarch butterfly
 * population …`. A site, an outlet or a body, as often as a person the name pass missed: the quote stays unattributed,
 * as it does with "that". A sentence's first word is capitalised whatever it is ("Research confirmed", "Teams
 * confirmed"), so a name of one word must show itself by its shape: a capital inside it, a digit or a dot.
 */
const NAME_SUBJECT =
  /(?:^|[,;]\s+)(?:the\s+|The\s+)?(?!(?:The|A|An|I|We|You|He|She|It|They|Let|When|As|By|If|This|That|These|Those|Some|Many|Most|Our|My|Your|Their|His|Her|Its)\b)(\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:(?:of|for|and|the|de)\s+)*\p{Lu}[\p{L}\d.&'’-]*){0,5})\s+(?:(?:has|have|had)\s+)?(?:also\s+)?$/u;
/** A one-word name's shape: "CalFire", "MST", "Mycokemusic.com", "News12". */
const NAME_SHAPE = /\p{Ll}\p{Lu}|^\p{Lu}{2,}$|\d|\.\p{L}/u;
/** The verbs a body's statement is told with; not belief or emphasis ("felt", "believe", "highlighted", "emphasizes"). */
const STATEMENT_VERBS =
  /^(?:said|says|say|reported|reports|announced|announces|stated|states|claimed|claims|claim|alleged|alleges|confirmed|confirms|told|tells|warned|warns|indicated|revealed)$/;

/**
 * A definite description of a body the lexicons do not know, standing as the whole subject: `The fire service indicated
 * an investigation … was underway` (wikinews-fire-bontddu-hall-kills-one-2020-06-06). It is as specific as a name the
 * name pass missed, and the quote stays unattributed as that one's does.
 */
const DEFINITE_BODY = /(?:^|,\s+)(?:the|The)\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}{3,})\s+(?:(?:has|have|had)\s+)?(?:also\s+)?$/u;
/** What shows or records rather than speaks: `The results confirmed …`, `The footage revealed …`. */
const NOT_A_VOICE: ReadonlySet<string> = new Set(['data', 'figures', 'results', 'findings', 'evidence', 'footage', 'images', 'tests', 'records']);

/**
 * "Rappler reported three malls in Davao City … were damaged" (fresh Wikinews, October 2019): one capitalised word
 * that "reported", which the paragraph never writes in lower case and which is no plural ("Officials reported"), is as
 * likely an outlet as anyone; the quote is found and stays unattributed. Not a function word ("Amongst reported
 * incidents …"), an adverb or a participle.
 */
const outletReports = (c: ReportedCase, word: string, lower: string): boolean =>
  /^report(?:ed|s)$/.test(lower) &&
  /^\p{Lu}\p{Ll}+$/u.test(word) &&
  !/(?:s|ly|ed|ing)$/.test(word) &&
  !NOT_NAMES.has(word) &&
  !new RegExp(`(?<!\\p{L})${word.toLowerCase()}(?!\\p{L})`, 'u').test(c.text);

/**
 * The capitalised name or definite description that opens the clause as its subject right before the verb at `verbStart`
 * (`NAME_SUBJECT`, `DEFINITE_BODY`): its UTF-16 span in the block's text, and whether it is one word whose shape shows a
 * name; null when none does.
 */
export function namedBodyAt(c: ReportedCase, verbStart: number, lower: string): { start: number; end: number; oneName: boolean } | null {
  const before = c.text.slice(c.range.start, verbStart);
  const definite = DEFINITE_BODY.exec(before);
  const name = NAME_SUBJECT.exec(before) ?? (definite && !NOT_A_VOICE.has(definite[1] ?? '') ? definite : null);
  const words = name === definite ? [] : (name?.[1]?.split(/\s+/) ?? []);
  const oneName = words.length === 1 && (NAME_SHAPE.test(words[0] ?? '') || outletReports(c, words[0] ?? '', lower));
  if (!name || !STATEMENT_VERBS.test(lower) || (words.length === 1 && !oneName)) return null;
  // Only the sentence's start, or a comma after opening words with no verb of their own ("As of yesterday, …").
  // After a semicolon a clause of its own begins: "…, and was in a "serious" condition; TVN24 reported he received surgery"
  // (wikinews-gdansk-mayor-stabbed-on-stage-arrest-2019-01-14).
  if (name.index !== 0 && before[name.index] !== ';' && /\b(?:said|says|told|is|are|was|were)\b/.test(before.slice(0, name.index))) return null;
  const start = c.range.start + name.index + name[0].indexOf(name[1] ?? '');
  return { start, end: start + (name[1]?.length ?? 0), oneName };
}

/**
 * A title of several words whose last is a blog's word: `Meanwhile, Political Bahamas Blog reports that …`
 * (gv-bahamas-last-thoughts-elections-2012-05-03). It names a blog as plainly as a one-word name's shape names a body.
 */
const BLOG_TITLE = /\s(?:Blog|Weblog|Blogspot)$/u;

/** Surname prefixes before an inner capital: `McDonald`, `MacArthur`, `O'Brien`, `DeSantis`, `LaGuardia`, `VanderWal`. */
const SURNAME_PREFIX = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u;

/**
 * The one-word name (`Rappler`, `TVN24`, `CalFire`) that opens the clause as the whole subject of the statement verb at
 * `verbStart`, as a UTF-16 span: the source is that name as written, whatever the name pass made of it
 * (wikinews-aftershocks-philippines-earthquake-death-toll-2019-10-22); or a blog's title of several words (`BLOG_TITLE`).
 * Null for another longer name, which may hold opening words ("In March TVN24 reported …"), and for a description.
 */
export function oneNameSubject(c: ReportedCase, verbStart: number, lower: string): { start: number; end: number } | null {
  const body = namedBodyAt(c, verbStart, lower);
  if (!body) return null;
  const name = c.text.slice(body.start, body.end);
  // "McDonald said …", "DeSantis said …": a surname's inner capital is a person's the name pass missed, not an outlet's.
  return (body.oneName && !SURNAME_PREFIX.test(name)) || BLOG_TITLE.test(name) ? { start: body.start, end: body.end } : null;
}
