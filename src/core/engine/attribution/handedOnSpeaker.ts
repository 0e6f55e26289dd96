import { CHARACTERISING_VERBS } from '../lexicon/characterisingVerbs';
import type { Discourse } from './coreference';
import type { MentionIndex } from './mentions';
import { explainingAside, introduces } from './paragraphShapes';
import type { ParagraphState } from './paragraphState';
import { quotedHeading } from './quotedHeading';
import { quotedNotSpoken } from './quotedNotSpoken';
import { colonInSentence } from './sieves/colonInSentence';
import { continuation, previousSpeaker } from './sieves/continuation';
import type { DirectCase } from './sieves/direct';
import { laterFragment, joinsQuotes } from './sieves/laterFragment';
import { namedBefore } from './sieves/namedBefore';
import { speechActLine } from './sieves/speechActLine';
import { fromSentenceBefore } from './sieves/speechActBefore';
import { shortPhrase } from './spokenPhrase';
import { translatesQuote } from './translatedQuote';
import { attributed, type FoundQuote } from './types';

/** What a walk carries into a direct quote's paragraph: its texts and readers, and what the paragraph before left. */
export interface WalkSoFar {
  readonly texts: ReadonlyArray<string>;
  readonly mentions: MentionIndex;
  readonly discourse: Discourse;
  /** The quote the paragraph before handed on (`handsOn` in `sieves/continuation.ts`), if any. */
  readonly previousBlockQuote: FoundQuote | null;
  /** Whether a quote left open at the paragraph before's end runs on into this one. */
  readonly runsOn: boolean;
}

/**
 * A direct quote the direct sieves read (`sieved`, of the case `c`) with the speaker the paragraph and the one before
 * hand on when the sieves found none: a colon cue, the paragraph's lead-in, a run-on quote, the quote just before it;
 * null for quoted words that are a title, a name or one marked word, `{ short }` for a phrase of two or three words
 * with no cue (kept only inside reported speech).
 */
export function handedOnSpeaker(
  sieved: FoundQuote,
  c: DirectCase,
  state: ParagraphState,
  walk: WalkSoFar,
): { found: FoundQuote } | { short: FoundQuote } | null {
  const { block, text, handedOn, quoteOnly, intro, lastDirect } = state;
  const { range, direct } = c;
  let quote = sieved;
  const open = () => !quote.speaker && !quote.cue;
  if (open() && quoteOnly && handedOn) quote = attributed(quote, handedOn.subject, handedOn.cue, 'colon-block');
  if (open() && intro && introduces(intro, direct, walk.mentions)) quote = attributed(quote, intro.subject, intro.cue, 'colon-block');
  // "While X wonders “…”, Bahama Republic sees …:": a quote inside the subordinate clause is that clause's subject's.
  const aside = intro?.aside;
  if (open() && aside && direct.open < (intro?.cue.start ?? 0) && introduces(aside, direct, walk.mentions))
    quote = attributed(
      quote,
      aside.subject,
      { ...aside.cue, end: aside.cue.start + text.slice(aside.cue.start, intro?.cue.start).trimEnd().replace(/[,;]$/, '').length },
      'colon-block',
    );
  if (open()) quote = colonInSentence(quote, c, walk.discourse) ?? quote;
  // A section heading in quotation marks ("“Scrub in, Help and Leave”" between an interview's parts) is the writer's
  // title for what follows, no one's next words.
  const heading = quoteOnly && quotedHeading(text.slice(quote.start, quote.end));
  if (open() && !heading && (quoteOnly || (walk.runsOn && direct.open === 0))) quote = continuation(quote, walk.previousBlockQuote, text) ?? quote;
  if (open() && quoteOnly && !heading && !walk.previousBlockQuote)
    quote = speechActLine(quote, c, block) ?? namedBefore(quote, walk.texts, block, walk.mentions) ?? quote;
  if (open()) quote = fromSentenceBefore(quote, c, state.quotes) ?? quote;
  // "“… Its orbital period” – the time it takes to complete a single orbit – “is now 33 minutes … shorter.”": a
  // quote the writer breaks only to explain a word goes on after the aside, in the same speaker's words; not an aside
  // that names someone or has a speech verb ("– Tom Ellis disagreed –").
  if (open() && lastDirect?.speaker && explainingAside(text, lastDirect.end, direct.open, block, walk.mentions)) quote = previousSpeaker(quote, lastDirect);
  // "“me iría demasiado” ("I would so go")": the English after a quote kept is that quote again, whatever its length.
  if (lastDirect && translatesQuote(text, direct, lastDirect)) return { found: open() ? previousSpeaker(quote, lastDirect) : quote };
  if (quotedNotSpoken(quote, direct, { block, text, sentenceStart: range.start, texts: walk.texts })) return null;
  // "calling it “null and void” and “geographically ridiculous”", "“…,” adding that “…”": a phrase joined by "and",
  // "or" or "adding" to the quote just before goes on in the same speaker's words.
  const joined = lastDirect !== null && joinsQuotes(text.slice(lastDirect.end, direct.open));
  if (open() && lastDirect?.speaker && joined) quote = previousSpeaker(quote, lastDirect);
  // "… referred to the soldiers … as “losers” and “suckers.”": the joined phrase shares the first one's characterising
  // verb (a cue no sieve read, naming nobody); a sieve's cue with no speaker ("They concluded") stays the first one's.
  const verb = lastDirect?.cue && text.slice(lastDirect.cue.start, lastDirect.cue.end).toLowerCase().replace(/\s+/g, ' ');
  if (open() && lastDirect?.cue && verb && CHARACTERISING_VERBS.has(verb) && joined) quote = { ...quote, cue: lastDirect.cue };
  if (open() && lastDirect && laterFragment(text, block, range, direct, lastDirect, walk.mentions)) quote = previousSpeaker(quote, lastDirect);
  // A paragraph that is only the quote ("“-- think again.”", the rest of an ad recalled in an interview) is no term.
  return shortPhrase(quote, text, range.start, direct, Boolean(joined) || (quoteOnly && block > 0));
}
