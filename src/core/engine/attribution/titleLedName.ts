import { bareTitle } from './bareTitle';
import { FORMER_TITLE, TITLE_WORDS_ONLY } from './lowerTitle';
import type { MentionIndex } from './mentions';
import { isRoleOrTitleWord } from './rolePhrase';
import type { Subject } from './types';

/**
 * Capitalised title words, ordinals ("1st Fleet Command"), and the glue "in", "of", "and", "the", "for"; and the two
 * numbers U.S. military style writes in a title: a class year after "Class of" ("West Point Class of 2019 Cadet Dalton
 * Stahl said", army.mil via the ARCIC archive, 2017) and a warrant officer's grade after "Officer" ("Chief Warrant
 * Officer 3 …", AP Stylebook, "military titles"), and an office's name that opens on a number, written with capitals
 * after it ("18F Developer Shashank Khandelwal said", usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03). Nine
 * words at most.
 */
const TITLE_RUN =
  /^(?:(?:[\p{Lu}][\p{L}.’'-]*|\d+(?:st|nd|rd|th)|\d+\p{Lu}+|(?<=\bClass of )(?:19|20)\d{2}|(?<=\bOfficer )[1-5])\s+|(?:in|of|and|the|for)\s+){1,9}$/u;

/**
 * The person that title words starting at `at` of a block's `text` lead to, within 90 UTF-16 code units, as a
 * name subject; null when the words before the next person's mention are no title.
 *
 * Capitalised title words the name pass left out of the mention: "said FBI Special Agent in Charge Robert Tripp",
 * "said Canyon County Sheriff and National Sheriffs’ Association President Kieran Donahue"; an ordinal may stand among
 * them ("1st Fleet Command's Navy Information Agency head Arba Agung told"), and so may a class year or a grade
 * (`TITLE_RUN`); one lower-case role noun may end them, or a lower-case title ("Republican political strategist").
 * Lower-case titles follow AP style (see `bareTitle.ts`, `lowerTitle.ts`): one that "former" or the like opens runs up
 * to the name ("said former New Zealand coach and former test player John Bracewell"), with no clause word ("by",
 * "that", "who") in between; without "former", up to three title words ("wrote student protester Joshua Wong").
 */
export function titleLedName(text: string, block: number, at: number, mentions: MentionIndex): Subject | null {
  const rest = text.slice(at);
  const capitalised = /^(?:\p{Lu}|\d+(?:st|nd|rd|th)\s|\d+\p{Lu}+\s)/u.test(rest);
  const lower = /^\p{Ll}/u.test(rest);
  if (!capitalised && !lower) return null;
  const titled = mentions.between(block, at + 1, at + 90).find((m) => m.start > at && m.entity.type === 'person');
  if (!titled) return null;
  const title = text.slice(at, titled.start);
  if (capitalised) {
    const role = /\s(\p{Ll}+)\s+$/u.exec(title);
    const words = role?.[1] && isRoleOrTitleWord(role[1]) ? title.slice(0, role.index + 1) : title;
    // "Republican political strategist Kevin Madden offered" (Wikinews, Christie's beach photos, July 2017): capitalised
    // words of affiliation, then a lower-case title as AP style writes one (`bareTitle.ts`).
    const affiliated = /^((?:\p{Lu}[\p{L}.’'-]*\s+){1,3})((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u.exec(title);
    if (TITLE_RUN.test(words) || (affiliated?.[1] && affiliated[2] && TITLE_RUN.test(affiliated[1]) && bareTitle(affiliated[2])))
      return { ref: { block, start: at, end: titled.end }, entity: titled.entity, resolution: 'name', antecedent: null };
    return null;
  }
  const former = FORMER_TITLE.test(rest); // a bare title is no part of the reference: a source's evidence is the name pass's
  if (former ? TITLE_WORDS_ONLY.test(title) : bareTitle(title))
    return { ref: { block, start: former ? at : titled.start, end: titled.end }, entity: titled.entity, resolution: 'name', antecedent: null };
  return null;
}
