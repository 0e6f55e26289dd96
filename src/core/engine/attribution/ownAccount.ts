import { POSTING_PLATFORMS } from '../lexicon/postingPlatforms';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/**
 * A name in the possessive, then perhaps "official", "personal" or "own", perhaps a platform, then the word for a
 * page or an account, ending the speaker words: "Mofaz's official Facebook page ". Group 1 is the owner's name, group 2
 * the platform.
 */
const OWN_ACCOUNT_END =
  /(?:^|\s)(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s?\s+(?:(?:official|personal|own|verified)\s+)?(?:(\p{Lu}\p{L}+)\s+)?(?:page|account|wall|profile|feed|channel)\s*,?\s*$/u;

/**
 * The person whose own page or account the speaker words [from, end) of a block end on: `For example, on March 3,
 * Mofaz's official Facebook page posted:` (gv-israel-mofaz-derided-unity-government-2012-05-09). What a person's own
 * account posts is that person's word, as a statement their office issues is (the gold accepts the person); the
 * page itself names no one else. Only the one person the text knows by the possessive's name, and only a
 * platform `POSTING_PLATFORMS` knows (or none); null otherwise (a body's page stays with the readers that read bodies).
 */
export function ownAccountHolder(reader: SubjectReader, block: number, from: number, end: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const m = OWN_ACCOUNT_END.exec(text.slice(from, end));
  if (!m?.[1] || (m[2] !== undefined && !POSTING_PLATFORMS.has(m[2]))) return null;
  const ownerStart = from + m.index + m[0].indexOf(m[1]);
  // The name pass reads the possessive with its noun as someone unnamed ("Mofaz's official"): the owner is the one
  // person the text knows by that name's last word.
  const bearers = reader.mentions.surnameBearers(m[1].split(/\s+/).at(-1) ?? '').filter((e) => e.type === 'person' && e.name.endsWith(m[1] ?? ''));
  const owner = bearers.length === 1 ? bearers[0] : undefined;
  if (!owner) return null;
  return { ref: { block, start: ownerStart, end: ownerStart + m[1].length }, entity: owner, resolution: 'name', antecedent: null };
}
