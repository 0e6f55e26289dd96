import { CHANT_WORDS } from '../../lexicon/chantWords';
import type { FoundQuote, SieveName } from '../types';
import { attributeCase, type DirectCase } from './direct';

/**
 * `"My son is at the strike …," she explained, although she interrupts herself often to join the chants her companions
 * make to the cars that get impatient with the protest: "Don't look at us, join us!"` (gv-spain-indignados-15m-barcelona-
 * 2012-05-16): a chant or slogan named between a cue and the next quote makes the quote what a crowd chants, not the
 * words of the one the cue named. The crowd is described, not named, so the quote is left to nobody
 * (docs/annotation-guide.md: a speaker the text does not name is no speaker). `between` starts at `from` of the case's
 * block; null when it names no chant.
 */
export function chantedQuote(c: DirectCase, between: string, from: number, sieve: SieveName): FoundQuote | null {
  const word = [...between.matchAll(/\p{L}+/gu)].find((m) => CHANT_WORDS.has(m[0].toLowerCase()));
  if (!word) return null;
  const ref = { block: c.block, start: from + word.index, end: from + word.index + word[0].length };
  return attributeCase(c, { ref, entity: null, resolution: 'unattributed', antecedent: null }, ref, sieve);
}
