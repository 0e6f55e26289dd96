/**
 * Verbs, lower case, of an attack in words on someone after "out at" (`attribution/reported/talkedOf.ts`): "President
 * Trump lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter" (wikinews-violence-washington-dc-pro-
 * trump-protest-2020-11-17; docs/annotation-guide.md, "`lashed out at X on Twitter, accusing her of "Y"`"): the one
 * attacked is the content, as a topic spoken of is.
 */
export const LASHING_VERBS: ReadonlySet<string> = new Set(['lashed', 'lashes', 'lashing']);
