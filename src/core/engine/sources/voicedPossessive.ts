import { LANGUAGE_TAG } from '../languageTag';
import type { Gender } from '../attribution/gender';
import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { closesOtherPhrase } from './ownVerbPronoun';

/**
 * " [id], voices his concern", " expressed her sadness", " tweeted her contempt": a verb of voicing a feeling or a view
 * right after a name, past a language tag, and at once a his or her: the voiced feeling is the speaker's own.
 */
const VOICES_OWN = new RegExp(
  String.raw`^(?:\s*${LANGUAGE_TAG})?,?\s+(?:also\s+)?(?:express(?:es|ed)|voice[sd]?|tweet(?:s|ed)|shar(?:es|ed))\s+(his|her)(?=\s+\p{L})`,
  'u',
);

/**
 * The gender the his or her of a feeling or a view a speaker voices right after their name states ("Blogger happydsf
 * [id], voices his concern:", "On Twitter, @supinya expressed her sadness:", "A Yemeni journalist and poet who goes by
 * the name Sana2 Al-Yemen tweeted her contempt:", Global Voices, May 2012): the name is the verb's subject, and the
 * voiced feeling its own (`docs/annotation-guide.md`, "Gender": a pronoun that refers to them). A body voices its view
 * with "its", so this also makes a speaker the entity finder took for an organisation one person. Not where the name
 * closes a phrase of another head ("a friend of Smith expressed his", `closesOtherPhrase`). Where the possessive is
 * written (UTF-16 offsets, half-open), or null; every mention that states one must agree.
 */
export function voicedPossessive(texts: ReadonlyArray<string>, speaker: FoundEntity): { gender: Gender; evidence: Located } | null {
  let found: { gender: Gender; evidence: Located } | null = null;
  for (const m of speaker.mentions) {
    const text = texts[m.block] ?? '';
    if (closesOtherPhrase(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    const voiced = VOICES_OWN.exec(text.slice(m.end, m.end + 80));
    const pronoun = voiced?.[1];
    if (!voiced || !pronoun) continue;
    const gender: Gender = pronoun === 'his' ? 'male' : 'female';
    if (found && found.gender !== gender) return null;
    const start = m.end + voiced[0].length - pronoun.length;
    found ??= { gender, evidence: { block: m.block, start, end: start + pronoun.length } };
  }
  return found;
}
