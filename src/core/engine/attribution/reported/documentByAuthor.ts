import { documentAuthorAt } from '../documentOwner';

/** Most words a final cue's document phrase and its author's name may run to: "a resolution [ru] by the Perm Coalition for Direct Elections [ru]". */
const MOST_WORDS = 16;

/** A finite verb: the words after the cue verb are then a clause of their own, not the document that spoke. */
const FINITE = /\b(?:was|were|is|are|be|would|will|had|has|could|should|might|must|did)\b/;

/**
 * Whether the words after a final cue's verb (`afterVerb`) are a document and the capitalised name of who issued it:
 * ` a resolution [ru] by the Perm Coalition for Direct Elections [ru]` of `Residents of Permskiy Krai view this as a
 * betrayal, states a resolution [ru] by the Perm Coalition for Direct Elections [ru]:` (gv-russia-governor-resignations-
 * 2012-05-07), ` a statement from the White House`. The document is the verb's inverted subject, and it speaks in its
 * author's words (docs/annotation-guide.md: a document whose author the text names is the author's), which the
 * subject reader's `subjectAt` reads. Not a clause of its own (a finite verb), nor an author in lower case (`a report by
 * officials`, an unnamed group's).
 */
export function documentByAuthor(afterVerb: string): boolean {
  const words = afterVerb.trimStart();
  if (words.split(/\s+/).length > MOST_WORDS || FINITE.test(words)) return false;
  const author = documentAuthorAt(words);
  return author >= 0 && /^(?:the\s+)?\p{Lu}/u.test(words.slice(author));
}
