import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';
import type { Subject } from '../types';

/**
 * Plural presents of verbs that report findings and charges (`Activists claim …`, `Astronomers estimate that …`, `they
 * note`, `netizens maintain that …`). They are nouns as often ("a police report", "Nielsen's 20% estimate that", "Please
 * note"), or acts ("soldiers maintain a fleet"), so they are cues only right after a plural group that speaks
 * (`pluralPresentCue`), not in the reporting-verb lexicon.
 */
const PLURAL_PRESENT: ReadonlySet<string> = new Set(['claim', 'allege', 'note', 'estimate', 'suggest', 'report', 'contend', 'assert', 'maintain']);

/** Whether a word, as written, is one of those plural presents (in lower case, as a verb is inside a sentence). */
export const isPluralPresent = (word: string): boolean => PLURAL_PRESENT.has(word);

/** A plural noun for people, or "they", ending the words before the verb, perhaps with a frequency adverb after it. */
const GROUP_BEFORE = /(?:^|[\s,(])(they|\p{L}\p{Ll}{2,}s)\s+(?:also|often|usually|now|still|further|generally)?\s*$/u;

/** Plural person nouns by their endings: "astronomers", "advocates", "scientists", "authors", "economists". */
const PERSON_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ates|experts)$/;

/**
 * Whether `word` is a plural present that cues reported speech after `before` (the sentence up to it): a plural group
 * that speaks stands right before it ("Some astronomers contend that …", "the researchers note that …"), not a modal,
 * "to", "we" or the writer's "Please" (`researchers can report`, `users to report`, `we report findings`). Evidence
 * ("The results suggest", "rates may suggest") is no one's words.
 */
export function pluralPresentCue(word: string, before: string): boolean {
  if (!isPluralPresent(word)) return false;
  const group = GROUP_BEFORE.exec(before)?.[1]?.toLowerCase();
  return group !== undefined && (group === 'they' || GROUP_SPEAKERS.has(group) || PERSON_PLURAL.test(group));
}

/**
 * Whether a plural present (`lower`, lower case) cannot be the cue its subject reading makes it: a plural present names a
 * group, so a name read before it is a misread ("the authors of Falha allege …", "new observations of one dubbed the
 * Cloverleaf suggest …"), and with no subject before it in its clause it is the writer's imperative ("Also, note that
 * …"). `before` is the sentence up to the verb.
 */
export const misreadPluralPresent = (lower: string, subject: Subject, before: string): boolean =>
  isPluralPresent(lower) && (subject.resolution === 'name' || /(?:^|[,;:]\s*)(?:\p{Ll}+ly\s+|also\s+)?$/u.test(before));
