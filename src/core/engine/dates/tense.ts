import { IRREGULAR_PAST } from '../lexicon/irregularPast';
/**
 * Which way in time a dated phrase points, read from the verb that governs it: "was arrested on Sunday"
 * looks back, "will vote on Tuesday" looks ahead. A bare weekday or month is ambiguous without this.
 */
export type Tense = 'past' | 'future' | null;

/** How far from the date words the governing verb is looked for; further words belong to other clauses. */
const REACH = 12;

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;

/** Past forms without -ed, with the auxiliaries and the words that only a past sentence holds ("two days ago"). */
const PAST_WORDS = new Set([...IRREGULAR_PAST, 'was', 'were', 'had', 'did', 'ago', 'yesterday']);

/** Words ending in "-ed" that are no past verb, or are adjectives more often than verbs. */
const NOT_PAST = new Set(
  (
    'need indeed speed seed feed breed bed red shed hundred proceed succeed exceed embed shred wed sacred naked wicked ' +
    'based alleged unnamed unidentified armed injured detailed advanced limited united aged beloved ' +
    'proposed planned scheduled expected ahmed mohammed muhammed mohamed jared'
  ).split(' '),
);

/** After these an "-ed" word is an adjective ("the flooded valley", "so-called"). */
const DETERMINERS = new Set('the a an its his her their our this that these those so'.split(' '));

/** After these a participle describes a state still to come ("will remain closed on Monday"). */
const STATE_VERBS = new Set('be being remain remains stay stays get'.split(' '));

/** Words that announce a plan or a forecast when followed by "to" ("plans to", "is due to"). */
const PLAN_TO = new Set(
  'going due set plan plans planned planning intend intends intended aim aims expected expects expect poised hopes hope wants want ready'.split(' '),
);

interface Token {
  lower: string;
  raw: string;
}

function tokens(text: string): Array<Token> {
  return Array.from(text.matchAll(WORD), (m) => ({ raw: m[0], lower: m[0].toLowerCase().replace('’', "'") }));
}

/** The tense a word signals where it stands, or null when it says nothing about time. */
function markerAt(list: ReadonlyArray<Token>, i: number): Tense {
  const word = list[i];
  if (!word) return null;
  const { lower } = word;
  const next = list[i + 1]?.lower ?? '';
  const prev = list[i - 1]?.lower ?? '';
  if (lower === 'will' || lower === 'shall' || lower === "won't" || lower.endsWith("'ll") || lower === 'tomorrow') return 'future';
  // "would not comment on Monday" reports a past refusal; "would go to a vote" a coming event.
  if (lower === 'would') return next === 'not' || next === 'have' ? null : 'future';
  if ((lower === 'might' || word.raw === 'may') && next !== 'have') return 'future';
  if (lower === 'scheduled' || lower === 'slated' || lower === 'upcoming') return 'future';
  if (PLAN_TO.has(lower) && (next === 'to' || next === 'for')) return prev === 'had' ? 'past' : 'future';
  // "is due on Friday": the date words may swallow the "on" that follows "due".
  if (lower === 'due' && /^(?:is|are|was|were|be)$/.test(prev)) return 'future';
  if ((lower === 'is' || lower === 'are') && next === 'to') return 'future';
  // "elections are expected in October" forecasts; "the expected rise" only describes.
  if (lower === 'expected' && /^(?:is|are|be|being)$/.test(prev)) return 'future';
  // A participle after "be" or "remain" is a state ("will be held", "will remain closed"), and after an
  // article an adjective ("the flooded area"): the tense is told by another word.
  if (STATE_VERBS.has(prev) || DETERMINERS.has(prev)) return null;
  if (PAST_WORDS.has(lower)) return 'past';
  if (lower.endsWith('ed') && lower.length > 3 && !NOT_PAST.has(lower)) return 'past';
  if ((lower === 'has' || lower === 'have') && next === 'been') return 'past';
  return null;
}

/**
 * The tense of the clause around `text.slice(start, end)`: the nearest verb before the date words
 * decides ("police said on Monday that …"), else the first one after ("Putin on Thursday called …").
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const before = tokens(text.slice(Math.max(0, start - 120), start)).slice(-REACH);
  // The word after the window's edge is needed to read "would not" or "plans to" at the edge.
  const after = tokens(text.slice(end, end + 120)).slice(0, REACH + 1);
  const joined = [...before, ...after.slice(0, 2)];
  for (let i = before.length - 1; i >= 0; i--) {
    const tense = markerAt(joined, i);
    if (tense) return tense;
  }
  for (let i = 0; i < Math.min(after.length, REACH); i++) {
    const tense = markerAt(after, i);
    if (tense) return tense;
  }
  return null;
}
