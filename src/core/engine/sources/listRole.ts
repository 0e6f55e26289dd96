import { held, ROLES } from './roles';
import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';

/** A name of one to four capitalised words, as a list of names writes each: "John De Lancie", "Jaleel White". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/**
 * A role word in the plural, then the names a mention ends a list of: "actors Dan Fogler, Ron Perlman, John De
 * Lancie, " before "John Rhys-Davies". The plural's group ends where the names begin.
 */
const ROLE_THEN_NAMES = new RegExp(String.raw`(?<![\p{L}-])(\p{L}+s)\s+(?:(?:${NAME},\s+)*${NAME},?\s+and\s+|(?:${NAME},\s+)+)$`, 'u');

/** A plural right before the first name of a list: "researchers " before "Mathy Vanhoef and Frank Piessens". */
const ROLE_BEFORE = /(?<![\p{L}-])(\p{L}+s)\s+$/u;
/** The rest of a list after its first name: " and Frank Piessens", ", Hiromi Kagawa and Sandra Vu". */
const NAMES_AFTER = new RegExp(String.raw`^(?:,\s+${NAME})*,?\s+and\s+${NAME}|^(?:,\s+${NAME}){2,}`, 'u');

/** The role a plural names, where one of the kinds that need no context: "actors" → citizen; "presidents" needs it. */
function singularRole(plural: string): SourceType | null {
  const lower = plural.toLowerCase();
  for (const singular of [lower.slice(0, -1), lower.endsWith('es') ? lower.slice(0, -2) : '']) {
    const kind = singular ? ROLES.get(singular) : undefined;
    if (kind && !held(kind)) return kind;
  }
  return null;
}

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
  const type = plural ? singularRole(plural) : null;
  return list && type ? { type, evidence: { ...mention, start: from + list.index } } : null;
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
