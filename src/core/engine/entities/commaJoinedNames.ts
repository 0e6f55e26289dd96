import { ORG_HEADS } from '../lexicon/orgHeads';
import type { NameGroup } from './nameGroups';

/** What may stand between two parts of one organisation's name: a comma, "and", or both. */
const GAP = /^(?:,\s|\sand\s|,\sand\s|\s&\s)$/;

/** The acronym in parentheses right after a run: " (IEDCR)". */
const ACRONYM_AFTER = /^\s\(([A-Z][A-Z&]{2,11})\)/;

/** Whether a word heads an organisation's name (`orgHeads.ts`), or a centre's. */
const orgHead = (word: string) => ORG_HEADS.has(word) || word === 'Centre' || word === 'Center';

/** The initials of a run's capitalised words: "Institute of Epidemiology" → "IE". */
const initials = (words: ReadonlyArray<string>) =>
  words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');

/**
 * "Bangladesh's Institute of Epidemiology, Disease Control and Research (IEDCR) reported" (English Wikinews, 2020): an
 * organisation whose name lists its fields with commas is cut by them into runs. Consecutive runs that only commas and
 * "and" part, at least one a comma, are one run when the acronym in parentheses after the last spells the initials of
 * all their capitalised words and one of the words heads an organisation's name ("Institute", "Organization"), and only
 * then: a list of several names ("France, Germany and Italy (EU)") spells no such acronym, and a list of the people an
 * acronym stands for ("the Lesbian, Gay, Bisexual and Transgender (LGBT) Pride") names no body. Other runs are kept as
 * they are. `text` is the block's text, which the groups' offsets (UTF-16 code units) are in; the joined run spans
 * [first start, last end) and holds the words of all.
 */
export function joinAcronymSpelledNames(text: string, groups: ReadonlyArray<NameGroup>): Array<NameGroup> {
  const out: Array<NameGroup> = [];
  for (let i = 0; i < groups.length; i++) {
    const first = groups[i];
    if (!first) continue;
    let joined: NameGroup | null = null;
    let comma = false;
    for (let j = i + 1; j < groups.length; j++) {
      const before = groups[j - 1];
      const next = groups[j];
      if (!before || !next) break;
      const gap = text.slice(before.end, next.start);
      if (!GAP.test(gap)) break;
      comma ||= gap.startsWith(',');
      const acronym = ACRONYM_AFTER.exec(text.slice(next.end))?.[1];
      const words = groups.slice(i, j + 1).flatMap((g) => g.words);
      if (comma && acronym?.replace(/&/g, '') === initials(words) && words.some(orgHead)) {
        joined = { start: first.start, end: next.end, words, sentenceStart: first.sentenceStart };
        i = j;
        break;
      }
    }
    out.push(joined ?? first);
  }
  return out;
}
