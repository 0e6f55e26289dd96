import type { SentenceRange } from '../../sentences';
import type { EntityIndex } from '../entities/types';
import type { DirectSpan } from '../directQuotes';
import type { Discourse } from './coreference';
import { handedOnSpeaker, type WalkSoFar } from './handedOnSpeaker';
import { reportsNothing } from './noReportedSpeech';
import { wordCount } from '../wordCount';
import type { ParagraphState } from './paragraphState';
import type { ReportedCase, ReportedSieve } from './reported/reported';
import { innerReports } from './reported/innerReport';
import { relativeReports } from './reported/relativeReport';
import { sourceRelativeReports } from './reported/sourceRelative';
import { roleSubject } from './roleSubject';
import { cueHolding, holdsPhrase } from './reportedAround';
import { unnamedCue } from './unnamedCue';
import { colonCue } from './sieves/colonBlock';
import type { DirectCase, DirectSieve } from './sieves/direct';
import type { CueReader } from './subjects';
import { unattributed, type FoundQuote, type SentenceInfo } from './types';

/** The sieve chains a walk runs: direct quotes' most precise first, and reported speech's. */
export interface Sieves {
  direct: ReadonlyArray<DirectSieve>;
  reported: ReadonlyArray<ReportedSieve>;
}

/** What reading a sentence takes from its walk (`quoteWalk.ts`): what the paragraph before left, the cue reader, the sieve chains. */
export interface SentenceWalk extends WalkSoFar {
  readonly index: EntityIndex;
  readonly cues: CueReader;
  readonly sieves: Sieves;
}

/**
 * One sentence's direct quotes, each by the direct sieves and then what the paragraph and the one before hand on, then
 * its reported speech, by the first reported sieve that reads any; its quotes go to `state`, and what the sentence is
 * about (its first quote's speaker, else its subject) to the discourse. `last`: the paragraph's last sentence, whose
 * colon cue (if it ends in one) is the paragraph's lead-in.
 */
export function readSentence(walk: SentenceWalk, state: ParagraphState, range: SentenceRange, last: boolean): void {
  const { block, text, directs } = state;
  const info: SentenceInfo = { block, range, focus: null, people: walk.discourse.peopleIn(block, range) };
  if (last) state.intro = colonCue(block, text, range, walk.cues, walk.discourse);
  while ((directs[state.nextDirect]?.open ?? Infinity) < range.start) state.nextDirect++;
  const inSentence: Array<DirectSpan> = [];
  for (let d = state.nextDirect; d < directs.length && (directs[d]?.open ?? Infinity) < range.end; d++) inSentence.push(directs[d] as DirectSpan);
  // A phrase of three words or fewer with no cue of its own may be a scare quote; kept only once reported speech is
  // found around it, where it is the reporter quoting the speaker's own words (AP: partial quotes).
  const shortQuotes: Array<FoundQuote> = [];
  for (const direct of inSentence) {
    const quote = directQuote(walk, state, range, direct);
    if (!quote) continue;
    if ('short' in quote) {
      shortQuotes.push(quote.short);
      continue;
    }
    learnPronoun(walk.discourse, walk.texts, quote.found);
    state.quotes.push(quote.found);
    state.lastDirect = quote.found;
    if (quote.found.speaker) {
      info.focus = { entity: quote.found.speaker, at: quote.found.speakerRef ?? quote.found.antecedent ?? quote.found };
      info.spoken = true;
    }
  }
  let end = range.end;
  while (end > range.start && /[.!?\s]/.test(text[end - 1] ?? '')) end--;
  const r: ReportedCase = { block, text, range, end, directs: inSentence, cues: walk.cues };
  const read = walk.sieves.reported.reduce<Array<FoundQuote> | null>((got, sieve) => got ?? sieve(r), null) ?? [];
  const outer = read.filter((q) => !reportsNothing(text, q));
  const inner = [...innerReports(r, outer), ...relativeReports(r, outer), ...sourceRelativeReports(r, outer)];
  const reported = [...outer, ...inner.filter((q) => !reportsNothing(text, q))];
  // One word (an adjective, predicate or before its noun: spokenPhrase.ts) is kept only as a named speaker's: unnamed, it may be the writer's.
  const held = (s: FoundQuote, q: FoundQuote) => holdsPhrase(q, s, text) && (q.speaker !== null || wordCount(text, s) > 1);
  for (const s of shortQuotes) {
    const cue = reported.some((q) => held(s, q)) ? undefined : cueHolding(reported, s);
    if (cue)
      state.quotes.push({
        ...s,
        speaker: cue.speaker,
        cue: cue.cue,
        speakerRef: cue.speakerRef,
        resolution: cue.resolution,
        antecedent: cue.antecedent,
        sieve: cue.sieve,
      });
    else if (reported.some((q) => held(s, q))) state.quotes.push(s);
  }
  for (const quote of reported) {
    state.quotes.push(quote);
    learnPronoun(walk.discourse, walk.texts, quote);
    if (quote.speaker && !info.focus) {
      info.focus = { entity: quote.speaker, at: quote.speakerRef ?? quote };
      info.spoken = true;
    }
  }
  // "The Liberian president held meetings with … President Bush": a role noun subject is whom the sentence is about.
  if (!info.focus && unnamedCue(text, state.quotes, info.people, block, range)) info.unnamedSpeaker = true;
  if (!info.focus) {
    const role = roleSubject(walk, block, range);
    info.focus = role === undefined ? walk.discourse.sentenceSubject(block, text, range) : role;
  }
  walk.discourse.sentences.push(info);
}

/**
 * A direct quote and its speaker, by the direct sieves and then what the paragraph and the one before hand on; null
 * for quoted words that are a title, a name or one marked word, `{ short }` for a phrase of two or three words with
 * no cue (kept only inside reported speech).
 */
function directQuote(
  walk: SentenceWalk,
  state: ParagraphState,
  range: SentenceRange,
  direct: DirectSpan,
): { found: FoundQuote } | { short: FoundQuote } | null {
  const { block, text, lastDirect } = state;
  const c: DirectCase = { block, text, range, direct, previous: lastDirect, cues: walk.cues };
  const quote = walk.sieves.direct.reduce<FoundQuote | null>((got, sieve) => got ?? sieve(c), null) ?? unattributed(block, direct, 'direct');
  return handedOnSpeaker(quote, c, state, walk);
}

/** A pronoun a quote resolved tells the discourse that person's gender and number. */
function learnPronoun(discourse: Discourse, texts: ReadonlyArray<string>, quote: FoundQuote): void {
  if (quote.speaker && quote.speakerRef && quote.resolution === 'pronoun')
    discourse.learn(quote.speaker, (texts[quote.speakerRef.block] ?? '').slice(quote.speakerRef.start, quote.speakerRef.end), quote.speakerRef);
}
