import type { Subject } from '../types';
import { opensClause } from './clauseStart';
import type { ReportedCase } from './reported';
import { trailingSourceHead } from './trailingSource';

/** Words that open the clause after a source with no comma: a pronoun or a determiner, in lower case. */
const CLAUSE_START = /^\s+(?:he|she|they|it|we|there|the|a|an|this|these|those|his|her|their|its)\s/u;

/** How many words a source written with no comma after it may have. */
const MOST_WORDS = 8;

/**
 * The source of "According to X …" written with no comma after it (`According to Rod 2.0 the bill is the most
 * comprehensive …`, `According to the Arts and Humanities Citation Index Professor Chomsky is the eighth most cited
 * scholar …`), from `at` (UTF-16 offset into the block's text, after "according to"): the shortest run of words that is
 * a capitalised name or a source's description, followed by a clause with a verb of its own that opens with a pronoun or
 * a determiner, or with a name the text knows. Unattributed unless it is a document the text quotes or one name the text
 * knows; null when no such split is found, so the sieve abstains.
 */
export function bareLeadingSource(c: ReportedCase, at: number): { source: Subject; contentStart: number } | null {
  const words = [...c.text.slice(at, c.end).matchAll(/\S+/g)].slice(0, MOST_WORDS + 1);
  for (let n = 1; n < words.length; n++) {
    const word = words[n];
    if (!word) break;
    // A punctuation mark inside the run means it is no bare source: the comma forms are read by the sieve.
    if (/[,;:"“”()]/.test(words[n - 1]?.[0] ?? '')) return null;
    const split = at + word.index;
    const sourceEnd = at + (words[n - 1]?.index ?? 0) + (words[n - 1]?.[0].length ?? 0);
    const named = c.cues.subjectAt(c.block, split);
    const opens = (CLAUSE_START.test(c.text.slice(sourceEnd)) || (named?.entity && named.ref.start === split)) && opensClause(c.text, sourceEnd);
    if (!opens || !trailingSourceHead(c.text.slice(at, sourceEnd))) continue;
    // "According to SpaceX the Falcon 9 can generate …" (wikinews-spacex-test-fires-falcon-9-texas-2008-11-24): a run that
    // is one name the text knows, and nothing more, is that source; a longer run may hold a description and a name.
    const whole = c.cues.subjectAt(c.block, at);
    const source =
      c.cues.documentSource(c.block, at, sourceEnd) ??
      (whole?.entity && whole.resolution === 'name' && whole.ref.end === sourceEnd
        ? whole
        : { ref: { block: c.block, start: at, end: sourceEnd }, entity: null, resolution: 'unattributed' as const, antecedent: null });
    return { source, contentStart: sourceEnd };
  }
  return null;
}
