import { ACCORDANCE_NOUNS } from '../../lexicon/accordanceNouns';
import type { ReportedCase } from './reported';

/**
 * "Per the decree signed by the leader of Roman Catholic Christianity, priests and nuns … are expected to notify …", "Per
 * numbers reported by The Associated Press, 415 thousand priests …" (wikinews-pope-francis-instructs-reporting-sexual-abuse-2019-05-12):
 * "per" opening a sentence means "according to" (Merriam-Webster, "per", sense 3). Only before a determiner, a name or a
 * noun that a report's verb follows, or bare reports ("Per reports, the sources said he died within two years before …",
 * wikinews-trump-says-hamza-bin-laden-killed-2019-09-17), so that "Per capita income rose …" and "Per year, …" name no
 * source. Not before a
 * possessive or a noun of accordance: "Per his wishes, Smith was buried …", "Per the rules, each team must …" say what
 * a wish or a rule requires (`ACCORDANCE_NOUNS`).
 */
const LEADING_PER =
  /^Per\s+(?!(?:[Cc]apita|[Cc]ent|[Ss]e|[Aa]nnum|[Dd]iem)\b)(?=(?:the|a|an|this|these|those)\s+(?:(\p{Ll}+)|\p{Lu})|\p{Lu}|\p{Ll}+\s+(?:reported|released|published|issued|compiled|provided)\s+by\s|(?:(?:news|media|press|local|initial|early)\s+)?reports\b)/u;

/**
 * "Per" as "according to" opening the sentence at `range.start`; null when it is no such "per": before a noun of
 * accordance, or as the first name of a person the name pass took ("Per Nilsson, a spokesman for the company, said …").
 */
export function leadingPer(c: ReportedCase): RegExpExecArray | null {
  const m = LEADING_PER.exec(c.text.slice(c.range.start, c.range.end));
  if (!m || (m[1] !== undefined && ACCORDANCE_NOUNS.has(m[1]))) return null;
  const named = c.cues.mentions
    .between(c.block, c.range.start, c.range.start + 3)
    .some((n) => n.start === c.range.start + m.index && n.entity.type === 'person');
  return named ? null : m;
}
