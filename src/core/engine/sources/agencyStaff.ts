import { isFormerWord } from './formerRole';
import { governs } from './phraseType';
import { bareWord, roleAt, wordsOf } from './roles';
import { namesWorkBack } from './unitWork';
import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';
import { AGENCY_STAFF_ROLES } from '../lexicon/agencyStaffRoles';
import { FEDERAL_UNITS } from '../lexicon/federalUnits';

/**
 * ", Digital Engagement Strategist for FSA,", ", the director of the Identity Assurance and Trusted Access Division,",
 * ", Special Assistant in the Office of Innovation at Peace Corps.": the appositive after a name, up to a mark, a
 * relative clause, which opens none, or the verb of saying that an unclosed appositive runs into (", the site’s lead
 * developer said it was a joy", usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03); a dot inside a word
 * ("USA.gov") goes on.
 */
const APPOSITIVE =
  /^,\s+(?!(?:who|whose|which|that|where|when)\b)((?:[^,;:.()"“”]|\.(?=\p{L})){2,160}?)(?=\s*[,;:()"“”]|\.(?!\p{L})|\s+(?:who|which|that|said|says)\b|$)/u;
/**
 * "OSTP White House Leadership Development Fellow Dr. ", "18F Developer ": capitalised words right before a name,
 * perhaps a doctor's title.
 */
const TITLE = /((?:(?:\p{Lu}|\p{N}+\p{Lu})[\p{L}.&-]*\s+){2,8})(?:Dr\.?\s+)?$/u;
/** Capitalised words before a title the mention holds: "18F " before "Developer". */
const LEAD = /(?:(?:\p{Lu}|\p{N}+\p{Lu})[\p{L}.&-]*\s+){1,7}$/u;
/**
 * "18F visual and UX designer ": a sentence that opens on a body's name and names the post before the name in lower
 * case; `typeFromAgencyStaff` asks that the opening word be the body (usgov-gsa-18f-moveforward-digital-services-
 * flash-mob-2015-05-11).
 */
const OPENING_TITLE = /(?:^|[.!?]["”’]?\s+)((?:\p{Lu}|\p{N}+\p{Lu})[\p{L}\p{N}.&-]*(?:\s+[\p{L}.&-]+){1,5})\s+$/u;
/** Where a role's complement opens: "Strategist | for FSA", "Fellow | in HIU", "Strategist | on the USA.gov marketing team". */
const COMPLEMENT = /^(?:of|for|at|in|with|on)$/;

/**
 * Whether the words `from` on name a government body: a word of one ("EPA", "Corps"), a federal office known by its
 * initials (`lexicon/federalUnits.ts`: "18F", "NIBIB"), a .gov site ("USA.gov"), the White House, or one the article
 * places in a government (`articleAgencies.ts`).
 */
function namesAgency(words: ReadonlyArray<string>, from: number, agencies: ReadonlySet<string>): boolean {
  const rest = words.slice(from);
  const joined = rest.join(' ');
  return (
    /\bWhite House\b/.test(joined) ||
    [...agencies].some((name) => name.includes(' ') && joined.includes(name)) ||
    rest.some((w) => {
      const bare = w.replace(/['’]s$|[,;:]$/g, '');
      const lower = bare.toLowerCase();
      return governs(bare) || agencies.has(lower) || FEDERAL_UNITS.has(lower) || /^\p{Lu}[\p{L}.-]*\.gov$/u.test(bare);
    })
  );
}

/**
 * The posts a phrase's roles name before their complement, as the first role's word, the word after the last (the
 * complement's, or the phrase's end) and whether one is a staff post (`lexicon/agencyStaffRoles.ts`); null where a
 * role is no post (only those staff posts, or an office or a head of `lexicon/heldRoles.ts`: "director", "advisor";
 * no scientist, analyst or spokesman, unless a staff post is joined to it: "lead researcher and designer",
 * usgov-gsa-18f-federalist-platform-launch-2015-09-15) or is called former. Lower-case words as `wordsOf` splits them.
 */
function postsOf(lower: ReadonlyArray<string>): { role: number; end: number; staff: boolean } | null {
  let role = -1;
  let staff = false;
  let learned = false;
  let i = 0;
  while (i < lower.length && !(role >= 0 && COMPLEMENT.test(lower[i] ?? ''))) {
    // "a developer for 18F": a trade no role word lists is a post only as a staff role.
    const found = roleAt(lower, i) ?? (AGENCY_STAFF_ROLES.has(lower[i] ?? '') ? (['expert', 1] as const) : null);
    if (found) {
      const [kind, n] = found;
      const isStaff = kind === 'expert' && n === 1 && AGENCY_STAFF_ROLES.has(lower[i] ?? '');
      if (lower.slice(0, i).some(isFormerWord)) return null;
      // "the lead researcher and designer on the project": a field of learning joined to a staff trade is the post's.
      if (kind === 'expert' && !isStaff) learned = true;
      else if (!(isStaff || kind === 'office' || kind === 'head')) return null;
      staff ||= isStaff;
      if (role < 0) role = i;
      i += n;
    } else i++;
  }
  return role < 0 || (learned && !staff) ? null : { role, end: i, staff };
}

/**
 * Whether a phrase names a staff post ("Digital Engagement Strategist for FSA", "OSTP White House Leadership
 * Development Fellow"), which its word alone reads as an expert's: `sourceTypes.ts` then asks `typeFromAgencyStaff`.
 */
export const namesStaffPost = (phrase: string): boolean => postsOf(wordsOf(phrase).map(bareWord))?.staff === true;

/**
 * Whether the post a phrase names (`postsOf`) is one in a government body: the body is named after the complement's
 * word, in an appositive (`after`), or before the role where no complement follows it.
 */
function agencyPost(phrase: string, agencies: ReadonlySet<string>, after: boolean, unitWork: boolean): boolean {
  const words = wordsOf(phrase);
  const posts = postsOf(words.map(bareWord));
  if (!posts) return false;
  // "a developer on the program", "the site’s lead visual designer": a staff trade in the work a federal office's
  // account tells of (`unitWork.ts`).
  const ownWork = (part: ReadonlyArray<string>, back: boolean) => unitWork && posts.staff && namesWorkBack(part.join(' '), back);
  // ", USA.gov research lead,": an appositive with no complement is written as a title, its body before the role.
  if (posts.end === words.length) return namesAgency(words.slice(0, posts.role), 0, agencies) || ownWork(words.slice(0, posts.role), false);
  return after && (namesAgency(words, posts.end + 1, agencies) || ownWork(words.slice(posts.end), true));
}

/**
 * "said Nicole Callahan, Digital Engagement Strategist for FSA" (usgov-gsa-social-media-customer-service-agencies-2015-
 * 04-24), "said Mikel Maron, Presidential Innovation Fellow in HIU" (usgov-gsa-mapgive-crowdsourced-mapping-
 * humanitarian-2014-12-17), "Ken Myers, the director of the Identity Assurance and Trusted Access Division, said"
 * (usgov-gsa-idmanagement-zero-trust-refresh-2023-10-02), "OSTP White House Leadership Development Fellow Dr. Katherine
 * Tyner" (usgov-gsa-lab-to-market-prize-spotlight-chat-2021-09-02), "said David Cole, a developer for 18F"
 * (usgov-gsa-open-opportunities-agile-development-2016-01-04), "18F Developer Shashank Khandelwal", "18F visual and UX
 * designer Erica Deahl" (usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03, usgov-gsa-18f-moveforward-
 * digital-services-flash-mob-2015-05-11): a post in a government body, in the appositive after a name, the title before
 * it (widened over the capitalised words before a title the mention holds) or a sentence's opening words that name the
 * body first, makes its holder an official (`docs/annotation-guide.md`, "A named staff member of a government agency"),
 * the body known by its words, a federal office's initials (`lexicon/federalUnits.ts`), a .gov site or the article's
 * own naming of it (`agencies`, `articleAgencies.ts`); or, where the article is a federal digital office's account of
 * its own work (`unitWork`, `unitWork.ts`), a staff trade in the work it names back ("says Jeremia Kimelman, a developer on
 * the program", usgov-gsa-18f-federalist-platform-launch-2015-09-15; "said Eric Ronne, the site’s lead visual designer",
 * usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03). `text` is the mention's block, `titled` the title the
 * mention holds before the name (`mentionType.ts`, `beforeName`) if any; the evidence is the phrase (UTF-16 offsets,
 * half-open). Null otherwise.
 */
export function typeFromAgencyStaff(
  text: string,
  mention: Located,
  agencies: ReadonlySet<string>,
  titled: Located | null,
  unitWork = false,
): { type: SourceType; evidence: Located } | null {
  const appositive = APPOSITIVE.exec(text.slice(mention.end, mention.end + 200));
  if (appositive?.[1] && agencyPost(appositive[1], agencies, true, unitWork)) {
    const start = mention.end + appositive[0].length - appositive[1].length;
    return { type: 'official', evidence: { block: mention.block, start, end: start + appositive[1].length } };
  }
  const from = Math.max(0, mention.start - 120);
  const located = (start: number, end: number): Located => ({ block: mention.block, start, end });
  const before = TITLE.exec(text.slice(from, mention.start));
  // "18F Developer Shashank Khandelwal" with the mention holding "Developer" alone: the capitalised words before it
  // title the name too.
  const lead = titled && LEAD.exec(text.slice(from, titled.start));
  const opening = OPENING_TITLE.exec(text.slice(from, titled?.start ?? mention.start));
  const openingStart = opening?.[1] ? from + opening.index + opening[0].indexOf(opening[1]) : -1;
  // The look-back's own start opens no sentence unless it is the block's.
  const opens = opening?.[1] !== undefined && (from === 0 || !opening[0].startsWith(opening[1]));
  const titles = [
    titled ?? (before?.[1] ? located(from + before.index, from + before.index + before[1].trimEnd().length) : null),
    lead && titled ? located(from + lead.index, titled.end) : null,
    opening?.[1] && opens && namesAgency(wordsOf(opening[1]).slice(0, 1), 0, agencies)
      ? located(openingStart, titled?.end ?? openingStart + opening[1].length)
      : null,
  ];
  const title = titles.find((t) => t !== null && agencyPost(text.slice(t.start, t.end), agencies, false, unitWork));
  return title ? { type: 'official', evidence: title } : null;
}
