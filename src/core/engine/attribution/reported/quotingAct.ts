import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { QUOTING_VERBS } from '../../lexicon/quotingVerbs';

/**
 * "and" (perhaps "also" or "then"), a present verb of giving the floor to someone else (`quotingVerbs.ts`: "quotes",
 * "interviews", "reproduces"), then the one quoted: a determiner, a possessive, "one" or a capitalised name. Group 1 is
 * the verb.
 */
const AND_QUOTES = /\s+and\s+(?:also\s+|then\s+)?(\p{Ll}+s)\s+(?=(?:the|a|an|one|two|some|several|his|her|its|their)\b|\p{Lu})/gu;

/** A past verb of the content's own clause: an -ed form or an irregular past. */
const hasPast = (words: string): boolean => words.split(/\s+/).some((word) => /^\p{Ll}{3,}ed$/u.test(word) || IRREGULAR_PAST.has(word));

/**
 * Where the content [start, end) should stop before the speaker's next act of quoting someone else, joined by "and":
 * `The blog also notes that a second attack occurred on 15 May and quotes one of its Facebook contacts.`
 * (gv-armenia-firebombers-released-bail-2012-05-16). The quoting verb stands in the present as the cue's verb (`cueVerb`,
 * lower case, "notes") does, while the content's clause has a past verb of its own before it ("occurred"): the verb
 * goes on from the cue, not from the content, and what it quotes is no part of what was noted. `end` otherwise.
 * Offsets are UTF-16, into the block's text, half-open.
 */
export function beforeQuotingAct(text: string, start: number, end: number, cueVerb: string): number {
  if (!/^\p{Ll}{2,}s$/u.test(cueVerb)) return end;
  const content = text.slice(start, end);
  for (const m of content.matchAll(AND_QUOTES)) {
    const verb = m[1] ?? '';
    if (QUOTING_VERBS.has(verb.slice(0, -1)) && hasPast(content.slice(0, m.index))) return start + m.index;
  }
  return end;
}
