import { isCaption } from './sieves/betweenBlocks';
import { capitalisedRun } from './capitalisedRun';

/** The paragraphs of an interview printed with no speaker labels, by index into the article's texts. */
export interface UnlabelledInterview {
  /** The interviewer's questions: the outlet's own words. */
  questions: ReadonlySet<number>;
  /** Every other quotable paragraph from the first question on: the answers, and what the outlet sets between them. */
  answers: ReadonlySet<number>;
}

/** A paragraph opening with a speaker's label, `((WN))` or `Name:`: a labelled transcript's turn (`sieves/transcript.ts`). */
const LABELLED = new RegExp(String.raw`^\s*(?:\(\(|${capitalisedRun(1, 4)}:\s)`, 'u');
const SECOND_PERSON = /\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b/;
/** First-person words; "I" not as a letter of an abbreviation, "us" not as "US". */
const FIRST_PERSON = /(?<![.\p{L}])I(?:['’](?:m|ve|d|ll))?(?![.\p{L}])|\b(?:[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b/u;
/** The longest question, in words: a question is a line or two, an answer runs longer. */
const QUESTION_WORDS = 50;
/** The fewest question-and-answer pairs that make an interview, so that a rhetorical question or two in an essay do not. */
const MIN_EXCHANGES = 3;

/** The interviewee speaking of themself: "I", "me", "my"; an interviewer's question seldom says it. */
const FIRST_SINGULAR = /(?<![.\p{L}])I(?:['’](?:m|ve|d|ll))?(?![.\p{L}])|\b(?:[Mm]e|[Mm]y)\b/u;

/**
 * A question put to the interviewee: unlabelled, short, addressed to "you" and not in the first person singular, and
 * opening with its question (`Why did you become a geologist?`, `What is your “six-word memoir”? A six-word memoir
 * describes something in just six words.`).
 */
function isQuestion(text: string): boolean {
  const ask = text.indexOf('?');
  if (ask <= 0 || /[.!]\s/.test(text.slice(0, ask)) || LABELLED.test(text) || FIRST_SINGULAR.test(text)) return false;
  return SECOND_PERSON.test(text) && text.trim().split(/\s+/).length <= QUESTION_WORDS;
}

/** An answer: unlabelled, in the first person, and not itself a quotation in marks. */
const isAnswer = (text: string): boolean => !LABELLED.test(text) && FIRST_PERSON.test(text) && !/^\s*["“‘]/.test(text) && !isQuestion(text);

/**
 * The questions and answers of an interview printed with neither speaker labels nor quote marks (NASA Goddard's
 * "Conversations With Goddard" profiles, usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01): the answers are no
 * quotes under docs/annotation-guide.md ("Interviews whose answers carry no quote marks and no speaker label"), only the
 * quotes inside them whose speaker the text names are. Found where at least `MIN_EXCHANGES` questions are each followed,
 * captions passed over, by an answer; from the first of them to the article's end. Empty sets otherwise. `texts` are the
 * article's blocks, `quotable` which of them may hold a quote.
 */
export function unlabelledInterview(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>): UnlabelledInterview {
  const read = texts.flatMap((text, block) => (quotable[block] && !isCaption(text) ? [block] : []));
  const asked = read.filter((block, i) => {
    const next = read[i + 1];
    return isQuestion(texts[block] ?? '') && next !== undefined && isAnswer(texts[next] ?? '');
  });
  const first = asked[0];
  if (asked.length < MIN_EXCHANGES || first === undefined) return { questions: new Set(), answers: new Set() };
  const after = texts.flatMap((_, block) => (quotable[block] && block >= first ? [block] : []));
  const questions = new Set(after.filter((block) => isQuestion(texts[block] ?? '')));
  return { questions, answers: new Set(after.filter((block) => !questions.has(block))) };
}
