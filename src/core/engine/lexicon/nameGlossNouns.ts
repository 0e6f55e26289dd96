/**
 * Nouns that, right after an organisation's name and before its verb, only say what kind of body the name is: "The
 * Xinhua news agency reports", "The al-Shabaab group claimed" (wikinews-at-least-fifteen-dead-stampede-mali-mosque-2010-
 * 02-26, wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30); a movement or a militia is glossed so as well.
 * Lower case.
 */
export const NAME_GLOSS_NOUNS: ReadonlySet<string> = new Set(['news agency', 'wire service', 'news service', 'group', 'movement', 'militia']);
