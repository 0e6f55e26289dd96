import { isCitationLine } from './citedTitle';
import { isPersonEntry } from './personEntry';
import { isCreditLine } from './creditLine';
import type { SentenceRange } from '../../sentences';
import { blockSentences } from '../blockSentences';
import { findDirectQuotes } from '../directQuotes';
import type { EntityIndex, FoundEntity } from '../entities/types';
import { Discourse } from './coreference';
import { passedOn } from './interviewQuestion';
import { MentionIndex } from './mentions';
import { quotableAfter, quotableBefore } from './nearestQuotable';
import type { ParagraphState } from './paragraphState';
import { holdsMoreThanMarks, onlyQuotes } from './paragraphShapes';
import { insideReported, reportedGoesOn } from './reportedAround';
import { isElision, onlyScareQuotes, opensWithElision } from './sieves/blockContinuation';
import { excerptable, type ExcerptPlace } from './sieves/excerptable';
import { blockGoesOn } from './sieves/blockGoesOn';
import { goesOnAfter, isCaption } from './sieves/betweenBlocks';
import { presentedOnly, type PronounContext } from './sieves/sameVoiceGoesOn';
import { colonCue, isSalutation, type ColonCue } from './sieves/colonBlock';
import { colonSentenceReport } from './sieves/colonSentenceReport';
import { blockQuotationQuotes, blockReading } from './sieves/quotingBlock';
import { withCuedInQuotation } from './sieves/cuedInQuotation';
import { ParallelRun } from './sieves/parallelTranslation';
import { foreignProse } from './sieves/translation';
import { handsOn, quotedParagraphCue } from './sieves/continuation';
import { excerptCue } from './sieves/elidedExcerpt';
import { fullStopLeadIn } from './sieves/fullStopLeadIn';
import { nextProse, ownVoiceColon } from './sieves/ownVoiceColon';
import { foreignLeadIn } from './sieves/foreignLeadIn';
import { taggedLeadIn } from './sieves/taggedLeadIn';
import { accountHolder, handleLabel } from './sieves/handleLabel';
import { PostAuthors } from './sieves/postAuthor';
import { scriptLineQuotes } from './sieves/scriptLines';
import { readQuotation } from './sieves/narrationAfterQuotation';
import { beforeOriginal } from './sieves/taggedOriginal';
import { CueReader } from './subjects';
import { readSentence, type Sieves } from './sentenceQuotes';
import { addLabelledPeople } from './labelledPeople';
import { ParagraphTurns } from './paragraphTurns';
import { attributed, unattributed, type FoundQuote, type Located } from './types';

/** What a sentence of a quote's paragraph is about: the quote's speaker, where it has one. */
const speakerFocus = (quote: FoundQuote) => quote.speaker && { entity: quote.speaker, at: quote.speakerRef ?? quote };

/**
 * Reads an article's quotable blocks in order, carrying from one paragraph to the next what a reader carries: the
 * colon cue that sets off a block quotation, a quote left open at a paragraph's end, the last quote a quote-only
 * paragraph may go on from, and the discourse (who each sentence is about) that pronouns resolve against.
 */
export class QuoteWalk {
  readonly quotes: Array<FoundQuote> = [];
  readonly mentions: MentionIndex;
  readonly discourse: Discourse;
  readonly cues: CueReader;
  private readonly turns: ParagraphTurns;
  private previousBlockQuote: FoundQuote | null = null;
  private runsOn = false;
  private colon: ColonCue | null = null;
  /** The colon cue of the block quotation the previous paragraph was, which the next may carry on. */
  private blockQuotation: ColonCue | null = null;
  /** The cue of the previous paragraph when it was all one source's quoted words, which a lead-in may go on from. */
  private quotedParagraph: ColonCue | null = null;
  /** Whether the previous paragraph was an ellipsis inside a block quotation, which this one carries on. */
  private elided = false;
  private readonly parallel: ParallelRun;
  private readonly authors: PostAuthors;

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly quotable: ReadonlyArray<boolean>,
    readonly index: EntityIndex,
    private readonly sieves: Sieves,
  ) {
    this.mentions = new MentionIndex(texts, index);
    addLabelledPeople(texts, quotable, index, this.mentions);
    this.discourse = new Discourse(texts, this.mentions, index);
    this.cues = new CueReader(texts, index, this.mentions, this.discourse);
    this.turns = new ParagraphTurns(texts, quotable, this.mentions);
    this.parallel = new ParallelRun(texts, quotable);
    this.authors = new PostAuthors(texts, this.mentions);
  }

  /** Reads one block's quotes, in reading order; blocks must be read in order. */
  paragraph(block: number): void {
    const text = this.texts[block] ?? '';
    if (!this.quotable[block]) return;
    const directs = findDirectQuotes(text, this.runsOn);
    const sentences = blockSentences(this.texts)[block] ?? [];
    // An interviewer's turn (`((WN)) What got you into cosplay modelling?`) is the outlet's question, never the quotation a
    // colon cue sets off; nor is an entry of a "Sources" list or of a list of people a quotation or an original before
    // its translation.
    const handedOn = isCreditLine(text) || isCitationLine(text) || isPersonEntry(text) || this.turns.questions.has(block) ? null : this.handedOn(block, text);
    // A photo caption or a letter's salutation between a colon cue and its quotation is passed over.
    this.colon = handedOn && (isCaption(text) || isSalutation(text)) ? handedOn : null;
    const [afterElision, carried, quotedBefore] = [this.elided, this.blockQuotation, this.quotedParagraph];
    this.quotedParagraph = null;
    // A photo caption after a block quotation leaves it open for the paragraph after the caption to go on with.
    this.blockQuotation = isCaption(text) ? carried : null;
    this.elided = false;
    if (this.post(block, text, sentences, handedOn) || this.turn(block, text, sentences)) return;
    if (handedOn && isElision(text)) {
      this.blockQuotation = { ...handedOn, cut: true };
      this.elided = true;
      return;
    }
    // An excerpt opening with an ellipsis holds whatever quote marks its author wrote.
    const excerpt = handedOn !== null && (onlyScareQuotes(text, directs) || opensWithElision(text));
    if (handedOn && excerpt && this.excerpt(block, text, sentences, handedOn, { afterElision })) return;
    const quoteOnly = directs.length > 0 && holdsMoreThanMarks(text) && onlyQuotes(text, directs);
    const state: ParagraphState = { block, text, directs, handedOn, quoteOnly, intro: null, quotes: [], lastDirect: null, nextDirect: 0 };
    for (const range of sentences) this.sentence(state, range, range === sentences.at(-1));
    this.runsOn = directs.some((d) => d.close === null);
    state.quotes.sort((a, b) => a.start - b.start || b.end - a.end);
    insideReported(state.quotes, text);
    if (this.turns.questions.has(block)) state.quotes.splice(0, state.quotes.length, ...state.quotes.filter((q) => passedOn(q, text)));
    // A block quotation that quotes someone nobody else is found saying: the whole paragraph is the colon cue's.
    const reading = handedOn && !this.colon && !excerpt && blockReading(text, directs, handedOn === carried, quotableBefore(this.texts, this.quotable, block));
    if (handedOn && reading) {
      // A translation ends its original's quotation: what follows it is the writer's unless a cue sets off more.
      this.blockQuotation = reading === 'quotes' ? handedOn : null;
      const whole = unattributed(block, { start: 0, end: text.trimEnd().length }, 'direct');
      state.quotes.splice(
        0,
        state.quotes.length,
        ...blockQuotationQuotes(attributed(whole, handedOn.subject, handedOn.cue, 'colon-block'), withCuedInQuotation(state.quotes, block, text)),
      );
    }
    const script = state.quotes.some((q) => q.end - q.start >= text.trimEnd().length - 1)
      ? null
      : scriptLineQuotes(this.texts, this.quotable, block, this.cues, state.quotes);
    if (script) state.quotes.splice(0, state.quotes.length, ...script);
    this.quotes.push(...state.quotes);
    this.previousBlockQuote = handsOn(state.quotes, sentences.at(-1)?.start ?? 0);
    this.quotedParagraph = quotedParagraphCue(state.quotes, quoteOnly);
    // "and added [ko]:" has no subject of its own: it goes on from the block quotation before, not from nobody.
    this.colon ??=
      goesOnAfter(text, carried ?? quotedBefore, this.pronouns) ??
      presentedOnly(text, carried ?? quotedBefore, state.intro ?? colonCue(block, text, sentences.at(-1), this.cues, this.discourse)) ??
      reportedGoesOn(block, text, sentences.at(-1), state.quotes, this.mentions) ??
      fullStopLeadIn(block, sentences.at(-1), this.cues, quotableAfter(this.texts, this.quotable, block)) ??
      foreignLeadIn(block, text, sentences.at(-1), quotableAfter(this.texts, this.quotable, block)) ??
      taggedLeadIn(block, text, sentences.at(-1), this.cues, quotableAfter(this.texts, this.quotable, block)) ??
      ownVoiceColon(block, text, sentences.at(-1), nextProse(this.texts, this.quotable, block));
    // "Khotso From Lesotho notes that …:": the colon sentence's reported clause is the colon cue's speaker's too.
    const colon = this.colon;
    this.quotes.splice(this.quotes.length - state.quotes.length, state.quotes.length, ...state.quotes.map((q) => colonSentenceReport(q, colon)));
    const cued = this.colon?.subject;
    if (cued?.entity && cued.resolution === 'pronoun') this.discourse.learn(cued.entity, this.refText(cued.ref), cued.ref);
  }

  /** What `He continues:` after a block quotation is read against (`sieves/sameVoiceGoesOn.ts`). */
  private readonly pronouns: PronounContext = {
    genderOf: (entity) => this.discourse.genderOf(entity),
    peopleAround: (cue) => this.peopleIn(cue.cue.block),
  };

  /** The people the paragraph `block` names, in order, once per mention. */
  private peopleIn(block: number): Array<FoundEntity> {
    const length = this.texts[block]?.length ?? 0;
    return this.mentions
      .between(block, 0, length)
      .filter((m) => m.entity.type === 'person')
      .map((m) => m.entity);
  }

  /** The colon cue this paragraph is the quotation of: the last paragraph's, or the block quotation it goes on. */
  private handedOn(block: number, text: string): ColonCue | null {
    const { texts, quotable } = this;
    // An unlabelled interview's answers speak in the interviewee's first person one after another: none goes on with a
    // quotation before it, nor is one (usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01); a colon cue in an
    // answer still sets off the paragraph after it.
    if (this.turns.answers.has(block)) return this.colon;
    const after = { texts, quotable, block, text, elided: this.elided, mentions: this.mentions, pronouns: this.pronouns };
    return (
      this.parallel.cueAt(block) ??
      this.colon ??
      ((this.blockQuotation && blockGoesOn(this.blockQuotation, after)) || excerptCue(texts, quotable, block, this.cues))
    );
  }

  /** `@user: …`: a post set off by its handle is the handle's words, or those of whom the text says posted it (`postAuthor.ts`). */
  private post(block: number, text: string, sentences: ReadonlyArray<SentenceRange>, handedOn: ColonCue | null): boolean {
    const post = handleLabel(text);
    if (!post) return false;
    const named = this.authors.author({ block, ...post.handle }, handedOn);
    const account = post.name ?? post.handle;
    const subject = named ?? accountHolder(post, block, this.mentions) ?? this.cues.handleSource(block, account.start, account.end);
    const cue = named && named === handedOn?.subject ? handedOn.cue : { block, start: 0, end: post.cueEnd };
    const quote = attributed(unattributed(block, post.words, 'direct'), subject, cue, 'handle-label');
    this.blockQuotation = { subject, cue, translatedOnly: true };
    // A post is about its author, when the text names one: "She added:" after it is the author, not a name in the post.
    this.whole(quote, sentences, named?.entity?.type === 'person' ? speakerFocus(quote) : null);
    return true;
  }

  /** A paragraph that is a whole turn of someone's words (`paragraphTurns.ts`) is read as one quote. */
  private turn(block: number, text: string, sentences: ReadonlyArray<SentenceRange>): boolean {
    const quote = this.turns.quoteAt(block, text, this.cues, this.index.entities);
    if (!quote) return false;
    const [english, ...originals] = this.turns.transcript.has(block) ? beforeOriginal(text, quote) : [quote];
    this.whole({ ...quote, ...english }, sentences);
    for (const original of originals) this.quotes.push({ ...quote, ...original });
    return true;
  }

  /**
   * An excerpt of a block quotation, whole: after an elided stretch even a sentence ending in a colon is still the
   * quotation's.
   */
  private excerpt(block: number, text: string, sentences: ReadonlyArray<SentenceRange>, handedOn: ColonCue, after: ExcerptPlace): boolean {
    const inOriginal = foreignProse(text) && foreignProse(quotableAfter(this.texts, this.quotable, block) ?? '');
    if (this.colon || !excerptable(text, { ...after, inRun: this.parallel.cueAt(block) !== null, inOriginal })) return false;
    if (!this.parallel.cueAt(block)) this.parallel.open(block, handedOn);
    // The writer may go on in the same paragraph ("They also claimed …"): that part is read as any sentence is.
    const read = readQuotation(this.discourse, { block, text, sentences, handedOn }, (state, range, last) => this.sentence(state, range, last));
    this.blockQuotation = read.told ? null : handedOn;
    this.quotes.push(read.quote, ...read.narration);
    this.previousBlockQuote = read.quote;
    return true;
  }

  /** A paragraph read as one quote, which ends any colon cue: its sentences are about `focus`, by default its speaker. */
  private whole(quote: FoundQuote, ranges: ReadonlyArray<SentenceRange>, focus = speakerFocus(quote)): void {
    this.colon = null;
    this.quotes.push(quote);
    this.previousBlockQuote = quote;
    const spoken = focus !== null && focus.entity === quote.speaker;
    for (const range of ranges)
      this.discourse.sentences.push({ block: quote.block, range, people: this.discourse.peopleIn(quote.block, range), focus, spoken });
  }

  /** One sentence's direct quotes, then its reported speech (`sentenceQuotes.ts`), with what the walk has carried so far. */
  private sentence(state: ParagraphState, range: SentenceRange, last: boolean): void {
    const { texts, mentions, discourse, index, cues, sieves, previousBlockQuote, runsOn } = this;
    readSentence({ texts, mentions, discourse, index, cues, sieves, previousBlockQuote, runsOn }, state, range, last);
  }

  /** The words a reference is written in. */
  private refText(ref: Located): string {
    return (this.texts[ref.block] ?? '').slice(ref.start, ref.end);
  }
}
