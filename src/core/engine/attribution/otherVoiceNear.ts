import type { EntityIndex, FoundEntity } from '../entities/types';
import { CHANT_WORDS } from '../lexicon/chantWords';
import { COMPANION_NOUNS } from '../lexicon/companionNouns';
import { KIN_NOUNS } from '../lexicon/kinNouns';
import { PROXY_NOUNS } from '../lexicon/proxyNouns';
import { SAYING_NOUNS } from '../lexicon/sayingNouns';
import type { FoundQuote } from './types';

/** A sentence's end: its stop, an optional closing mark, then white space (the next sentence's start follows). */
const SENTENCE_END = /[.!?…]["”’]?\s+/gu;

/** How far back a sentence before a quote is looked for: a long paste's blocks are read near each quote only. */
const LOOKBACK = 600;

/** [start, end) of the sentence of `text` that ends right before `at` (UTF-16 code units), white space trimmed. */
function sentenceBefore(text: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - LOOKBACK);
  const head = text.slice(from, at).trimEnd();
  let start = 0;
  for (const m of head.slice(0, -1).matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return { start: from + start, end: from + head.length };
}

/** A sentence's stop, then white space or the text's end. */
const STOP = /[.!?…](?:\s|$)/u;

/** [start, end) of the sentence of `text` that opens after `at`, or an empty span at the text's end. */
function sentenceAfter(text: string, at: number): { start: number; end: number } {
  const rest = text.slice(at);
  const start = at + rest.length - rest.trimStart().length;
  const stop = STOP.exec(text.slice(start, start + LOOKBACK));
  return { start, end: stop ? start + stop.index + 1 : Math.min(text.length, start + LOOKBACK) };
}

/** Whether a span's words name a relative, a companion, a spokesperson, or a saying written or handed down. */
const namesOtherVoice = (words: string) =>
  (words.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).some(
    (w) => KIN_NOUNS.has(w) || COMPANION_NOUNS.has(w) || PROXY_NOUNS.has(w) || SAYING_NOUNS.has(w) || CHANT_WORDS.has(w),
  );

/** A capitalised word described by a relative clause about a person: "Klein, who worked beside him for a decade, …". */
const DESCRIBED_WHO = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*),\s+who\s/gu;

/**
 * A person's first word that is a verb's -ing form: a section heading the name pass took for a name ("Building Aviary",
 * usgov-nasa-aviary-aircraft-modelling-software-2024-05-16), whose product word is no second voice.
 */
const HEADING_GERUND = /^\p{Lu}\p{Ll}{3,}ing\s/u;

/**
 * Whether a person other than `speaker` is named in block `block` within [start, end): as one of the article's people,
 * or by a word the entities left unknown that a "who" clause describes.
 */
function namesOtherPerson(texts: ReadonlyArray<string>, index: EntityIndex, speaker: FoundEntity, span: { block: number; start: number; end: number }) {
  const { block, start, end } = span;
  const inSpan = (m: { block: number; start: number; end: number }) => m.block === block && m.start < end && m.end > start;
  if (index.entities.some((e) => e !== speaker && e.type === 'person' && !HEADING_GERUND.test(e.name) && e.mentions.some(inSpan))) return true;
  const own = new Set(speaker.name.split(/\s+/));
  return [...(texts[block] ?? '').slice(start, end).matchAll(DESCRIBED_WHO)].some((m) => !own.has(m[1] ?? ''));
}

/**
 * Whether the writer's sentences around a direct quote with no cue point to someone other than `speaker` as its voice:
 * the sentence before it (the previous block's last when the quote opens its block) or the one after it in its block
 * names another person, a relative, a companion or spokesperson ("His longtime deputy, Sarah Klein, remembers …",
 * "That was his father’s advice"), or a written or handed-down saying ("The team’s motto hangs above the door."). A
 * quote that is one question alone is an interviewer's as likely as the speaker's. Offsets are UTF-16 code units of
 * `texts[quote.block]`. For withSoleSpeaker (soleSpeaker.ts), which gives a profile's cue-less quotes to its one
 * speaker: a confident wrong speaker is worse than none (docs/annotation-guide.md).
 */
export function otherVoiceNear(texts: ReadonlyArray<string>, quote: FoundQuote, speaker: FoundEntity, index: EntityIndex): boolean {
  const text = texts[quote.block] ?? '';
  const words = text.slice(quote.start, quote.end).trim();
  if (/\?$/.test(words) && !/[.!?…]\s/.test(words.slice(0, -1))) return true;
  const spans: Array<{ block: number; start: number; end: number }> = [];
  const before = sentenceBefore(text, quote.start - 1);
  if (before.end > before.start) spans.push({ block: quote.block, ...before });
  else if (quote.block > 1) {
    const previous = texts[quote.block - 1] ?? '';
    spans.push({ block: quote.block - 1, ...sentenceBefore(previous, previous.length) });
  }
  spans.push({ block: quote.block, ...sentenceAfter(text, quote.end + 1) });
  return spans.some(({ block, start, end }) => {
    const span = (texts[block] ?? '').slice(start, end);
    return namesOtherVoice(span) || namesOtherPerson(texts, index, speaker, { block, start, end });
  });
}
