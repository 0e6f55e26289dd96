import { governs } from './phraseType';
import { AGENCY_UNIT_HEADS } from '../lexicon/agencyUnitHeads';

/** A capitalised word, perhaps in the possessive: "Department", "State’s", "OSTP", "Government-wide". */
const WORD = String.raw`\p{Lu}[\p{L}\p{N}&.-]*(?:['’]s)?`;
/** Capitalised words and the small words that join them: "Department of State’s Humanitarian Information Unit". */
const RUN = String.raw`${WORD}(?:\s+(?:(?:of|for|and|on|the|&)\s+)*${WORD})*`;
/** A name, then its initials in brackets (group 2): "Federal Student Aid (FSA)". */
const GLOSS = new RegExp(String.raw`(${RUN})\s+\((\p{Lu}[\p{Lu}&]{1,9})\)`, 'gu');
/**
 * A body in the possessive, perhaps its initials, then a unit's name (group 2): "General Services Administration Office
 * of Government-wide Policy’s (OGP) Identity Assurance and Trusted Access Division".
 */
const UNIT = new RegExp(String.raw`(${RUN})['’]s\s+(?:\(\p{Lu}+\)\s+)?(${RUN})`, 'gu');
/** Initials standing alone: "FSA", "HIU". */
const INITIALS = /\b\p{Lu}{2,6}\b/gu;

/** Whether capitalised words hold a government's word or its seat: "Federal Student Aid", "OSTP White House". */
const governmental = (run: string) => /\bWhite House\b/.test(run) || run.split(/\s+/).some((w) => governs(w.replace(/['’]s$/, '')));

/** Capitalised runs of text: "Federal Student Aid Facebook". */
const RUNS = new RegExp(RUN, 'gu');
/** The small words that join a name's words, which its initials skip. */
const JOINER = /^(?:of|for|and|on|the|&)$/;

/**
 * The initials of each stretch of two words or more of a capitalised run that holds a government word, as one name
 * spells them: "Federal Student Aid Facebook" gives "FS", "FSA", "FSAF" and "SA", "SAF", "AF" where "Federal" is in the
 * stretch. Only words in lower case after their capital count ("FAFSA" is none).
 */
function governmentInitials(run: string): Array<string> {
  const words = run
    .split(/\s+/)
    .filter((w) => !JOINER.test(w))
    .map((w) => w.replace(/['’]s$/, ''));
  const spelled: Array<string> = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 2; j <= words.length && words.slice(i, j).every((w) => /^\p{Lu}[\p{Ll}\p{N}-]+$/u.test(w)); j++)
      if (words.slice(i, j).some(governs))
        spelled.push(
          words
            .slice(i, j)
            .map((w) => w.charAt(0))
            .join(''),
        );
  return spelled;
}

/**
 * The bodies an article places in a government, by words a government body's name does not itself hold (lower-case
 * initials and unit names as written): initials glossing a name that holds a government word ("the Department of
 * State’s Humanitarian Information Unit (HIU)", "Small Business Administration (SBA)"), initials whose letters spell
 * such a name written elsewhere in the article ("Federal Student Aid" and "FSA",
 * usgov-gsa-social-media-customer-service-agencies-2015-04-24), and a unit a government body owns ("… Office of
 * Government-wide Policy’s (OGP) Identity Assurance and Trusted Access Division", usgov-gsa-idmanagement-zero-trust-
 * refresh-2023-10-02). `agencyStaff.ts` reads a post in one as a government's.
 */
export function articleAgencies(texts: ReadonlyArray<string>): ReadonlySet<string> {
  const agencies = new Set<string>();
  const text = texts.join('\n');
  for (const [, name, initials] of text.matchAll(GLOSS)) if (name && initials && governmental(name)) agencies.add(initials.toLowerCase());
  for (const [, owner, unit] of text.matchAll(UNIT)) {
    const head = unit?.split(/\s+/).at(-1) ?? '';
    if (owner && unit && AGENCY_UNIT_HEADS.has(head) && governmental(owner)) agencies.add(unit);
  }
  const initials = new Set([...text.matchAll(INITIALS)].map(([found]) => found));
  for (const [run] of text.matchAll(RUNS)) for (const spelled of governmentInitials(run)) if (initials.has(spelled)) agencies.add(spelled.toLowerCase());
  return agencies;
}
