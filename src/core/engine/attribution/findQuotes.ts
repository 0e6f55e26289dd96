import { splitSentences, type SentenceRange } from '../../sentences';
import { findDirectQuotes, type DirectSpan } from '../directQuotes';
import type { EntityIndex, FoundEntity } from '../entities/types';
import { Discourse, type StatedGender } from './coreference';
import { MentionIndex } from './mentions';
import { namesAThing } from './namedThing';
import { isLongTitle } from './longTitle';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { accordingTo as reportedAccordingTo } from './reported/accordingTo';
import { asCue } from './reported/asCue';
import { cueVerb } from './reported/cueVerb';
import { finalClause } from './reported/finalClause';
import { impersonalPassive, passiveBy } from './reported/passiveBy';
import type { ReportedCase, ReportedSieve } from './reported/reported';
import { accordingTo } from './sieves/accordingTo';
import { characterisingCue } from './sieves/characterisingCue';
import { coordinatedCue } from './sieves/coordinatedCue';
import { hasOwnCue } from './sieves/ownCue';
import {
  between,
  carriesOn,
  colonCue,
  isCaption,
  isElision,
  onlyScareQuotes,
  opensWithElision,
  presentsPost,
  runsToNextCue,
  translates,
  type ColonCue,
  type Following,
} from './sieves/colonBlock';
import { colonInSentence } from './sieves/colonInSentence';
import { quotesWithin } from './sieves/quotingBlock';
import { wordsIn } from './sieves/translation';
import { continuation, handsOn, previousSpeaker } from './sieves/continuation';
import { handleLabel } from './sieves/handleLabel';
import type { DirectCase, DirectSieve } from './sieves/direct';
import { labelLine } from './sieves/labelLine';
import { namedBefore } from './sieves/namedBefore';
import { leadingCue } from './sieves/leadingCue';
import { splitQuote } from './sieves/splitQuote';
import { trailerDash } from './sieves/trailerDash';
import { labelSpeaker, readTranscript } from './sieves/transcript';
import { trailingCue } from './sieves/trailingCue';
import { CueReader } from './subjects';
import type { Anonymity } from './unnamedSources';
import { attributed, unattributed, type FoundQuote, type Located, type SentenceInfo } from './types';
import { QUOTE_MARKS } from '../lexicon/quoteMarks';

/**
 * The direct-quote sieves, most precise first (measured on the real development half): each links the
 * quote to a speaker mention or abstains, and the first that answers wins.
 */
const DIRECT_SIEVES: ReadonlyArray<DirectSieve> = [trailingCue, splitQuote, trailerDash, accordingTo, leadingCue, characterisingCue, coordinatedCue, labelLine];
/** The reported-speech sieves: the first that recognises the sentence's shape reads it. */
const REPORTED_SIEVES: ReadonlyArray<ReportedSieve> = [reportedAccordingTo, passiveBy, asCue, finalClause, impersonalPassive, cueVerb];

/** Whether a block holds nothing but quotes: no words outside its quote marks. */
function onlyQuotes(text: string, directs: ReadonlyArray<DirectSpan>): boolean {
  let from = 0;
  for (const d of directs) {
    if (/[\p{L}\p{N}]/u.test(text.slice(from, d.open))) return false;
    from = d.close === null ? text.length : d.close + 1;
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(from));
}

/** The words a reference is written in. */
const refText = (texts: ReadonlyArray<string>, ref: Located) => (texts[ref.block] ?? '').slice(ref.start, ref.end);

const wordCount = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;

/**
 * Words in quote marks that are a title or a name, not speech: every word capitalised (small words
 * aside), at most six, no sentence punctuation but a closing full stop or comma: "The Quiet Orchard",
 * "Operation Clambake", "The Color of Space.".
 */
function titleOfWork(quoted: string): boolean {
  // American style puts the sentence's full stop or comma inside the marks: "called “The Color of Space.”".
  const words = quoted.trim().replace(/[.,]$/, '').split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    !/[!?;:]$/.test(quoted.trim()) &&
    !/[.,].*[.,]$/.test(quoted.trim()) &&
    words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && /^(?:of|the|and|a|an|in|on|for|to|at|by|with|vs\.?)$/.test(w)))
  );
}

/** The quotes of an article, and what reading them told of their sources. */
export interface QuotesFound {
  quotes: Array<FoundQuote>;
  /** Each person's gender where the text states it, with the words that state it. */
  genders: ReadonlyMap<FoundEntity, StatedGender>;
  /** The sources the text quotes without naming them, with the reason it gives. */
  anonymity: ReadonlyMap<FoundEntity, Anonymity>;
}

/**
 * Finds every direct and reported quote of an article's quotable blocks and who said it, in the
 * two-stage sieve design of Muzny et al. 2017 ("A Two-stage Sieve Approach for Quote Attribution"):
 * stage one links a quote to a mention (sieves in `sieves/` and `reported/`), stage two links the mention
 * to an entity (`coreference.ts`, `roles.ts`). A quote no sieve supports stays unattributed.
 */
export function findQuotes(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, index: EntityIndex): QuotesFound {
  const mentions = new MentionIndex(texts, index);
  const discourse = new Discourse(texts, mentions, index);
  const cues = new CueReader(texts, index, mentions, discourse);
  const quotes: Array<FoundQuote> = [];
  let previousBlockQuote: FoundQuote | null = null;
  let runsOn = false;
  let colon: ColonCue | null = null;
  /** The colon cue of the block quotation the previous paragraph was, which the next may carry on. */
  let blockQuotation: ColonCue | null = null;
  /** Whether the previous paragraph was an ellipsis inside a block quotation, which this one carries on. */
  let elided = false;
  const nextQuotable = (block: number) => texts.find((_, i) => i > block && quotable[i]);
  // A paragraph and the quotable ones after it, captions passed over, each with whether someone it names speaks.
  const following = (block: number): Array<Following> =>
    texts
      .map((text, i) => ({ text, i }))
      .filter(({ text, i }) => i >= block && quotable[i] && !isCaption(text))
      .map(({ text, i }) => ({ text, speaks: namesSpeaker(i, text, mentions) }));
  const transcript = readTranscript(texts, quotable, (block, name) => labelSpeaker(texts, mentions, { block, ...name }) !== null);
  texts.forEach((text, block) => {
    if (!quotable[block]) return;
    const directs = findDirectQuotes(text);
    const blockQuotes: Array<FoundQuote> = [];
    const sentences = splitSentences(text);
    const sourceName = blockQuotation?.subject.entity?.name ?? null;
    const previousQuotable = texts.findLast((_, i) => i < block && quotable[i]);
    const goesOn = (q: ColonCue) =>
      translates(text, previousQuotable) ||
      (!q.translatedOnly &&
        (elided ||
          carriesOn(text) ||
          between(text, nextQuotable(block), sourceName) ||
          (presentsPost(texts, q) && runsToNextCue(following(block), sourceName))))
        ? q
        : null;
    const handedOn = colon ?? (blockQuotation && goesOn(blockQuotation));
    colon = handedOn && isCaption(text) ? handedOn : null;
    const afterElision = elided;
    blockQuotation = null;
    elided = false;
    const post = handleLabel(text);
    if (post) {
      colon = null;
      const subject = cues.handleSource(block, post.handle.start, post.handle.end);
      const cue = { block, start: 0, end: post.handle.end + 1 };
      const quote = attributed(unattributed(block, post.words, 'direct'), subject, cue, 'handle-label');
      blockQuotation = { subject, cue, translatedOnly: true };
      quotes.push(quote);
      previousBlockQuote = quote;
      for (const range of sentences) discourse.sentences.push({ block, range, people: discourse.peopleIn(block, range), focus: null });
      return;
    }
    const turn = transcript.get(block);
    if (turn) {
      colon = null;
      const speaker = labelSpeaker(texts, mentions, { block: turn.labelBlock, ...turn.name });
      const at = speaker?.at ?? { block: turn.labelBlock, ...turn.name };
      const subject = {
        ref: at,
        entity: speaker?.entity ?? null,
        resolution: turn.carried ? 'continuation' : 'name',
        antecedent: turn.carried ? at : null,
      } as const;
      const quote = attributed(unattributed(block, turn.words, 'direct'), subject, { block: turn.labelBlock, ...turn.cue }, 'transcript-label');
      quotes.push(quote);
      previousBlockQuote = quote;
      const focus = quote.speaker && { entity: quote.speaker, at };
      for (const range of sentences) discourse.sentences.push({ block, range, people: discourse.peopleIn(block, range), focus });
      return;
    }
    if (handedOn && isElision(text)) {
      blockQuotation = handedOn;
      elided = true;
      return;
    }
    // An excerpt opening with an ellipsis holds whatever quote marks its author wrote; after an elided stretch even a
    // sentence ending in a colon is still the quotation's.
    const excerpt = handedOn && (onlyScareQuotes(text, directs) || opensWithElision(text));
    if (handedOn && !colon && excerpt && (afterElision || !/:\s*$/.test(text)) && wordsIn(text) >= 5) {
      blockQuotation = handedOn;
      const span = { start: 0, end: text.replace(/\s+$/, '').length };
      const quote = attributed(unattributed(block, span, 'direct'), handedOn.subject, handedOn.cue, 'colon-block');
      quotes.push(quote);
      previousBlockQuote = quote;
      for (const range of sentences)
        discourse.sentences.push({
          block,
          range,
          people: discourse.peopleIn(block, range),
          focus: quote.speaker && { entity: quote.speaker, at: quote.speakerRef ?? quote },
          post: true,
        });
      return;
    }
    let lastDirect: FoundQuote | null = null;
    let nextDirect = 0;
    const quoteOnly = directs.length > 0 && [...text].some((c) => !QUOTE_MARKS.has(c)) && onlyQuotes(text, directs);
    let intro: ColonCue | null = null;
    for (const range of sentences) {
      const info: SentenceInfo = { block, range, focus: null, people: discourse.peopleIn(block, range) };
      if (range === sentences.at(-1)) intro = colonCue(block, text, range, cues, discourse);
      while ((directs[nextDirect]?.open ?? Infinity) < range.start) nextDirect++;
      const inSentence: Array<DirectSpan> = [];
      // A phrase of three words or fewer with no cue of its own may be a scare quote; kept only once reported speech is
      // found around it, where it is the reporter quoting the speaker's own words (AP: partial quotes).
      const shortQuotes: Array<FoundQuote> = [];
      for (let d = nextDirect; d < directs.length && (directs[d]?.open ?? Infinity) < range.end; d++) inSentence.push(directs[d] as DirectSpan);
      for (const direct of inSentence) {
        const c: DirectCase = { block, text, range, direct, previous: lastDirect, cues, entities: index.entities };
        let quote = DIRECT_SIEVES.reduce<FoundQuote | null>((got, sieve) => got ?? sieve(c), null) ?? unattributed(block, direct, 'direct');
        if (!quote.speaker && !quote.cue && quoteOnly && handedOn) quote = attributed(quote, handedOn.subject, handedOn.cue, 'colon-block');
        if (!quote.speaker && !quote.cue && intro && introduces(intro, direct, mentions)) quote = attributed(quote, intro.subject, intro.cue, 'colon-block');
        if (!quote.speaker && !quote.cue) quote = colonInSentence(quote, c, discourse) ?? quote;
        if (!quote.speaker && !quote.cue && (quoteOnly || (runsOn && direct.open === 0))) quote = continuation(quote, previousBlockQuote, text) ?? quote;
        if (!quote.speaker && !quote.cue && quoteOnly && !previousBlockQuote) quote = namedBefore(quote, texts, block, mentions) ?? quote;
        const lastAttributed = blockQuotes.findLast((q) => q.speaker && q.end <= range.start);
        if (!quote.speaker && !quote.cue && lastAttributed && /^[\s"“]*$/.test(text.slice(range.start, direct.open)) && !hasOwnCue(text, direct.close))
          quote = previousSpeaker(quote, lastAttributed);
        // "“… Its orbital period” – the time it takes to complete a single orbit – “is now 33 minutes … shorter.”": a
        // quote the writer breaks only to explain a word goes on after the aside, in the same speaker's words; not an aside
        // that names someone or has a speech verb ("– Tom Ellis disagreed –").
        if (!quote.speaker && !quote.cue && lastDirect?.speaker && explainingAside(text, lastDirect.end, direct.open, block, mentions))
          quote = previousSpeaker(quote, lastDirect);
        if (
          (titleOfWork(text.slice(direct.start, direct.end)) && quote.sieve !== 'trailing-cue' && quote.sieve !== 'split-quote') ||
          namesAThing(text, direct.open) ||
          (block > 0 && !quote.cue && isLongTitle(text.slice(direct.start, direct.end)))
        )
          continue;
        // "calling it “null and void” and “geographically ridiculous”": a phrase joined by "and" or "or" to the quote
        // just before goes on in the same speaker's words.
        const joined = lastDirect?.speaker && /^["”’]?\s*,?\s*(?:and|or)\s*$/.test(text.slice(lastDirect.end, direct.open));
        if (!quote.speaker && !quote.cue && lastDirect && joined) quote = previousSpeaker(quote, lastDirect);
        if (!quote.cue && !joined && quote.resolution !== 'continuation' && wordCount(text, direct) <= 3) {
          // One quoted word ("hands", "spores", a nickname) is a term the writer marks, not the speaker's phrase.
          if (wordCount(text, direct) >= 2) shortQuotes.push(quote);
          continue;
        }
        if (quote.speaker && quote.speakerRef && quote.resolution === 'pronoun')
          discourse.learn(quote.speaker, refText(texts, quote.speakerRef), quote.speakerRef);
        blockQuotes.push(quote);
        lastDirect = quote;
        if (quote.speaker) info.focus = { entity: quote.speaker, at: quote.speakerRef ?? quote.antecedent ?? quote };
      }
      let end = range.end;
      while (end > range.start && /[.!?\s]/.test(text[end - 1] ?? '')) end--;
      const r: ReportedCase = { block, text, range, end, directs: inSentence, cues };
      const reported = REPORTED_SIEVES.reduce<Array<FoundQuote> | null>((got, sieve) => got ?? sieve(r), null) ?? [];
      blockQuotes.push(...shortQuotes.filter((s) => reported.some((q) => q.speaker && q.start <= s.start && q.end >= s.end)));
      for (const quote of reported) {
        blockQuotes.push(quote);
        if (quote.speaker && quote.speakerRef && quote.resolution === 'pronoun')
          discourse.learn(quote.speaker, refText(texts, quote.speakerRef), quote.speakerRef);
        if (quote.speaker && !info.focus) info.focus = { entity: quote.speaker, at: quote.speakerRef ?? quote };
      }
      info.focus ??= discourse.sentenceSubject(block, text, range);
      discourse.sentences.push(info);
    }
    runsOn = directs.some((d) => d.close === null);
    blockQuotes.sort((a, b) => a.start - b.start || b.end - a.end);
    insideReported(blockQuotes, text);
    // A block quotation that quotes someone nobody else is found saying: the whole paragraph is the colon cue's.
    if (handedOn && !colon && !excerpt && quotesWithin(text, directs, blockQuotes)) {
      blockQuotation = handedOn;
      const whole = unattributed(block, { start: 0, end: text.trimEnd().length }, 'direct');
      blockQuotes.splice(0, blockQuotes.length, attributed(whole, handedOn.subject, handedOn.cue, 'colon-block'));
    }
    quotes.push(...blockQuotes);
    previousBlockQuote = handsOn(blockQuotes, sentences.at(-1)?.start ?? 0);
    colon ??= intro ?? colonCue(block, text, sentences.at(-1), cues, discourse) ?? reportedGoesOn(block, text, sentences.at(-1), blockQuotes, mentions);
    const cued = colon?.subject;
    if (cued?.entity && cued.resolution === 'pronoun') discourse.learn(cued.entity, refText(texts, cued.ref), cued.ref);
  });
  return { quotes, genders: discourse.statedGenders, anonymity: cues.anonymity };
}

/**
 * Whether a quote inside a colon cue is its source's own words: it comes after the source's name with no
 * other name between ("Bad Handwriting finds the whole thing "surreal":").
 */
function introduces(intro: ColonCue, direct: DirectSpan, mentions: MentionIndex): boolean {
  const { ref, entity } = intro.subject;
  if (!entity || direct.open < ref.end) return false;
  return !mentions.between(ref.block, ref.end, direct.open).some((m) => m.start >= ref.end && m.entity !== entity && m.entity.type !== 'place');
}

/** A colon sentence in the writer's voice, or one that announces a list. */
const LIST_INTRO = /\b(?:we|We|our|Our|us|I)\b|\b(?:the following|as follows|such as|including|include|includes|below|here are|here is)\b[^:]*:\s*$/;

/**
 * `Elaine Ee believes that the Code of Conduct will not be a solution. Instead, the government should free up the
 * mainstream media:`: a colon sentence that names nobody goes on with the reported speech before it in its paragraph,
 * so the quotation it sets off is the reported speaker's. Null when the sentence names a person or organisation, or
 * the paragraph reports nobody's words.
 */
function reportedGoesOn(
  block: number,
  text: string,
  last: SentenceRange | undefined,
  blockQuotes: ReadonlyArray<FoundQuote>,
  mentions: MentionIndex,
): ColonCue | null {
  if (!last || !/:\s*$/.test(text) || mentions.between(block, last.start, last.end).some((m) => m.end > last.start && m.entity.type !== 'place')) return null;
  // The writer's own list, not the speaker's words: "we bring perspectives to teams such as:", "… informed by the
  // following metrics:".
  if (LIST_INTRO.test(text.slice(last.start, last.end))) return null;
  const reported = blockQuotes.findLast((q) => q.kind === 'reported' && q.end <= last.start);
  if (!reported?.speaker || !reported.speakerRef || !reported.cue || reported.resolution !== 'name') return null;
  return {
    subject: { ref: reported.speakerRef, entity: reported.speaker, resolution: 'name', antecedent: null },
    cue: reported.cue,
  };
}

/**
 * A direct quote inside reported speech is the same speaker's words; so is one the reported content leads into with a
 * colon (`Bob Sachs noted that the effort must be continuous and widespread: "all the time, everywhere"`), unless the
 * content ends by quoting someone else (`… and local official, Huang Limin was quoted as saying: "Soldiers …"`).
 */
function insideReported(blockQuotes: Array<FoundQuote>, text: string): void {
  for (const [i, quote] of blockQuotes.entries()) {
    // A quote with a cue of its own that names no one ("…," it said) is not the enclosing reported speaker's.
    if (quote.kind !== 'direct' || quote.speaker || quote.cue) continue;
    const around =
      blockQuotes.find((q) => q.kind === 'reported' && q.speaker && q.start <= quote.start && q.end >= quote.end) ??
      blockQuotes.find(
        (q) =>
          q.kind === 'reported' &&
          q.speaker &&
          q.end <= quote.start &&
          /^\s*:\s*["“‘]?$/.test(text.slice(q.end, quote.start)) &&
          !/\b(?:saying|said|says|say|told|tells|wrote|writes|stated|states|added|adds|asked|quoted)\s*$/i.test(text.slice(q.start, q.end)),
      );
    if (around) blockQuotes[i] = { ...around, start: quote.start, end: quote.end, kind: 'direct', sieve: 'inside-reported' };
  }
}

/**
 * Whether a paragraph has someone the text names, or a he/she/they, speaking: a speech verb right after the mention
 * ("Ndagha who says", "he makes … , notes Rebecca"), outside quote marks. Read on mentions only: nothing is resolved.
 */
function namesSpeaker(block: number, text: string, mentions: MentionIndex): boolean {
  const quoted = findDirectQuotes(text);
  for (const verb of text.matchAll(/\p{L}+/gu)) {
    if (!isSpeechVerb(verb[0]) || quoted.some((d) => verb.index > d.open && verb.index < (d.close ?? text.length))) continue;
    const before = text.slice(Math.max(0, verb.index - 40), verb.index);
    if (/\b(?:he|she|they|who)\s+(?:\p{Ll}+\s+)?$/iu.test(before)) return true;
    if (
      mentions
        .between(block, verb.index - 40, verb.index)
        .some((m) => m.entity.type !== 'place' && /^[\s,]*(?:\p{Ll}+\s+)?$/u.test(text.slice(m.end, verb.index)))
    )
      return true;
  }
  return false;
}

/** Whether the words between two quotes are only a dash-enclosed aside naming no one and reporting nothing. */
function explainingAside(text: string, from: number, to: number, block: number, mentions: MentionIndex): boolean {
  const between = text.slice(from, to);
  if (!/^["”’]?\s*[–—]\s[^"“”]{1,120}?\s[–—]\s*$/.test(between)) return false;
  if ([...between.matchAll(/\p{L}+/gu)].some((w) => isSpeechVerb(w[0]))) return false;
  return !mentions.between(block, from, to).some((m) => m.start >= from && m.entity.type !== 'place');
}
