import { ORG_HEADS } from '../lexicon/orgHeads';
import { TITLE_WORDS } from './lookups';

/**
 * "the Department of Justice said", "the Ministry of Justice", "the United States Department of Justice", "the European
 * Court of Justice", "the Office of the President": a run whose last word is a title word after "of" (or "of the"), with
 * an organisation's head word (`orgHeads.ts`) right before that "of", names the body, not a title waiting for its
 * bearer's name: the title word is the body's field or its head's office. Without this the run was dropped as a title,
 * and "the Department of Justice said" went to another department the article named (a confident wrong speaker). A run
 * opening with a title stays a title ("Minister of Justice", "President of the Court of Justice"). `words` are the
 * run's words.
 */
export function titleClosesBodyName(words: ReadonlyArray<string>): boolean {
  const n = words.length;
  if (n < 3 || TITLE_WORDS.has(words[0] ?? '') || !TITLE_WORDS.has(words[n - 1] ?? '')) return false;
  const of = words[n - 2] === 'the' ? n - 3 : n - 2;
  return words[of] === 'of' && ORG_HEADS.has(words[of - 1] ?? '');
}
