// A role a source is named by and the person's name right after it ("according to the resort's manager Mr. Naseem").
import { PERSON_ROLE_NOUNS } from '../../lexicon/personRoleNouns';
import type { Subject } from '../types';
import type { ReportedCase } from './reported';

/** Words allowed between a role and the name it titles: "of", "for", "the" and capitalised words ("of Defense"). */
const TITLE_WORD = /^(?:of|for|the|\p{Lu}[\p{L}.'’-]*)$/u;

/** Prepositions that make a later role someone else's than the source's. */
const OWNING_PREPOSITION = new Set(['of', 'for', 'from', 'with', 'to', 'at', 'in', 'on', 'about']);

/** A word's start and its lower-case form. */
interface Word {
  start: number;
  lower: string;
}

const wordsOf = (text: string, from: number, to: number): Array<Word> =>
  [...text.slice(from, to).matchAll(/[\p{L}.'’-]+/gu)].map((m) => ({ start: from + m.index, lower: m[0].toLowerCase().replace(/['’]s$/u, '') }));

/** The person the text names whose mention starts at `at` and ends by `limit`, or null. */
function personAt(c: Pick<ReportedCase, 'block' | 'cues'>, at: number, limit: number): Subject | null {
  const named = c.cues.subjectAt(c.block, at);
  return named?.entity?.type === 'person' && named.resolution === 'name' && named.ref.start === at && named.ref.end <= limit ? named : null;
}

/**
 * "According to the resort's manager Mr. Naseem, the bigger pieces of debris …" (wikinews-suspected-plane-debris-washes-
 * ashore-several-maldives-islands-2015-08-07), "according to the university's astronomy professor Scott Gaudi, it is …"
 * (wikinews-astronomers-reveal-hottest-gas-giant-exoplanet-2017-06-07), "According to the Vice-Minister of Defense Andrés
 * Peñate the majority of the FARC incomes comes from …" (wikinews-colombia-releases-detailed-report-about-farc-2005-02-01):
 * a role read as an unnamed source, with no comma between it and the name of a person the text knows, is that person's
 * title; the person is the speaker (the golds of all three). The name stands right after the source's words, followed by
 * a comma or the sentence's end, or ends the source's words, with only "of" and capitalised words between role and name.
 * A named or typed source, or a role with a comma after it (nameAfterRole's), is left as it is.
 */
export function roleThenName(c: ReportedCase, source: Subject): Subject {
  if (source.entity !== null) return source;
  const { text, end } = c;
  const words = wordsOf(text, source.ref.start, source.ref.end);
  const role = words.findLastIndex((w) => PERSON_ROLE_NOUNS.includes(w.lower));
  // "the lawyer of Microsoft founder Bill Gates": a role after a preposition is someone else's, whose lawyer speaks.
  if (role < 0 || words.slice(0, role).some((w) => OWNING_PREPOSITION.has(w.lower))) return source;
  // The name pass may take the role into the name's mention ("astronomy professor Scott Gaudi"): a mention starting at
  // any word after the determiner, with only title words between the role and it.
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i];
    if (!word) break;
    if (i > role + 1 && !TITLE_WORD.test(text.slice(word.start, word.start + word.lower.length))) return source;
    const named = personAt(c, word.start, end);
    if (named) return closesSource(text, source, named, end) ? named : source;
  }
  const lead = /^[ \t]+/.exec(text.slice(source.ref.end, end))?.[0].length ?? 0;
  const after = role === words.length - 1 && lead > 0 ? personAt(c, source.ref.end + lead, end) : null;
  return after && closesSource(text, source, after, end) ? after : source;
}

/** Whether a name ends the source's words, or runs past them to a comma or the sentence's end (`end`). */
const closesSource = (text: string, source: Subject, named: Subject, end: number): boolean =>
  named.ref.end === source.ref.end || (named.ref.end > source.ref.end && /^(?:,|[.!?]?\s*$)/.test(text.slice(named.ref.end, end)));
