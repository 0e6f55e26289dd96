import type { MentionIndex } from './mentions';
import type { Subject } from './types';

/**
 * Capitalised words, which short lower-case words may join ("Notes from Poland"), then an acronym in parentheses. Group 1
 * is the name, group 2 the acronym.
 */
const NAME_THEN_ACRONYM =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|from|on|in|the|and|de|du|la|le|el|y)\s+)*\p{Lu}[\p{L}'’.-]*){0,7})\s+\((\p{Lu}[\p{Lu}\d&]{1,9})\)/u;

/** The first letters of a name's words, upper case: "Notes from Poland" → "NFP". */
const initials = (name: string): string =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();

/**
 * The organisation a name the name pass left out stands for when the acronym after it in parentheses is that
 * organisation's mention and spells the name's initials: "According to Notes from Poland (NFP), some discount stores
 * resorted to offer postal services" (wikinews-tesco-sells-polish-branch-salling-group-2020-06-21) is NFP's. The
 * parenthesis glosses the name (AP Stylebook, "abbreviations and acronyms": the full name first, the acronym after it),
 * so both are one body. `rest` is the block from `at` on; the subject runs to the closing parenthesis. Null otherwise.
 */
export function acronymGloss(rest: string, block: number, at: number, mentions: MentionIndex): Subject | null {
  const found = NAME_THEN_ACRONYM.exec(rest);
  const name = found?.[1];
  const acronym = found?.[2];
  if (!found || !name || !acronym || initials(name) !== acronym) return null;
  const start = at + found[0].length - acronym.length - 1;
  const mention = mentions.between(block, start, start + 1).find((m) => m.start === start && m.end === start + acronym.length);
  if (mention?.entity.type !== 'organization') return null;
  return { ref: { block, start: at, end: at + found[0].length }, entity: mention.entity, resolution: 'name', antecedent: null };
}
