import type { Located } from '../attribution/types';
import { PARTY_LABELS } from '../lexicon/partyLabels';
import { PARTY_MEMBERS } from '../lexicon/partyMembers';

/** A party's label right before a name, perhaps set off by a comma: "Republican ", "a Republican, ", "Republicans ". */
const LABEL = new RegExp(String.raw`(?<![\p{L}-])(?:${[...PARTY_LABELS, ...PARTY_MEMBERS].join('|')}),?\s+$`, 'u');

/**
 * "Republican John McCain of Arizona called this …", "Democrat Chuck Schumer of New York said", "a Republican, Mark
 * Amodei, has publicly voiced support for the impeachment inquiry" (wikinews-house-subpoenas-pompeo-as-ukraine-envoy-
 * resigns-2019-09-30): a politician the text names by their party, as American news names members of Congress, holds
 * public office, an official (every such speaker in the development half's golds is one). Read only where no role
 * word says more (`sourceTypes.ts`): "Republican strategist" is a strategist, "Democratic candidate" a candidate. `text`
 * is the mention's block; the evidence runs from the label to the name's end (UTF-16 offsets, half-open).
 */
export function typeFromPartyLabel(text: string, mention: Located): { type: 'official'; evidence: Located } | null {
  const found = LABEL.exec(text.slice(Math.max(0, mention.start - 16), mention.start));
  return found ? { type: 'official', evidence: { ...mention, start: mention.start - found[0].length } } : null;
}
