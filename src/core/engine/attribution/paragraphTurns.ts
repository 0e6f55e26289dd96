import type { FoundEntity } from '../entities/types';
import type { MentionIndex } from './mentions';
import { dialogueLines, dialogueQuote, type DialogueLine } from './sieves/dialogueLines';
import { labelledPost } from './sieves/labelledPost';
import { boxQuote, signedBoxes } from './sieves/signedBox';
import { signedParagraph } from './sieves/signedParagraph';
import { questionTurns, readTranscript, type TranscriptTurn } from './sieves/transcript';
import { labelSpeaker, turnQuote } from './sieves/transcriptSpeaker';
import { tweetPosts, tweetQuote } from './sieves/tweetSignature';
import type { CueReader } from './subjects';
import type { FoundQuote } from './types';
import { unlabelledInterview } from './unlabelledInterview';

/**
 * The paragraphs of an article that are whole turns of someone's words, read once before the walk: an interview's or
 * transcript's labelled turns and questions, an unlabelled interview's answers, pull-quote boxes that lost their marks,
 * and the lines of a dialogue transcribed one turn a paragraph. Block indices throughout.
 */
export class ParagraphTurns {
  /** The labelled turns of an interview or transcript (`Q:` / `NAME:`, `sieves/transcript.ts`). */
  readonly transcript: ReadonlyMap<number, TranscriptTurn>;
  /** The interviewer's questions, labelled or not: the outlet's words, never a quotation a colon cue sets off. */
  readonly questions: ReadonlySet<number>;
  /** The paragraphs of an interview printed with no labels that are not its questions (`unlabelledInterview.ts`). */
  readonly answers: ReadonlySet<number>;
  /** The paragraphs of pull-quote boxes that lost their marks, each with its signature line (`sieves/signedBox.ts`). */
  private readonly boxes: ReadonlyMap<number, number>;
  /** The paragraphs that are embedded posts, each with the line that signs it (`sieves/tweetSignature.ts`). */
  private readonly posts: ReadonlyMap<number, number>;
  /** The lines of dialogues transcribed one turn a paragraph (`sieves/dialogueLines.ts`). */
  private readonly dialogue: ReadonlyMap<number, DialogueLine>;

  constructor(
    private readonly texts: ReadonlyArray<string>,
    quotable: ReadonlyArray<boolean>,
    private readonly mentions: MentionIndex,
  ) {
    this.transcript = readTranscript(texts, quotable, (block, name) => labelSpeaker(texts, mentions, { block, ...name }) !== null);
    const interview = unlabelledInterview(texts, quotable);
    this.questions = new Set([...questionTurns(texts, quotable), ...interview.questions]);
    this.answers = interview.answers;
    this.boxes = signedBoxes(texts, quotable);
    this.posts = tweetPosts(texts, quotable);
    this.dialogue = dialogueLines(texts, quotable, (block, name) => labelSpeaker(texts, mentions, { block, ...name }) !== null);
  }

  /**
   * The quote a paragraph `text` (block `block`) is as a whole turn: a turn of an interview or transcript (`Q:` /
   * `NAME:`); a pull quote whose marks the text lost, signed with its speaker's name (`… laughs about it. — Rick
   * Santorum`) or on a line of its own after it (`—Abu Ahmed, witness to the attack`); a reader's comment under their
   * full name (`Ed Dalisay: China has a bigger problem at home. …`); a line of a dialogue (`Karimdjanov: Look, …`).
   * `people` are the entities signatures are matched against. Null when the paragraph is none of these.
   */
  quoteAt(block: number, text: string, cues: CueReader, people: ReadonlyArray<FoundEntity>): FoundQuote | null {
    const turn = this.transcript.get(block);
    const post = turn || this.questions.has(block) ? undefined : this.posts.get(block);
    if (post !== undefined) return tweetQuote(block, text, { block: post, text: this.texts[post] ?? '' }, cues);
    const box = turn || this.questions.has(block) ? undefined : this.boxes.get(block);
    // An interview's transcript, questions and all, is read by its turns: its labels are no dialogue's.
    const line = turn || box !== undefined || this.questions.has(block) || this.transcript.size > 0 ? undefined : this.dialogue.get(block);
    return turn
      ? turnQuote(this.texts, this.mentions, block, turn, this.transcript)
      : box !== undefined
        ? boxQuote(block, text, { block: box, text: this.texts[box] ?? '' }, cues)
        : line
          ? dialogueQuote(this.texts, this.mentions, block, line)
          : (signedParagraph(block, text, cues, people) ?? labelledPost(block, text, this.mentions));
  }
}
