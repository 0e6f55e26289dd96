import type { SourceType } from '../../schema';
import { CITIZEN_ROLES } from './citizenRoles';
import { EXPERT_ROLES } from './expertRoles';
import { HELD_ROLES, type HeldRoleKind } from './heldRoles';
import { OFFICIAL_ROLES } from './officialRoles';
import { SPOKESPERSON_ROLES } from './spokespersonRoles';
import { WITNESS_ROLES } from './witnessRoles';

/** Each role word of `roles`, with the type of source it makes. */
const ofType = (type: SourceType, roles: ReadonlyArray<string>) => roles.map((role) => [role, type] as const);

/**
 * Role words that say what kind of voice a source is (`docs/annotation-guide.md`, "Sources: type, gender,
 * anonymity", after the AP Stylebook's titles and the source categories of the Gender Gap Tracker and BBC 50:50), one
 * list per type: "Russian Chancellor" → official (`officialRoles.ts`), "a spokeswoman for" → spokesperson
 * (`spokespersonRoles.ts`), "professor of" → expert (`expertRoles.ts`), "said resident X" → witness
 * (`witnessRoles.ts`), "a student" → citizen (`citizenRoles.ts`). The titles, offices, heads and members whose type
 * depends on the words around them ("president of BEAM", "FBI Deputy Director") are in `heldRoles.ts`.
 *
 * Lower case, abbreviations with their full stop; multi-word roles are separated by single spaces and win over
 * the words they hold ("attorney general" over "attorney", "police chief" over "chief"). A role written with a
 * hyphen or a slash between two roles ("activist/blogger") is read as two words. A word is listed once over all the
 * files: the lexicon test fails on one listed twice, under one type or two.
 */
export const SOURCE_ROLES: ReadonlyArray<readonly [string, SourceType | HeldRoleKind]> = [
  ...ofType('official', OFFICIAL_ROLES),
  ...ofType('spokesperson', SPOKESPERSON_ROLES),
  ...ofType('expert', EXPERT_ROLES),
  ...ofType('witness', WITNESS_ROLES),
  ...ofType('citizen', CITIZEN_ROLES),
  ...HELD_ROLES,
];
