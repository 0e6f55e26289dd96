import type { FoundQuote } from '../types';
import { sentenceBefore, type DirectCase } from './direct';

/**
 * Whether the sentence right before a quote, after the paragraph's last attributed quote `last`, opens on a person
 * named there other than that quote's speaker: `… Matthew Miller described it as "completely inappropriate" …. Deputy
 * White House Press Secretary Sarah Huckabee Sanders disagreed with Miller's assessment. "I don't see it as a conflict
 * of interest …"` (AMALGUM_news_comey, English Wikinews 2017). A sentence that makes someone new its subject hands the
 * floor to them (AP Stylebook, "quotations": a quote follows the speaker the text has just named), so the quote after
 * it no longer goes on in the earlier speaker's words. The sentence must quote nothing and come wholly after `last`.
 */
export function newSubjectBefore(c: DirectCase, last: FoundQuote): boolean {
  const { block, text, cues } = c;
  const before = sentenceBefore(c);
  if (!before || last.end > before.start || /["“”]/.test(text.slice(before.start, before.end))) return false;
  const first = cues.mentions.between(block, before.start, before.end)[0];
  if (first?.entity.type !== 'person' || first.entity === last.speaker) return false;
  return /^\s*$/.test(text.slice(before.start, first.start));
}
