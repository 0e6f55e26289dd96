import { ACCORDANCE_NOUNS } from '../../lexicon/accordanceNouns';
import { wordCount } from '../../wordCount';

/**
 * "News media have reported that dozens of journalists have been arrested in Iran, according to Amnesty International
 * …" (wikinews-amnesty-international-iran-free-journalists-2009-06-28), "Lage … said that Castro sends the Bolivian
 * people "fraternal greetings" according to Cuban press agency Prensa Latina" (wikinews-castro-recovering-following-
 * surgery-2006-08-06): an "according to" after a cue verb's content names the source that reported the report, or the
 * source of the next clause; it is no part of what the cue's speaker said. The development golds end such content before
 * it eleven times in twelve (English Wikinews, Global Voices, NASA). ", as reported by" names a source the same way:
 * "…, asserting that it will seriously harm the Cambalan river environment, as reported by a Santa Cruz Barillas news
 * portal [es]." (gv-guatemala-state-of-siege-barillas-hydroelectric-2012-05-08); only after a comma, since "was not as
 * reported by the press" says how something was reported.
 */
const ACCORDING = /(?:,?\s+according\s+to|,\s+as\s+reported\s+by)\s/giu;

/**
 * What an "according to" names when it tells a manner, not a source: a plan, a rule, a law or a numbered provision
 * (`ACCORDANCE_NOUNS`): "Officials said the launch went according to plan", "Heidrich stated that Lycos is committing an
 * encroachment of business operation according to Section 823 of the German Civil Code" (WikinewsSum, 2005, fresh). The
 * content goes on through it.
 */
const MANNER = /^(?:(?:the|a|an|its|his|her|their|our|this|that|these|those|same|usual|agreed|new)\s+){0,2}(\p{Ll}+)/u;
const PROVISION = /^(?:Section|Article|Chapter|Rule|Paragraph|Clause|Title)\s+\d/u;

/**
 * "Smith said the new budget, according to treasury figures, would cut the deficit": an aside closed by a comma and
 * followed by the clause's verb sits inside the content.
 */
const ASIDE = /^[^,.;:"“”]{1,60},\s+(?:would|will|is|are|was|were|has|have|had|could|can|may|might|should|must)\b/u;

/** Whether the words after "according to" are a manner or an aside, through which the content goes on. */
const goesOnThrough = (after: string): boolean => PROVISION.test(after) || ASIDE.test(after) || ACCORDANCE_NOUNS.has(MANNER.exec(after)?.[1] ?? '');

/**
 * Where reported content [start, stop) ends because an "according to" follows it (UTF-16 offsets into the block's text):
 * before the comma or space that leads to it, once the content before has at least three words. `inQuote` tells whether
 * an offset falls inside a direct quote, whose words are the speaker's whatever they hold. `stop` when there is none.
 */
export function beforeAccordingTo(text: string, start: number, stop: number, inQuote: (at: number) => boolean): number {
  const content = text.slice(start, stop);
  for (const m of content.matchAll(ACCORDING)) {
    if (inQuote(start + m.index) || wordCount(content, { start: 0, end: m.index }) < 3) continue;
    if (goesOnThrough(text.slice(start + m.index + m[0].length, start + m.index + m[0].length + 80))) continue;
    return start + m.index;
  }
  return stop;
}
