import type { BlockMention } from './mentions';

/** A conjunction opening an adverbial clause, right before its he/she subject: "…, before he announced". */
const SUBORDINATOR_BEFORE = /(?:^|[\s,])(?:before|after|when|whenever|while|because|since|until|once|although|though)\s+$/i;

/** What may stand before the name that opens a sentence: capitalised title words, "former", a quote mark. */
const OPENING_TITLE = /^["“]?(?:(?:\p{Lu}[\p{L}.-]*|former|then|acting)\s+){0,5}$/u;

/** A name right after a lower-case word that is not a conjunction or relative: the object of a verb ("facing Mugabe"). */
const OBJECT_OF_VERB =
  /(?<![\p{L}-])(?!(?:and|or|but|nor|while|whereas|that|who|whom|which|as|than|when|before|after)\s)\p{Ll}+\s+(?:(?:\p{Lu}[\p{L}.-]*)\s+){0,4}$/u;

/**
 * Whom a he/she that is the subject of an adverbial clause means when its sentence names two people of its gender before
 * it: the main clause's subject, where the sentence opens on that person's name and every other person is the object
 * of a verb. "Tsvangirai had been the only candidate facing Mugabe in the run-off election, before he announced on
 * Sunday that he was withdrawing" (wikinews-mugabe-open-to-talks-zimbabwe-opposition-2008-06-26): Tsvangirai. An
 * adverbial clause's subject pronoun takes the main clause's subject (Muzny et al. 2017 and Lee et al. 2013 prefer
 * the subject; the clause shares its frame). `candidates` are the people the sentence names before the pronoun, in
 * order; `sentenceStart` and `at` (the pronoun's start) are UTF-16 offsets of `text`. Null when the shape does not hold.
 */
export function subordinateSubject(text: string, sentenceStart: number, at: number, candidates: ReadonlyArray<BlockMention>): BlockMention | null {
  const [first, ...rest] = candidates;
  if (!first || rest.length === 0 || !SUBORDINATOR_BEFORE.test(text.slice(Math.max(sentenceStart, at - 20), at))) return null;
  if (!OPENING_TITLE.test(text.slice(sentenceStart, first.start)) || !/^\s+\p{Ll}/u.test(text.slice(first.end, first.end + 3))) return null;
  const objects = rest.every((m) => m.entity === first.entity || OBJECT_OF_VERB.test(text.slice(Math.max(first.end, m.start - 60), m.start)));
  return objects ? first : null;
}
