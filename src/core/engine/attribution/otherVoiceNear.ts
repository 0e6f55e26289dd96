import { blockSentences } from '../blockSentences';
import type { EntityIndex, FoundEntity } from '../entities/types';
import { CHANT_WORDS } from '../lexicon/chantWords';
import { COMPANION_NOUNS } from '../lexicon/companionNouns';
import { KIN_NOUNS } from '../lexicon/kinNouns';
import { PROXY_NOUNS } from '../lexicon/proxyNouns';
import { SAYING_NOUNS } from '../lexicon/sayingNouns';
import type { FoundQuote } from './types';

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
  const sentences = blockSentences(texts);
  const spans: Array<{ block: number; start: number; end: number }> = [];
  const before = sentences[quote.block]?.findLast((r) => r.end <= quote.start);
  const previous = quote.block > 1 ? sentences[quote.block - 1]?.at(-1) : undefined;
  if (before) spans.push({ block: quote.block, ...before });
  else if (previous) spans.push({ block: quote.block - 1, ...previous });
  const after = sentences[quote.block]?.find((r) => r.start >= quote.end);
  if (after) spans.push({ block: quote.block, ...after });
  return spans.some(({ block, start, end }) => {
    const span = (texts[block] ?? '').slice(start, end);
    return namesOtherVoice(span) || namesOtherPerson(texts, index, speaker, { block, start, end });
  });
}
