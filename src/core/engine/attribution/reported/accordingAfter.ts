/**
 * "News media have reported that dozens of journalists have been arrested in Iran, according to Amnesty International
 * …" (wikinews-amnesty-international-iran-free-journalists-2009-06-28), "Lage … said that Castro sends the Bolivian
 * people "fraternal greetings" according to Cuban press agency Prensa Latina" (wikinews-castro-recovering-following-
 * surgery-2006-08-06): an "according to" after a cue verb's content names the source that reported the report, or the
 * source of the next clause; it is no part of what the cue's speaker said. The development golds end such content before
 * it eleven times in twelve (English Wikinews, Global Voices, NASA).
 */
const ACCORDING = /,?\s+according\s+to\s/giu;

/**
 * Where reported content [start, stop) ends because an "according to" follows it (UTF-16 offsets into the block's text):
 * before the comma or space that leads to it, once the content before has at least three words. `inQuote` tells whether
 * an offset falls inside a direct quote, whose words are the speaker's whatever they hold. `stop` when there is none.
 */
export function beforeAccordingTo(text: string, start: number, stop: number, inQuote: (at: number) => boolean): number {
  const content = text.slice(start, stop);
  for (const m of content.matchAll(ACCORDING)) {
    if (inQuote(start + m.index) || content.slice(0, m.index).split(/\s+/).filter(Boolean).length < 3) continue;
    return start + m.index;
  }
  return stop;
}
