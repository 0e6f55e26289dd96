import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';

/**
 * An article (or "another"), up to three describing words, a noun and a verb of naming, ending the words before a name,
 * with or without an opening quotation mark: "the Neo-Nazi party known as ", "a blog called “", "the group, named ",
 * "Another group called ".
 */
const KIND_NAMED_BEFORE =
  /(?:^|\s)(?:a|an|the|one|its|their|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+),?\s+(?:(?:also\s+)?known\s+as|called|named|dubbed|nicknamed)\s+[“"‘']?$/u;

/**
 * Whether the words `before` a name give the name to an organisation of a kind (`lexicon/organizationKinds.ts`): "In
 * Greece, the Neo-Nazi party known as Golden Dawn took advantage of the country's economic crisis"
 * (gv-europe-crisis-anti-immigration-politics-2012-05-10). What a party, a band, a blog or a company is called is that
 * body's name, however person-like its words; "a man known as Akong" still names a person, as the noun is no body's kind.
 */
export function namedAsOrganizationKind(before: string): boolean {
  // Most names have no verb of naming before them: a substring test spares the pattern.
  if (!/(?:known\s+as|called|named|dubbed)\s+[“"‘']?$/u.test(before)) return false;
  return ORGANIZATION_KINDS.has(KIND_NAMED_BEFORE.exec(before)?.[1] ?? '');
}

/** A subject pronoun right before a word: "I head", "we host", "they chair". */
const SUBJECT_PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:I|we|you|they|We|You|They)\s+$/u;

/**
 * Whether the role noun `role`, ending the words `before` a name, is a verb whose subject is a pronoun: "Not today.
 * Not tomorrow and not after I head Kadima on March 28" (gv-israel-mofaz-derided-unity-government-2012-05-09), where
 * "head" leads the party, and is no one's role; so "we host", "they chair". `before` holds the role as its last word.
 */
export function roleIsVerbAfterPronoun(before: string, role: string): boolean {
  const at = before.lastIndexOf(role);
  return at > 0 && SUBJECT_PRONOUN_BEFORE.test(before.slice(0, at));
}
