import type { FoundQuote } from './types';

/**
 * What an authority declares as an act, not as words: a state of emergency, a pandemic, war, days of mourning, a
 * curfew (`Governor Ron DeSantis declared a state of emergency in anticipation of Dorian`).
 */
const DECLARED_STATE =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:state\s+of\s+(?:emergency|disaster|calamity|siege|alarm|war)|(?:national\s+|public\s+health\s+|health\s+|climate\s+)?emergency|pandemic|epidemic|war|martial\s+law|curfew|lockdown|cease-?fire|truce|independence|bankruptcy|(?:\p{L}+\s+)?days?\s+of\s+(?:national\s+)?mourning|(?:national\s+|public\s+)?holiday)\b/iu;

/**
 * What someone is denied when `deny` means refuse, not gainsay: funding, access, bail (`Congress has repeatedly denied
 * funding for such a wall`, `the Court of Appeals repeatedly denied Ampon bail`), at most a name or pronoun before it.
 */
const REFUSED =
  /^(?:(?:\p{Lu}[\p{L}'’-]*|him|her|them|us|me|it)\s+)?(?:(?:any|the|further|federal|his|her|their|its)\s+)?(?:funding|funds|access|entry|bail|permission|visas?|asylum|parole|admission|permits?|licen[cs]es?|tenure|membership|boarding|passage)\b/u;

/**
 * Whether a reported quote is an act told with a speech verb, which docs/annotation-guide.md counts at most as
 * `optional` ("Court orders … and so are other orders told as acts"): a declared state of emergency, a refused
 * permit. Reading it as speech finds a quote that is no gold's. `text` is the quote's paragraph; the cue must end in
 * `declare` or `deny`.
 */
export function declaredAct(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !quote.cue || quote.cue.block !== quote.block) return false;
  const verb = /\b(declar|den[iy])\w*\s*$/iu.exec(text.slice(quote.cue.start, quote.cue.end))?.[1]?.toLowerCase();
  const content = text.slice(quote.start, quote.end);
  if (verb === 'declar') return DECLARED_STATE.test(content);
  return verb !== undefined && REFUSED.test(content);
}
