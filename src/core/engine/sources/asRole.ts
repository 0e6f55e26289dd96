import { bareWord, roleAt, wordsOf } from './roles';
import type { Located } from '../attribution/types';

/** "As chief of the Test Operations Division at NASA’s Stennis Space Center, Vander provides …": a role fronted with "As". */
const FRONTED = /(?:^|[.!?"”]\s+)As\s+((?:(?:a|an|the)\s+)?[^,;:.()"“”]{2,140}),\s+$/u;
/** Words that end the head of a role phrase: its complement, a second conjunct or a clause ("to be named …"). */
const HEAD_END = /^(?:of|for|at|in|from|with|to|on|within|and|or|who|that|whose|since|when|while)$/;

/**
 * The role phrase an "As …," that opens the sentence gives the name right after it, or null: only where the head of
 * the phrase (its words before a complement or a conjunct) ends in a role word, so "As the president spoke, Smith
 * said" or "As July came to a close, Biden" give none, while "As a lunar seismologist and lunar geophysicist, Weber"
 * does.
 */
export function asRoleBefore(text: string, at: Located): Located | null {
  const from = Math.max(0, at.start - 160);
  const found = FRONTED.exec(text.slice(from, at.start));
  const phrase = found?.[1];
  if (!found || !phrase) return null;
  const lower = wordsOf(phrase).map(bareWord);
  const stop = lower.findIndex((w) => HEAD_END.test(w));
  const head = stop < 0 ? lower.length : stop;
  const endsInRole = lower.slice(0, head).some((_, i) => i + (roleAt(lower, i)?.[1] ?? 0) === head);
  if (!endsInRole) return null;
  const start = from + found.index + found[0].indexOf(phrase, found[0].indexOf('As') + 2);
  return { block: at.block, start, end: start + phrase.length };
}
