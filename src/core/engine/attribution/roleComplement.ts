import type { BlockMention } from './mentions';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/**
 * A description set off after a comma that runs up to a role's preposition: ", his wife and the current chairwoman",
 * ", deputy director", ", a vice president". Lower case after an optional determiner, at most 60 characters.
 */
const DESCRIPTION = /,\s+(?:(?:the|an?|his|her|their)\s+)?\p{Ll}[\p{L}'’ -]{1,60}$/u;
/** The description's closing comma, then at most two adverbs before the verb: ", said", ", also said". */
const CLOSED = /^,\s*(?:(?:also|then|later|\p{Ll}+ly)\s+){0,2}$/u;

/**
 * `Maya Rockeymoore Cummings, his wife and the current chairwoman of the Maryland Democratic Party, said …`
 * (wikinews-elijah-cummings-dies-2019-10-18): an organisation that "of", "for" or "at" joins to a role inside a
 * description set off by commas (AP style's appositive) is the role's complement, never the clause's subject. The
 * subject is what stands before the description's opening comma: an organisation mention ending there speaks ("Acme, a
 * unit of Widget, said"); a person there is read by `namedBefore.ts` before this; with no mention there (a name the name
 * pass missed), nobody, since the organisation would be a confident wrong speaker. `roleEnd` is where the preposition
 * before the organisation starts, `verbStart` where the cue verb does; UTF-16 offsets, half-open, in block `block`.
 * Undefined when the words are not that shape.
 */
export function roleComplementSubject(
  reader: SubjectReader,
  block: number,
  from: number,
  roleEnd: number,
  named: BlockMention,
  verbStart: number,
): Subject | null | undefined {
  const text = reader.texts[block] ?? '';
  if (!CLOSED.test(text.slice(named.end, verbStart))) return undefined;
  const description = DESCRIPTION.exec(text.slice(from, roleEnd));
  if (!description) return undefined;
  const comma = from + description.index;
  const holder = reader.mentions.between(block, from, comma).find((m) => m.end === comma && m.start >= from);
  return holder?.entity.type === 'organization' ? reader.subjectAt(block, holder.start) : null;
}
