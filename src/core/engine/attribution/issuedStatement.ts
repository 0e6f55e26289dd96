/**
 * `The ministry issued a statement saying …`, `Sean Conley released a statement on Monday saying …`, `Sebastian Zulu,
 * quickly issued a statement that was placed on the state house website saying …`: "saying" with no
 * comma after a statement its clause's subject put out. The statement is the verb's object, not the speaker: what it
 * says is the subject's (`docs/annotation-guide.md`: `the ministry said in a statement` is the ministry's), so the
 * participle is read as hanging on the clause, as after a comma.
 */
const ISSUED_STATEMENT =
  /\b(?:issued|released|put\s+out|published|posted|sent\s+out|made)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|press\s+release|news\s+release|communiqu[eé]|announcement)(?:\s+(?:on|late|early|last|this|earlier|later)(?:\s+(?:on\s+)?\p{L}+)?)?(?:\s+(?:that|which)\s+(?:was|were)\s+[^,;:"“”]{1,60}?)?\s+$/u;

/**
 * Where the participle at `verbStart` of `text` hangs on its clause with no comma before it: the offset of the space
 * before a "saying" that quotes (`disputed Tsvangirai's claim saying, "…"`) or that follows an issued statement (see
 * above); null otherwise. Offsets are UTF-16, into the block's text; `sentenceStart` bounds the look back.
 */
export function bareParticipleJoin(text: string, sentenceStart: number, verbStart: number): number | null {
  const rest = text.slice(verbStart);
  if (!/^saying\b/.test(rest)) return null;
  const before = text.slice(sentenceStart, verbStart);
  if (!/^saying[,:]?\s*["“]/.test(rest) && !ISSUED_STATEMENT.test(before)) return null;
  const space = /\s+$/.exec(before);
  return space ? sentenceStart + space.index : null;
}
