import type { MentionIndex } from './mentions';
import type { Referent } from './types';

/** The nouns of a town's kind a bare "the city" may be written with. */
const TOWN_NOUNS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/** "the US city of White Plains", "the town of Paradise": a town's kind noun, "of" and its name (one to three capitalised words). */
const TOWN_OF = /\b(city|town|village)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;

/**
 * "On Monday, a water main broke in the US city of White Plains, New York … The city estimated by 9 pm, there would be
 * enough pressure" (wikinews-water-main-bursts-white-plains-2020-08-13): a bare "the city" that speaks is the town the
 * text introduced as "the city of …", speaking as its government (the gold names it by the place, `docs/annotation-
 * guide.md`: "a place that speaks as its government"). `head` is the role phrase's noun; the text before offset `at` of
 * block `block` is read. Only where the text so introduced one town of that kind, found as a place: none or several
 * say nothing (null), and so does a town named only otherwise, and "the city" after a word that makes it a place
 * phrase's.
 */
export function cityNamedBefore(
  head: string,
  { block, at, texts }: { block: number; at: number; texts: ReadonlyArray<string> },
  mentions: MentionIndex,
): Referent | null {
  // "Fire officials in the city said" (wikinews-japan-nuclear-crisis-chernobyl-level-aftershock-2011-04-11): "the city"
  // after a word is where the speaker is, not who; only one opening its sentence or clause speaks.
  const opening = /(?:^|[.!?]["”’]?\s+|[,;:]\s+|\b(?:and|but|that|while)\s+)$/u.test((texts[block] ?? '').slice(Math.max(0, at - 12), at));
  if (!TOWN_NOUNS.has(head) || !opening) return null;
  const named = new Set<string>();
  for (let b = 0; b <= block && b < texts.length; b++) {
    const text = b === block ? (texts[b] ?? '').slice(0, at) : (texts[b] ?? '');
    for (const m of text.matchAll(TOWN_OF)) if (m[1] === head && m[2]) named.add(m[2]);
  }
  const [only] = named;
  if (named.size !== 1 || !only) return null;
  return mentions.latest((e) => e.type === 'place' && (e.name === only || only.startsWith(`${e.name} `)), block, at);
}
