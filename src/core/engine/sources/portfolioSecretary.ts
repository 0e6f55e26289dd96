import { PORTFOLIOS } from '../lexicon/portfolios';

/** The portfolios in lower case, as a secretary's may be written in running text ("defense secretary"). */
const LOWER_PORTFOLIOS: ReadonlySet<string> = new Set([...PORTFOLIOS].map((p) => p.toLowerCase()));

/**
 * Whether the secretary at words `from`–`to` of a phrase is named by the government portfolio right before it, in
 * any case: "Defense secretary Michael Fallon" (wikinews-labour-grabs-poll-lead-uk-general-election-2015-04-10), "the deputy assistant
 * defense secretary" (wikinews-bush-rehearsed-teleconference-us-troops-iraq-2005-10-14), "US Homeland Security secretary"
 * (wikinews-swine-flu-cases-worldwide-top-1000-2009-05-04). A minister's office, as "Commerce Secretary" capitalised is; "press secretary", "the party's
 * general secretary" name no portfolio. Words as `wordsOf` splits them.
 */
export function holdsPortfolio(words: ReadonlyArray<string>, from: number, to: number): boolean {
  if (
    words
      .slice(from, to)
      .join(' ')
      .toLowerCase()
      .replace(/[,;:]$/, '') !== 'secretary'
  )
    return false;
  const one = (words[from - 1] ?? '').toLowerCase();
  const two = `${(words[from - 2] ?? '').toLowerCase()} ${one}`;
  return LOWER_PORTFOLIOS.has(one) || LOWER_PORTFOLIOS.has(two);
}
