/**
 * How many words a text to analyse holds when it is long enough to keep the analysis busy for a while, else null.
 * Measured on this machine: real news joined into one text takes seconds per 100 KB, so a paste of several articles
 * (40,000 words and up, some 250 KB) takes a minute or more, and a reader should know before pressing Analyze.
 */
export function longTextWords(text: string): number | null {
  if (text.length < 250_000) return null;
  const words = text.match(/\S+/g)?.length ?? 0;
  return words >= 40_000 ? words : null;
}
