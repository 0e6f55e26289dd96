import type { FoundEntity } from '../entities/types';
import type { FoundQuote, Located } from '../attribution/types';

/** A third-person singular pronoun, the only kind of gender evidence a speaker's own words can wrongly give them. */
const PRONOUN = /^(?:he|him|his|she|her)$/i;

/**
 * Whether the words at `at` (UTF-16 offsets, half-open, in block `at.block`) are a he or she written in `entity`'s own
 * words: inside a direct quote they are given, or anywhere in a block quotation of theirs (a direct quote opening the
 * block with no mark, which the reported speech read inside it may have cut short). A speaker says "I" of themself, so
 * a he or she in their own words is someone they speak of ("Larry Smith at Bahama Pundit commented: … Ingraham's
 * retirement … came only one day after he asked …", gv-bahamas-bloggers-election-results-2012-05-09; "Joseph Dana
 * wrote …: Mr Adnan’s story is emblematic … He claims to have been beaten …", gv-palestine-prisoners-mass-hunger-
 * strike-2012-05-02). Reported speech is not such a quote: in "Smith said he would resign" the he is most often the
 * speaker. `texts` are the article's blocks; `quotes` every quote found.
 */
export function inOwnQuotedWords(texts: ReadonlyArray<string>, quotes: ReadonlyArray<FoundQuote>, entity: FoundEntity, at: Located | null): boolean {
  if (!at || !PRONOUN.test((texts[at.block] ?? '').slice(at.start, at.end))) return false;
  return quotes.some((q) => q.kind === 'direct' && q.speaker === entity && q.block === at.block && (q.start === 0 || (q.start <= at.start && at.end <= q.end)));
}
