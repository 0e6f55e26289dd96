import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';

/**
 * The words that introduce a name as a reader's or a user's signature, right before it: "Commenting on the Zambian
 * Watchdog, Mambwe wrote:" (the sentence's opening clause, then the writing verb after the name), "Net user
 * ID:Doctor K wrote", "A reader signing himself as It’s a worry, wrote:" (Global Voices, Zambia and South Korea, May 2012).
 */
const SIGNATURE_BEFORE = /(?:\buser\s+ID\s*:\s*|\bsigning\s+(?:himself|herself|themselves|themself)\s+(?:as\s+)?)$/u;
const COMMENTING_BEFORE = /(?:^|[.!?]["”]?\s+)Commenting\s+on\s+[^.;:!?"“”]{1,80},\s+$/u;
const WRITES_AFTER = /^,?\s+(?:wrote|writes)\b/u;

/**
 * A speaker the entity finder took for an organisation ("Solicitor", "Mambwe", "Doctor K") that the text introduces
 * as a commenter or a site's user signing their words: one person speaking for themself, a citizen
 * (`docs/annotation-guide.md`, "Sources": "a social-media user in a round-up of reactions"). "Commenting on the
 * report, Amnesty International said" names a body that speaks, not one that writes under a signature: the commenting
 * clause counts only before "wrote" or "writes". The introducing words and the mention as evidence (UTF-16 offsets,
 * half-open), or null.
 */
export function commenterType(texts: ReadonlyArray<string>, speaker: FoundEntity): { type: 'citizen'; evidence: Located } | null {
  for (const m of speaker.mentions) {
    const text = texts[m.block] ?? '';
    const before = text.slice(Math.max(0, m.start - 120), m.start);
    const signed = SIGNATURE_BEFORE.exec(before) ?? (WRITES_AFTER.test(text.slice(m.end, m.end + 12)) ? COMMENTING_BEFORE.exec(before) : null);
    if (signed) return { type: 'citizen', evidence: { ...m, start: m.start - signed[0].replace(/^[.!?]["”]?\s+/u, '').length } };
  }
  return null;
}
