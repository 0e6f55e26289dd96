import type { FoundEntity } from './types';

/**
 * Whether a body's role phrase written with its head capitalised, as a name is, after a lower-case modifier of its own
 * ("the peoples' Council", "the new Committee"), names another body than the organisation `entity` whose name only
 * shares that head: some modifier is no word of the organisation's name or aliases. "Through its blog, the peoples'
 * Council demanded [es] the release of the arrested community leaders" after "each and every Community Development
 * Council (COCODE)" (gv-guatemala-state-of-siege-barillas-hydroelectric-2012-05-08) is the peoples' own council; "the
 * Council" alone, or with the organisation's own modifier, still refers back. `phrase` is the role phrase as written,
 * `head` its noun (lower case).
 */
export function ownNamedHead(phrase: string, head: string, entity: FoundEntity): boolean {
  const words = phrase.split(/\s+/);
  const headAt = words.findIndex((w) => w.toLowerCase() === head);
  if (headAt < 0 || !/^\p{Lu}/u.test(words[headAt] ?? '')) return false;
  const modifiers = words.slice(/^(?:the|The)$/.test(words[0] ?? '') ? 1 : 0, headAt).filter((w) => /^\p{Ll}/u.test(w));
  const named = new Set([entity.name, ...entity.aliases].flatMap((n) => n.toLowerCase().split(/[\s-]+/)));
  return modifiers.some((w) => !named.has(w.replace(/['’]s?$/, '')));
}
