import { KIN_NOUNS } from '../lexicon/kinNouns';
import { PROXY_NOUNS } from '../lexicon/proxyNouns';

/** A determiner or a possessive opening a description of someone: "a", "the", "his", "Biden's". */
const DETERMINER = String.raw`(?:a|an|the|one|another|his|her|their|its|\p{Lu}[\p{L}.'’-]*['’]s?)`;
/** A description ending in a noun and the preposition that ties it to someone: "a niece of ", "a spokesman for ". */
const RELATION = new RegExp(String.raw`(?:^|[\s;:—–(])(${DETERMINER}\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{L}-]*))\s+(?:of|for|to)\s+`, 'giu');
/** Words that may stand between the preposition and a name as its title: "President ", "the late ", "former ". */
const TITLE_GAP = /^(?:(?:\p{Lu}[\p{L}.'’-]*|the|former|late|then)\s+){0,5}$/u;
/** Any words without a clause's punctuation, for a relative's description: "of Biden's 2008 US Senate opponent ". */
const ANY_GAP = /^[^,;:"“”()]{0,80}$/u;

/**
 * Where a description of someone's relative or representative starts in `text` when it ends right before a person's
 * name at `nameStart` (UTF-16 offsets, looked for from `from`): "a spokesman for West claimed …", "a woman, a niece of
 * Biden's 2008 US Senate opponent Christine O'Donnell, who claimed …" (Wikinews, On the campaign trail, May 2020).
 * The name is the preposition's object, not the cue's subject: the relative or representative speaks (AP style names
 * such a source by the description; docs/annotation-guide.md counts "Foke's spokesman" as an anonymous source). A
 * relative may be tied to the name through a description of its own ("of Biden's … opponent"); a representative only
 * through a title. Null when the words before the name are no such description.
 */
export function relationBefore(text: string, from: number, nameStart: number): number | null {
  const words = text.slice(from, nameStart);
  for (const m of words.matchAll(RELATION)) {
    const noun = (m[2] ?? '').toLowerCase();
    const gap = words.slice(m.index + m[0].length);
    const kin = KIN_NOUNS.has(noun);
    if (!(kin || PROXY_NOUNS.has(noun)) || !(kin ? ANY_GAP : TITLE_GAP).test(gap)) continue;
    return from + m.index + m[0].indexOf(m[1] ?? '');
  }
  return null;
}
