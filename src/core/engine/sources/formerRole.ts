import type { SourceType } from '../../schema';

/** Words before a role that say its holder no longer holds it: "former", "ex-", "retired", "onetime". */
export const isFormerWord = (word: string) => /^(?:former|ex-.*|retired|onetime|one-time)$/.test(word);

/**
 * The type of a source whose role words are `type`, where `before` are the words of the phrase before its first role
 * word (lower case). An official holds public office and a spokesperson speaks for someone else
 * (`docs/annotation-guide.md`, "Sources"): one the text calls former ("Former US Ambassador to the United Nations
 * Nikki Haley", "a former spokesman for the ministry") does neither any more and speaks for themself, a citizen. An
 * expert's knowledge, a witness's presence do not lapse: those types stay.
 */
export function asHeldNow(type: SourceType | null, before: ReadonlyArray<string>): SourceType | null {
  return (type === 'official' || type === 'spokesperson') && before.some(isFormerWord) ? 'citizen' : type;
}
