import { MANNER_THAT_VERBS } from '../../lexicon/mannerThatVerbs';
import { hasClause } from './notACue';

/**
 * Whether a verb that otherwise cues only a quotation (`lower`, lower case) reports the that-clause the words `after` it
 * open (`lexicon/mannerThatVerbs.ts`): "retorted that he believes …", "tweeted that many were also questioning …". Only
 * "that" and a clause with a verb of its own: "posted that photo" has a determiner's "that" and no clause.
 */
export const saysThatInManner = (lower: string, after: string): boolean =>
  MANNER_THAT_VERBS.has(lower) && /^\s+that\s/.test(after) && hasClause(after.slice(0, 200));
