import type { EntityIndex } from '../entities/types';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { bodyOfRole } from './bodyOfRole';
import type { Discourse } from './coreference';
import { holdsRole, titleWords } from './heldTitle';
import type { MentionIndex } from './mentions';
import { personOfRole } from './personOfRole';
import { recentOrganization } from './recentOrganization';
import type { RolePhrase, RoleReach } from './roleReading';
import type { Referent } from './types';
import { blogNamedBefore } from './bloggerNoun';

/** Role words of one who speaks for another: "a spokesman for the ministry", "an official of the company". */
const SPEAKS_FOR = /spokes|representative|official/;

/**
 * Stage two of attribution for role nouns: "the Russian president" → the person whose title (and nationality, where the
 * phrase gives one) the text gave them, most recently named first (`personOfRole`); "the ministry" → an organisation of
 * that kind (`bodyOfRole`). Null when the text ties the role to nobody, or to several people. `texts` are the blocks,
 * for titles written before a name in lower case.
 */
export function resolveRole(
  phrase: string,
  block: number,
  at: number,
  mentions: MentionIndex,
  discourse: Discourse,
  index: EntityIndex,
  texts: ReadonlyArray<string> = [],
): Referent | null {
  const words = phrase
    .toLowerCase()
    .replace(/^(the|a|an|its|his|her|their)\s+/, '')
    .split(/[\s-]+/);
  const forWhom = /\b(?:for|of|at)\s+(?:the\s+)?(.+)$/i.exec(phrase)?.[1];
  if (forWhom && SPEAKS_FOR.test(phrase)) {
    const wanted = forWhom.toLowerCase();
    if (ORG_ROLE_NOUNS.includes(wanted)) return recentOrganization(wanted, { block, at, texts }, mentions, discourse);
    const org = bodyNamed(wanted, mentions, block, at);
    if (org) return org;
  }
  const role: RolePhrase = { phrase, words, ...roleHead(words, index), forWhom, block, at, texts };
  const reach: RoleReach = { mentions, discourse, index };
  // "The blogger wrote:" where the text calls no one a blogger: the blog quoted last (`bloggerNoun.ts`).
  const blog = () => blogNamedBefore(phrase, texts, discourse);
  if (PERSON_ROLE_NOUNS.includes(role.head) || PERSON_ROLE_NOUNS.includes(words.slice(0, 2).join(' '))) return personOfRole(role, reach) ?? blog();
  return bodyOfRole(role, reach);
}

/** The organisation last named before offset `at` of block `block` whose name holds `wanted` (lower case) or one of its words. */
function bodyNamed(wanted: string, mentions: MentionIndex, block: number, at: number): Referent | null {
  return mentions.latest(
    (e) =>
      e.type === 'organization' && (e.name.toLowerCase().includes(wanted) || wanted.split(/\s+/).some((w) => e.name.toLowerCase().split(/\s+/).includes(w))),
    block,
    at,
  );
}

/**
 * The noun a role phrase's `words` (lower case, without their article) are about: the first role noun of a person or
 * body. `the government spokesman said` after `said Abdourahim Said Bakar, a government spokesman`
 * (wikinews-african-troops-invade-rebel-held-anjouan-2008-03-26) is the person's role noun after the body's that
 * qualifies it (the `qualifier`), when someone in the text holds it with that qualifier: English puts a compound's head
 * last. A spokesman of someone else ("said John Mbeki, a spokesman for the opposition", made up in the shape of a wire
 * report on a civil war) is not the government's: the noun then stays the body's, and the qualifier null.
 */
function roleHead(words: ReadonlyArray<string>, index: EntityIndex): { head: string; qualifier: string | null } {
  const first = words.find((w) => PERSON_ROLE_NOUNS.includes(w) || ORG_ROLE_NOUNS.includes(w)) ?? words.at(-1) ?? '';
  if (!ORG_ROLE_NOUNS.includes(first)) return { head: first, qualifier: null };
  const person = words.slice(words.indexOf(first) + 1).find((w) => PERSON_ROLE_NOUNS.includes(w));
  const held = person !== undefined && index.entities.some((e) => holdsRole(e, person) && titleWords(e).has(first));
  return held ? { head: person, qualifier: first } : { head: first, qualifier: null };
}
