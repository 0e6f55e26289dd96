import type { DirectSpan } from '../directQuotes';
import { findDirectQuotes } from '../directQuotes';
import { QUOTE_MARKS } from '../lexicon/quoteMarks';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { MentionIndex } from './mentions';
import type { ColonCue } from './sieves/colonBlock';

/** Whether a block holds nothing but quotes: no words outside its quote marks. */
export function onlyQuotes(text: string, directs: ReadonlyArray<DirectSpan>): boolean {
  let from = 0;
  for (const d of directs) {
    if (/[\p{L}\p{N}]/u.test(text.slice(from, d.open))) return false;
    from = d.close === null ? text.length : d.close + 1;
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(from));
}

/**
 * Words in quote marks that are a title or a name, not speech: every word capitalised (small words
 * aside: articles, "and", "or", prepositions), at most six, no sentence punctuation but a closing full stop or comma:
 * "The Quiet Orchard", "Operation Clambake", "The Color of Space.", "International Day against Homophobia and
 * Transphobia", a dash between a title's parts ("Prudent Landers – FAST", a team's project in a fresh NASA list of finalists).
 */
export function titleOfWork(quoted: string): boolean {
  // American style puts the sentence's full stop or comma inside the marks: "called “The Color of Space.”".
  const words = quoted.trim().replace(/[.,]$/, '').split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    !/[!?;:]$/.test(quoted.trim()) &&
    !/[.,].*[.,]$/.test(quoted.trim()) &&
    words.every(
      (w, i) =>
        /^[\p{Lu}\d]/u.test(w) ||
        (i > 0 && /^(?:of|the|and|or|a|an|in|on|for|to|at|by|with|as|from|into|over|under|about|through|without|against|vs\.?|[–—-])$/.test(w)),
    )
  );
}

/**
 * Whether a quote inside a colon cue is its source's own words: it comes after the source's name with no
 * other name between ("Bad Handwriting finds the whole thing "surreal":").
 */
export function introduces(intro: ColonCue, direct: DirectSpan, mentions: MentionIndex): boolean {
  const { ref, entity } = intro.subject;
  if (!entity || direct.open < ref.end) return false;
  return !mentions.between(ref.block, ref.end, direct.open).some((m) => m.start >= ref.end && m.entity !== entity && m.entity.type !== 'place');
}

/**
 * Whether a paragraph has someone the text names, or a he/she/they, speaking: a speech verb right after the mention
 * ("Ndagha who says", "he makes … , notes Rebecca"), outside quote marks. Read on mentions only: nothing is resolved.
 */
export function namesSpeaker(block: number, text: string, mentions: MentionIndex): boolean {
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
export function explainingAside(text: string, from: number, to: number, block: number, mentions: MentionIndex): boolean {
  const between = text.slice(from, to);
  if (!/^["”’]?\s*[–—]\s[^"“”]{1,120}?\s[–—]\s*$/.test(between)) return false;
  if ([...between.matchAll(/\p{L}+/gu)].some((w) => isSpeechVerb(w[0]))) return false;
  return !mentions.between(block, from, to).some((m) => m.start >= from && m.entity.type !== 'place');
}

/** Whether a text holds anything but quotation marks (read without copying a paragraph into an array of its characters). */
export function holdsMoreThanMarks(text: string): boolean {
  for (const c of text) if (!QUOTE_MARKS.has(c)) return true;
  return false;
}
