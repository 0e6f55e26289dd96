/**
 * Kin nouns for a relative who may raise a child but is not its father or mother: someone the text calls so ("Her
 * grandmother, Jane Doe", "Tom Baker, the boy's stepfather") is not who "the mother" or "the father" means, though they
 * speak of "her daughter" or "his son". Lower case, singular; `KIN_NOUNS` takes them in.
 */
export const STAND_IN_KIN: ReadonlyArray<string> = ['grandmother', 'grandfather', 'stepmother', 'stepfather', 'uncle', 'aunt'];
