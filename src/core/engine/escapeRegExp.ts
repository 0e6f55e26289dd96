/**
 * `text` with every character a regular expression reads as syntax escaped, so that a word from a list or from the
 * article ("St. John", "C++", "(R)") matches only itself inside a pattern built around it. The string is returned
 * unchanged otherwise; its length grows by one code unit for each escaped character.
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
