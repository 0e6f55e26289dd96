import { IRREGULAR_PAST } from '../../lexicon/irregularPast';

/** Past forms without -ed that a speaker's next act takes: "…, and spoke with …", "…, and called the demand …". */
const PAST_WITHOUT_ED = [...IRREGULAR_PAST].join('|');

/**
 * ", and discussed …" / "and expressed …": "and" then a past verb with an object. After a comma (or with no comma after
 * an object-noun cue, whose content has no verb to share it) that verb is the speaker's next act, not the content's.
 */
const NEXT_ACT = new RegExp(
  `(,)?\\s+and\\s+(?:then\\s+|also\\s+|later\\s+)?(?:\\p{Ll}{3,}ed|${PAST_WITHOUT_ED})\\s+(?=(?:the|a|an|his|her|their|its|it|them|on|for|to|with|about)\\b|\\p{Ll}{3,})`,
  'gu',
);

/** An auxiliary in the content ("had seized the town, and killed …") may share its participle with the verb after "and". */
const AUXILIARY = /\b(?:had|has|have|would|will|could|should|must|may|might|can|to)\b/;

/**
 * Where reported content [start, stop) (UTF-16 offsets, half-open) ends before the speaker's next act: `said that
 * she was humbled by the recognition, and discussed social problems …` ends before ", and discussed", and `thanked
 * the President for his call and expressed his support …` before "and expressed". The AP's stacked-verb sentences
 * report one act per verb; a past verb joined after an auxiliary stays in the content. `objectCue`: the cue verb's
 * object is the content ("thanked", "praised"). Returns `stop` when no such act follows.
 */
export function beforeNextAct(text: string, start: number, stop: number, objectCue: boolean): number {
  const content = text.slice(start, stop);
  for (const m of content.matchAll(NEXT_ACT)) {
    if (!m[1] && !objectCue) continue;
    if (!objectCue && AUXILIARY.test(content.slice(0, m.index))) continue;
    const before = content.slice(0, m.index);
    const open = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
    if (!open) return start + m.index;
  }
  return stop;
}
