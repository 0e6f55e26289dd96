import type { EntityIndex, FoundEntity } from '../entities/types';
import { otherVoiceNear } from './otherVoiceNear';
import type { FoundQuote } from './types';

/** How many quotes the one speaker must have been given by the cues, at least, before a quote with none is theirs. */
const MIN_ATTRIBUTED = 3;

/** How many words a quote must hold: a whole spoken sentence, not a phrase, a title or a slogan. */
const MIN_WORDS = 8;

/** The one person every quote with a speaker is given to, at least `MIN_ATTRIBUTED` times and once by name; else null. */
function onlySpeaker(quotes: ReadonlyArray<FoundQuote>): FoundEntity | null {
  const attributed = quotes.filter((q) => q.speaker);
  const speakers = new Set(attributed.map((q) => q.speaker));
  const [only] = speakers;
  if (speakers.size !== 1 || !only || only.type !== 'person' || attributed.length < MIN_ATTRIBUTED) return null;
  return attributed.some((q) => q.resolution === 'name') ? only : null;
}

/**
 * Whether a direct quote is a sentence of its own, one or more: its opening mark opens its paragraph or follows a
 * sentence's end, its words close with a sentence's punctuation, and its closing mark ends the paragraph or a new
 * sentence follows; and no other quote holds it (a speaker's words retelling someone else's).
 */
function standsAlone(text: string, quote: FoundQuote, blockQuotes: ReadonlyArray<FoundQuote>): boolean {
  const words = text.slice(quote.start, quote.end);
  if (!/^\p{Lu}/u.test(words) || !/[.!?…]\s*$/.test(words) || words.split(/\s+/).length < MIN_WORDS) return false;
  if (!/(?:^|[.!?…]["”’]?\s+)["“]$/.test(text.slice(0, quote.start))) return false;
  if (!/^["”](?:\s*$|\s+["“\p{Lu}])/u.test(text.slice(quote.end))) return false;
  return !blockQuotes.some((q) => q !== quote && q.start < quote.start && q.end > quote.end);
}

/**
 * Whether the text names `speaker` by the end of `quote`'s paragraph (the headline counts; a pull quote's signature
 * after it, "Jennifer Gratz Aviary Task Lead", does too): the writer moves between the words and narration about one
 * they have brought in. `"BattaBox is everything Nigerian - … we’ll make sure your voice is heard."` in a paragraph before
 * "Christian Purefoy (CP), a director in BattaBox gave us a glimpse …" (gv-nigeria-battabox-online-videos-interview-
 * 2012-05-14) is the site's blurb, whose one speaker is brought in after it.
 */
const namedBy = (speaker: FoundEntity, quote: FoundQuote, text: string): boolean =>
  speaker.mentions.some((m) => m.block <= quote.block) || text.includes(speaker.name);

/**
 * `“When we started those first assessments …, we had to elbow our way to the table to be accepted. …” Though Agency
 * leadership had given them the green light, it was up to Mr. Wilson …` (NASA, "Looking Back, Moving Forward: Interview
 * with NESC Director, Tim Wilson", nasa_article_553 of katie-hofschen/NASA_RAG): in a profile where every quote the cues
 * attribute is one person's, a quote that is a whole sentence of its own with no cue is that person's too; the writer
 * moves between their words and narration about them, naming them only now and then. An article with a second speaker,
 * or with fewer than three quotes given to the one, leaves such quotes unattributed, as does a quote whose neighbouring
 * sentences point to another voice (otherVoiceNear.ts) or one in a paragraph before the text names the person
 * (`namedBy`). `texts` are the blocks' texts, `quotable` which of them hold quotes (the headline, block 0, is never
 * taken), `index` the article's entities; returns `quotes` with those given.
 */
export function withSoleSpeaker(
  texts: ReadonlyArray<string>,
  quotable: ReadonlyArray<boolean>,
  quotes: ReadonlyArray<FoundQuote>,
  index: EntityIndex,
): Array<FoundQuote> {
  const speaker = onlySpeaker(quotes);
  if (!speaker) return [...quotes];
  // Read once: a long paste may hold thousands of quotes, each asking after its block's others.
  const byBlock = new Map<number, Array<FoundQuote>>();
  for (const q of quotes) {
    const own = byBlock.get(q.block);
    if (own) own.push(q);
    else byBlock.set(q.block, [q]);
  }
  const refs = quotes.filter((q) => q.speaker === speaker && q.speakerRef);
  return quotes.map((quote) => {
    if (quote.kind !== 'direct' || quote.speaker || quote.block === 0 || !quotable[quote.block]) return quote;
    if (!standsAlone(texts[quote.block] ?? '', quote, byBlock.get(quote.block) ?? []) || otherVoiceNear(texts, quote, speaker, index)) return quote;
    if (!namedBy(speaker, quote, texts[quote.block] ?? '')) return quote;
    const named = refs.filter((q) => q.block < quote.block || (q.block === quote.block && q.start < quote.start)).at(-1) ?? refs[0];
    return { ...quote, speaker, resolution: 'continuation', speakerRef: null, antecedent: named?.speakerRef ?? null, sieve: 'previous-speaker' };
  });
}
