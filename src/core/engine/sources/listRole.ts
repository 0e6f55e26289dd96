import { held, ROLES } from './roles';
import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';

/** A name of one to four capitalised words, as a list of names writes each: "John De Lancie", "Jaleel White". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/**
 * A role in the plural, perhaps of up to three words ("Presidential Innovation Fellows"), then perhaps its initials in
 * brackets and a comma ("(PIF), "): the head of a list of names.
 */
const PLURAL = String.raw`(?<![\p{L}-])((?:\p{L}+\s+){0,2}\p{L}+s)(?:\s+\(\p{Lu}{2,6}\),)?`;
/**
 * A plural role, then the names a mention ends a list of: "actors Dan Fogler, Ron Perlman, John De Lancie, " before
 * "John Rhys-Davies". The plural's group ends where the names begin.
 */
const ROLE_THEN_NAMES = new RegExp(String.raw`${PLURAL}\s+(?:(?:${NAME},\s+)*${NAME},?\s+and\s+|(?:${NAME},\s+)+)$`, 'u');

/** A plural right before the first name of a list: "researchers " before "Mathy Vanhoef and Frank Piessens". */
const ROLE_BEFORE = new RegExp(String.raw`${PLURAL}\s+$`, 'u');
/** The rest of a list after its first name: " and Frank Piessens", ", Hiromi Kagawa and Sandra Vu". */
const NAMES_AFTER = new RegExp(String.raw`^(?:,\s+${NAME})*,?\s+and\s+${NAME}|^(?:,\s+${NAME}){2,}`, 'u');

/**
 * The role the last words of a plural name, the longest first ("presidential innovation fellows" → official before
 * "fellows"), where one of the kinds that need no context: "actors" → citizen; "presidents" needs it. With the number
 * of the plural's words it takes.
 */
function singularRole(plural: string): { type: SourceType; words: number } | null {
  const words = plural.toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? '';
  for (let n = words.length; n >= 1; n--)
    for (const singular of [last.slice(0, -1), last.endsWith('es') ? last.slice(0, -2) : '']) {
      const kind = singular ? ROLES.get([...words.slice(words.length - n, -1), singular].join(' ')) : undefined;
      if (kind && !held(kind)) return { type: kind, words: n };
    }
  return null;
}

/** Where the last `n` words of a plural begin in it. */
const lastWordsAt = (plural: string, n: number) => [...plural.matchAll(/\p{L}+/gu)].at(-n)?.index ?? 0;

/**
 * "The popular event featured celebrity guests like actors Dan Fogler, Ron Perlman, John De Lancie, John Rhys-Davies,
 * and Jaleel White" (wikinews-toronto-comicon-2019-celebrities-cosplay): every name a plural role word heads a list of
 * holds that role, the first too (`firstOfList`). The type a mention (UTF-16 offsets, half-open, in
 * block `text`) takes so, with the words from the role to the mention as evidence; null where no such list holds it.
 */
export function typeFromListRole(text: string, mention: Located): { type: SourceType; evidence: Located } | null {
  const from = Math.max(0, mention.start - 200);
  const list = ROLE_THEN_NAMES.exec(text.slice(from, mention.start)) ?? firstOfList(text, mention, from);
  const plural = list?.[1];
  const role = plural ? singularRole(plural) : null;
  return list && plural && role ? { type: role.type, evidence: { ...mention, start: from + list.index + lastWordsAt(plural, role.words) } } : null;
}

/**
 * "On Monday, digital security researchers Mathy Vanhoef and Frank Piessens of Belgium's KU Leuven university publicly
 * disclosed" (wikinews-digital-security-researchers-reveal-vulnerability-wpa2-wifi-protocol-2017-10-16): the first name
 * of the list stands right after the plural, the others after it. The plural as `ROLE_THEN_NAMES` would match it (its
 * index from `from`), or null.
 */
function firstOfList(text: string, mention: Located, from: number): RegExpExecArray | null {
  return NAMES_AFTER.test(text.slice(mention.end, mention.end + 200)) ? ROLE_BEFORE.exec(text.slice(from, mention.start)) : null;
}
