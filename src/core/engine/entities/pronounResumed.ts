import { QUOTE_CUE_VERBS } from '../lexicon/quoteCueVerbs';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { NameGroup } from './nameGroups';

/**
 * A verb in the present singular after a name (five letters or more: "this", "thus" and "across" are none), the rest of
 * its sentence, then a next sentence that goes on with he or she and a verb of speech: "Darashiko blogs on cinema
 * regularly. Here he shares …", "Abdoukili reacts in a similar manner. He wrote:". A plural noun after a number or an
 * adjective ("Thirty-four years later, Gaines is …. He ensures", "Multiple assailants attacked …. He is") is followed by
 * no such verb.
 */
const RESUMED = /^\s(?:also\s)?\p{Ll}{3,}[^s\s]s\b[^.!?"“”]{0,160}[.!?]\s+(?:(?:Here|Now|Then|There),?\s+)?(?:He|She|he|she)\s+(?:also\s+|then\s+)?(\p{Ll}+)/u;

/**
 * Whether a name of one word (`words`) opens its sentence (`sentenceStart`) as the subject that the next sentence
 * resumes as he or she (`after`: the text right after the name), which only a person is. Global Voices names a blogger
 * by a pseudonym of one word so, which no list of first names holds. A plural ("Witnesses say …"), a gerund ("Filling
 * this role allowed him …. He called …") and a hyphened adjective before a plural noun ("Mid-sized cities have spent
 * …. She said", "Thirty-four years later") are left alone: the name is one plain capitalised word.
 */
export function resumedByPronoun(words: ReadonlyArray<string>, sentenceStart: boolean, after: string): boolean {
  const name = words[0] ?? '';
  const verb = RESUMED.exec(after)?.[1] ?? '';
  return words.length === 1 && sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(name) && !/(?:s|ing)$/.test(name) && (isSpeechVerb(verb) || QUOTE_CUE_VERBS.has(verb));
}

/**
 * A preposition right before a name, perhaps with a determiner between: the name ends an opening phrase ("In an interview
 * with Dawn, she said", "Speaking to NBC News, she said", "Moving to Nevada, he ran", "In another Tweet, he referred to
 * Robart as …": wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05), and the he or she after
 * its comma is the sentence's subject, someone else.
 */
const PREPOSITION_BEFORE = /(?<!\p{L})(?:with|to|from|by|for|in|into|on|at|about|through)\s+(?:(?:a|an|another|this|that|his|her|its|their)\s+)?$/iu;

/**
 * How strongly a he or she resuming a name group of `text` says it is a person's: 2 for one set off by a comma ("the
 * head of NATO, Hoop Scheffer, he has explained") unless a preposition governs the name, 3 for a lone word the next
 * sentence resumes (`resumedByPronoun`), 0 otherwise.
 */
export function pronounWeight(group: NameGroup, text: string): number {
  const after = text.slice(group.end, group.end + 240);
  if (/^,\s+(?:he|she)\s+\p{Ll}+/u.test(after)) return PREPOSITION_BEFORE.test(text.slice(Math.max(0, group.start - 24), group.start)) ? 0 : 2;
  return resumedByPronoun(group.words, group.sentenceStart, after) ? 3 : 0;
}
