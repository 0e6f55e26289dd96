import { ANSWER_ROLE_LABELS } from '../../lexicon/answerRoleLabels';
import { bareInitials, initialsOf, namesWithInitials } from './transcriptInitials';
import { labelName, questionLabels, transcriptLabels, type Label, type Span } from './transcriptLabels';
import { argued, FIRST_PERSON, FIRST_PERSON_SPEAKING, note, opensLower, question, unfinished } from './transcriptLines';

/** One answer paragraph of a labelled interview transcript, or a paragraph carrying on an answer. */
export interface TranscriptTurn {
  /** The paragraph whose label names the speaker (this one, or the answer it carries on). */
  labelBlock: number;
  /** The label as printed, `((Gregory Kurtzer))`, `Kurtzer:` (its colon aside) or a bare `A. Hsing`. */
  cue: Span;
  /** The label's name, inside its parentheses or before its colon. */
  name: Span;
  /** The paragraph's words without its label. */
  words: Span;
  /** Whether the paragraph carries on an answer labelled before it rather than opening with a label. */
  carried: boolean;
  /** Whether the label is bare initials right after the outlet's `(( ))` question (`MS Although …`). */
  initials?: boolean;
  /** The initials the label glosses after its name (`Youssef R (YR):`), which the later labels write. */
  gloss?: Span;
}

/**
 * The answer paragraphs of a labelled interview transcript (docs/annotation-guide.md, "Interview transcripts with
 * speaker labels"), by paragraph: each answer paragraph is its labelled speaker's words; in a `((Name))` transcript so is
 * each paragraph after it until the next label, an unlabelled question, an editor's note or a heading. Questions are the outlet's words and give
 * nothing. Empty unless the labels clearly make a transcript: `((Name))` labels opening two paragraphs, or colon
 * labels where two different labels each open at least two paragraphs and one is the interviewer's or asks
 * questions, or bare labels (the colon lost) so placed, two of whose answers follow a question; a bare answer label
 * must name a person of the article. A lone `Note:`, `Update:` or `Photo:` line is never a transcript.
 */
export function readTranscript(
  texts: ReadonlyArray<string>,
  quotable: ReadonlyArray<boolean>,
  isSpeaker: (block: number, name: Span) => boolean,
): Map<number, TranscriptTurn> {
  const { labels, form } = transcriptLabels(texts, quotable);
  const turns = new Map<number, TranscriptTurn>();
  if (!form) return turns;
  const transcript: Transcript = { texts, isSpeaker, labels, form, asks: questionLabels(texts, labels, form), turns };
  const reading: Reading = { answer: null, introduced: false, asked: false };
  texts.forEach((text, block) => {
    if (!quotable[block]) return;
    if (note(text)) {
      reading.answer = null;
      return;
    }
    const label = labels[block];
    const answers = reading.asked && label?.form === 'colon' && answerLabel(transcript, block, label);
    // `MS Although we used gun ownership data from 2004 …` (Wikinews, youth suicide study, January 2019, the colon lost):
    // there, bare initials of someone the text names open the answer as well.
    const bare = reading.asked && !label ? bareInitials(text) : null;
    if (bare && !namesWithInitials(texts, text.slice(0, bare.end))) return;
    reading.asked = label?.form === form && transcript.asks.has(labelName(texts, block, label));
    if (bare) openInitialsTurn(transcript, reading, block, bare);
    else if (label && (label.form === form || answers) && turnLabel(transcript, block, label)) openLabelledTurn(transcript, reading, block, label);
    // Q&As with colon labels (NASA's Marshall Star) put photo captions, narration and the writer's credit between and
    // after the answers, unlabelled: only a labelled paragraph is an answer there, or one that goes on in the first
    // person right after an answer (`MK: I started blogging …` / `Now I run three blogs …`, gv-kenya-mark-kaigwa-
    // interview-2012-05-11), as no caption or narration speaks. So does an argument of several sentences between the
    // answer and the next label (`CP: … bypass the traditional state broadcasters.` / `However, security remains a serious
    // issue …` / `NE: What is your take …`, gv-nigeria-battabox-online-videos-interview-2012-05-14): the outlet's closing
    // lines after the last answer are left out.
    else if (form !== 'colon' || (turns.has(block - 1) && (FIRST_PERSON_SPEAKING.test(text) || (argued(text) && labels[block + 1]))))
      carryAnswer(transcript, reading, block);
  });
  return turns;
}

/**
 * An article's transcript as `readTranscript` reads it: its labels by block, their form, the interviewer's labels
 * (`asks`), and the turns found so far.
 */
interface Transcript {
  texts: ReadonlyArray<string>;
  isSpeaker: (block: number, name: Span) => boolean;
  labels: ReadonlyArray<Label | null>;
  form: Label['form'];
  asks: ReadonlySet<string>;
  turns: Map<number, TranscriptTurn>;
}

/** What reading a transcript carries from one paragraph to the next. */
interface Reading {
  /** The labelled answer an unlabelled paragraph may carry on; null after a question, a note or narration. */
  answer: { block: number; label: Label } | null;
  /** Whether the answer's last paragraph ended on a colon, setting off the line after it. */
  introduced: boolean;
  /** Whether the last paragraph was the interviewer's question. */
  asked: boolean;
}

/**
 * Whether a colon label right after the outlet's question opens the answer: `((WN)) How did you approach …?` then `NG:
 * This study started in 1982, …` (Wikinews, Magellanic penguins, January 2019): a label naming someone, or of their
 * initials. A role's label (`Translator: He could, …`) answers too, though it names no one.
 */
function answerLabel({ texts, isSpeaker }: Transcript, block: number, label: Label): boolean {
  const name = labelName(texts, block, label);
  return isSpeaker(block, label.name) || /^\p{Lu}{2,3}$/u.test(name) || ANSWER_ROLE_LABELS.has(name.toLowerCase());
}

/** Whether a label of the transcript's form opens a turn: the interviewer's, any in a `((Name))` transcript, or a speaker's. */
function turnLabel({ texts, asks, form, isSpeaker }: Transcript, block: number, label: Label): boolean {
  return asks.has(labelName(texts, block, label)) || form === 'parentheses' || isSpeaker(block, label.name) || glossesAnswerer(texts, block, label, asks);
}

/**
 * `Youssef R (YR): Months before creating the page, …` then `YR: I simply use Google …` (gv-lebanon-demotivational-
 * humour-facebook-2012-05-02): a first label that glosses its own initials, which the later answers' labels write, opens
 * the interviewee's first answer even where the name pass found no person in its words (an initial for a surname). Not
 * the interviewer's (`Global Voices (GV):`, whose `GV:` labels ask).
 */
function glossesAnswerer(texts: ReadonlyArray<string>, block: number, label: Label, asks: ReadonlySet<string>): boolean {
  if (!label.gloss) return false;
  const gloss = (texts[block] ?? '').slice(label.gloss.start, label.gloss.end);
  return !asks.has(gloss) && initialsOf(labelName(texts, block, label)) === gloss;
}

/** Bare initials right after the outlet's question (`bareInitials`) open an answer: the paragraph is its speaker's words. */
function openInitialsTurn({ texts, turns }: Transcript, reading: Reading, block: number, bare: { end: number; after: number }): void {
  const label: Label = { cue: { start: 0, end: bare.end }, name: { start: 0, end: bare.end }, after: bare.after, form: 'colon' };
  reading.answer = { block, label };
  turns.set(block, {
    labelBlock: block,
    cue: label.cue,
    name: label.name,
    words: { start: label.after, end: (texts[block] ?? '').trimEnd().length },
    carried: false,
    initials: true,
  });
  reading.introduced = false;
}

/** A labelled paragraph: the interviewer's question ends the answer; a speaker's label opens one with the words after it. */
function openLabelledTurn({ texts, asks, turns }: Transcript, reading: Reading, block: number, label: Label): void {
  const text = texts[block] ?? '';
  const end = text.trimEnd().length;
  reading.answer = asks.has(labelName(texts, block, label)) ? null : { block, label };
  if (reading.answer && end > label.after)
    turns.set(block, { labelBlock: block, cue: label.cue, name: label.name, words: { start: label.after, end }, carried: false, gloss: label.gloss });
  reading.introduced = reading.answer !== null && /:\s*$/.test(text);
}

/**
 * An unlabelled paragraph of a `((Name))` or bare-label transcript: the answer before it goes on into it, unless it is an unfinished
 * line nothing set off, a question, or the outlet's narration.
 */
function carryAnswer({ texts, turns }: Transcript, reading: Reading, block: number): void {
  const from = reading.answer;
  if (!from) return;
  const text = texts[block] ?? '';
  // A line set off by the sentence before it (`… run a single command:`) is the answer's; any other unfinished line ends it.
  // `Having won multiple tournaments as a kid, IM Dorsa Derakhshani decided not to play for …` (a fresh Wikinews
  // interview): a paragraph that names the one answering and says nothing in the first person is the outlet's narration.
  const narrates = text.includes(labelName(texts, from.block, from.label)) && !FIRST_PERSON.test(text);
  // `… Yeah, I think that's how I would` / `see it.` (fresh Wikinews, Zara Kay, July 2020): an answer's sentence the
  // page broke over two paragraphs runs on into the next, whatever its end (`… do you mean` / `a user?`).
  const resumes = opensLower(text) && turns.has(block - 1) && unfinished(texts[block - 1] ?? '');
  const runsOn = opensLower(texts[block + 1] ?? '');
  if (!resumes && ((unfinished(text) && !reading.introduced && !runsOn) || question(text) || narrates)) {
    reading.answer = null;
    return;
  }
  reading.introduced = /:\s*$/.test(text);
  turns.set(block, {
    labelBlock: from.block,
    cue: from.label.cue,
    name: from.label.name,
    words: { start: 0, end: text.trimEnd().length },
    carried: true,
    gloss: from.label.gloss,
  });
}

/**
 * The paragraphs of a labelled interview transcript that are the interviewer's turns (`((WN)) …`, `Q: …`): the
 * outlet's own words, which docs/annotation-guide.md counts as no quote, whatever they quote or report.
 */
export function questionTurns(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>): Set<number> {
  const { labels, form } = transcriptLabels(texts, quotable);
  const turns = new Set<number>();
  if (!form) return turns;
  const asks = questionLabels(texts, labels, form);
  labels.forEach((label, block) => {
    if (label?.form === form && asks.has(labelName(texts, block, label))) turns.add(block);
  });
  return turns;
}
