import { isSpeechVerb } from '../../lexicon/reportingVerbs';

/** The clause before the comma ends in a speech verb ("CBS News reported, citing …"): the participle is part of that cue. */
const AFTER_SPEECH_VERB = /(\p{L}+)\s*,\s*$/u;

/**
 * The object is another's words ("citing the Chuck Jones quote that "every artist has …"", wikinews-fur-fans-toronto-
 * furnal-equinox-2019-03-25): the gold gives them to their author, not to the one who cites them.
 */
const CITED_WORDS = /^\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:quote|quotes|quotation|saying|proverb|words|line|phrase|adage|maxim)\b/u;

/**
 * Whether "citing" at `verbStart` (UTF-16 offsets in `text`, half-open; `sentenceStart` and `end` the sentence's) gives the
 * reason a clause's subject put forward for its act, which is what it said: "While in custody, the Court of Appeals
 * repeatedly denied Ampon bail, citing the severity of the case as a threat to national security …" (gv-thailand-akong-
 * dies-in-prison-2012-05-12), "The Netherlands' highest court rejected the case, citing EU law that …" (wikinews-gay-
 * iranian-awaits-decision-asylum-2008-03-14). The gold of the session 59 development half gives the object of such a
 * participle, set off by a comma after a clause, to that clause's subject. Not after a speech verb's comma ("CBS News
 * reported, citing Johns Hopkins University data, there were …"), nor with no comma ("a report citing the mayor's office",
 * "reported Hamza bin Laden to be dead citing sources"), nor when the object is another's quote. A phrase between the
 * subject and its verb ("Reuters, citing anonymous sources, reported …") has no clause before it whose subject the cue
 * reader could take.
 */
export function citesReason(text: string, sentenceStart: number, verbStart: number, verbEnd: number, end: number): boolean {
  const before = text.slice(sentenceStart, verbStart);
  if (!/,\s*$/.test(before)) return false;
  const word = AFTER_SPEECH_VERB.exec(before)?.[1] ?? '';
  if (isSpeechVerb(word.toLowerCase())) return false;
  return !CITED_WORDS.test(text.slice(verbEnd, end));
}
