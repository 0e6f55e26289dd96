import { AGENTLESS_PLURALS } from '../../lexicon/agentlessPlurals';
import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';
import { REPORTING_PRESENTS } from '../../lexicon/reportingPresents';
import { ROUND_UP_PRESENTS } from '../../lexicon/roundUpPresents';
import { opensClause } from './clauseStart';
import type { Subject } from '../types';

/**
 * Plural presents of verbs that report findings and charges (`Activists claim …`, `Astronomers estimate that …`, `they
 * note`, `netizens maintain that …`). They are nouns as often ("a police report", "Nielsen's 20% estimate that", "Please
 * note"), or acts ("soldiers maintain a fleet"), so they are cues only right after a plural group that speaks
 * (`pluralPresentCue`), not in the reporting-verb lexicon.
 */
const PLURAL_PRESENT: ReadonlySet<string> = new Set(['claim', 'allege', 'note', 'estimate', 'suggest', 'report', 'contend', 'assert', 'maintain']);

/**
 * Whether a word, as written, is one of those plural presents, a round-up's (`roundUpPresents.ts`) or another reporting
 * verb's (`reportingPresents.ts`), in lower case as a verb is inside a sentence.
 */
export const isPluralPresent = (word: string): boolean => PLURAL_PRESENT.has(word) || ROUND_UP_PRESENTS.has(word) || REPORTING_PRESENTS.has(word);

/**
 * A plural noun for people, a collective one ("police", "people", "media"), or "they" (opening the sentence too: "They claim the
 * prosecution is politically motivated …", wikinews-istanbul-court-acquits-pinar-selek-fourth-time-2014-12-20), ending the
 * words before the verb, perhaps with a frequency adverb after it.
 */
const GROUP_BEFORE = /(?:^|[\s,(])([Tt]hey|\p{L}\p{Ll}{2,})\s+(?:also|often|usually|now|still|further|generally)?\s*$/u;

/**
 * A plural group qualified by what it belongs to or is against, right before the verb: `Critics of China contend that …`
 * (wikinews-international-row-spielberg-quits-beijing-olympics-2008-02-14), `the authors of Falha allege …` (gv-brazil-falha-countersues-folha-2012-05-07).
 * Group 1 is the plural; up to five words follow the preposition, with no comma, clause word or verb of their own.
 */
const QUALIFIED_GROUP_BEFORE =
  /(?:^|[\s,(])(\p{L}\p{Ll}{2,}s)\s+(?:of|from|in|at|within|among|outside)\s+(?:(?!(?:who|which|that|is|are|was|were|has|have|had)\s)[\p{L}\d.'’-]+\s+){1,5}?(?:also\s+)?$/u;

/** Plural person nouns by their endings: "astronomers", "advocates", "scientists", "authors", "economists". */
const PERSON_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ates|experts)$/;

/**
 * Whether `word` is a plural present that cues reported speech after `before` (the sentence up to it): a plural group
 * that speaks stands right before it ("Some astronomers contend that …", "the researchers note that …"), not a modal,
 * "to", "we" or the writer's "Please" (`researchers can report`, `users to report`, `we report findings`). Evidence
 * ("The results suggest", "rates may suggest") is no one's words. `described`: asked only of a plural present, whether the subject readers'
 * description of an unnamed group ends right before the verb (unnamedGroup.ts: `indigenous organizations`, `Police`), which speaks as a
 * plural group does unless a determiner of one opens it ("a police state that …").
 */
export function pluralPresentCue(word: string, before: string, described: () => boolean = () => false): boolean {
  if (!isPluralPresent(word)) return false;
  if (described() && !ONE_BEFORE.test(before)) return true;
  const group = GROUP_BEFORE.exec(before)?.[1]?.toLowerCase();
  return (group !== undefined && (group === 'they' || speakingGroup(group))) || qualifiedGroupBefore(before);
}

/**
 * A determiner of one ending the subject before the verb: "a police state that …", "one report note" are a noun phrase or
 * no plural's verb.
 */
const ONE_BEFORE = /(?:^|\s)(?:a|an|one|each|every|this|that)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** "and" or "but" (perhaps with "also") right before the verb: a second verb of the clause before it. */
const AFTER_AND = /\s(?:and|but)\s+(?:also\s+)?$/;

/** "to" and a verb right before "and": `the costs to build and maintain the server` joins two infinitives, no speech verb. */
const INFINITIVE_AND = /\bto\s+\p{Ll}+\s+(?:and|but)\s+(?:also\s+)?$/u;

/**
 * Whether a plural present (`word`, as written) after "and" goes on with the plural subject of the clause before, with a
 * clause of its own after it (`after`, the sentence's words after the verb): `They also claimed Paris was a volunteer and
 * claim she has a vested interest …` (wikinews-australian-woman-claims-scientology-imprisonment-2011-12-02), `They say
 * the military is not absolved of liability and suggest the camp's tents were obvious` (wikinews-nigerian-refugee-camp-
 * airstrike-death-toll-passes-100-2017-01-24), `The Arapaho have plans to widen the buffalo's range … and report they are
 * considering …` (wikinews-northern-arapaho-welcome-buffalo-herd-wyoming-2019-10-19). Not "and report it", an object,
 * nor a second infinitive (`INFINITIVE_AND`).
 */
export const coordinatedPluralPresent = (word: string, before: string, after: string): boolean =>
  isPluralPresent(word) && AFTER_AND.test(before) && !INFINITIVE_AND.test(before) && (/^\s+that\s/.test(after) || opensClause(after, 0));

/**
 * Whether a plural, lower case, is a group that speaks: a group noun or a plural person noun, not a thing in -ors or -ers
 * ("The rumors state that Wang has requested political asylum", agentlessPlurals.ts).
 */
const speakingGroup = (group: string): boolean =>
  GROUP_SPEAKERS.has(group) || (PERSON_PLURAL.test(group) && !AGENTLESS_PLURALS.has(group)) || HEARSAY_PLURAL.test(group);

/**
 * Reports with no source named, as a plural present's subject: `though official reports still claim only 2 died`
 * (gv-colombia-bomb-blast-former-minister-londono-2012-05-16), `some reports claim money was laundered via Panama and
 * Switzerland` (wikinews-french-journalists-claim-gaddafi-promised-sarkozy-campaign-2012-04-29). Hearsay is reported speech
 * with no speaker (docs/annotation-guide.md, "Hearsay with no source"), as "reports say" already is.
 */
const HEARSAY_PLURAL = /^reports$/;

/** Whether `before` (the sentence up to a verb) ends in a speaking group qualified by a phrase (`QUALIFIED_GROUP_BEFORE`). */
export const qualifiedGroupBefore = (before: string): boolean => speakingGroup(QUALIFIED_GROUP_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '');

/**
 * Whether a plural present (`lower`, lower case) cannot be the cue its subject reading makes it: a plural present names a
 * group, so a name read before it is a misread ("the authors of Falha allege …", "new observations of one dubbed the
 * Cloverleaf suggest …"), and with no subject before it in its clause it is the writer's imperative ("Also, note that
 * …"). `before` is the sentence up to the verb.
 */
export const misreadPluralPresent = (lower: string, subject: Subject, before: string): boolean =>
  isPluralPresent(lower) && (subject.resolution === 'name' || /(?:^|[,;:]\s*)(?:\p{Ll}+ly\s+|also\s+)?$/u.test(before));
