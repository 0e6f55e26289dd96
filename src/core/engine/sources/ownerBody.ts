import { OWNER_BODY_KINDS } from '../lexicon/ownerBodyKinds';

/**
 * Whether the words right before a role (`lower`, lower case and bare; the role starts at word `from`) name the body
 * that holds it by its kind (`lexicon/ownerBodyKinds.ts`), in the possessive or as a modifier, perhaps with one word
 * between: "the organization's chairman", "the group’s director", "the party's national chairman", "party chairman".
 * Its head or officer speaks for that body, a spokesperson (`phraseType.ts`; the guide's "Consistency decisions
 * (session 39, lane goldcons39)", decision 3). A capitalised body is read by `phraseType.ts` itself.
 */
export function namesOwnerBody(lower: ReadonlyArray<string>, from: number): boolean {
  return lower.slice(Math.max(0, from - 2), from).some((w) => OWNER_BODY_KINDS.has(w.replace(/['’]s$/, '')));
}
