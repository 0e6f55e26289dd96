import type { SentenceRange } from '../../../sentences';
import type { Discourse } from '../coreference';
import type { ColonCue } from './colonBlock';
import { MONTH_NAME } from '../../lexicon/monthNames';

/** A date alone before a colon, with the language tag of the posts it labels: "April 5, 2012 [ru]:". */
const DATED = new RegExp(String.raw`^[\s\d,.]*(?:${MONTH_NAME})[\s\d,.]*(?:\[[a-z]{2}\])?\s*:\s*$`);

/**
 * "April 5, 2012 [ru]:": a dated label before a blogger's posts hands on the person the text was about (Global Voices,
 * gv-ukraine-lukyanivska-prison-2012-05-02). `sentence` is the paragraph's last sentence, at `last` (UTF-16 offsets,
 * half-open). Null when the text has named no one yet, undefined when the sentence is no such label.
 */
export function datedLabel(block: number, sentence: string, last: SentenceRange, discourse: Discourse): ColonCue | null | undefined {
  if (!DATED.test(sentence)) return undefined;
  const recent = discourse.recentPerson();
  return recent
    ? {
        subject: { ref: recent.at, entity: recent.entity, resolution: 'continuation', antecedent: recent.at },
        cue: { block, start: last.start, end: last.end },
      }
    : null;
}
