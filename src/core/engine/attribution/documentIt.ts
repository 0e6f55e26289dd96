import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { openingDocumentIssuer } from './earlierDocument';
import type { Referent, SentenceInfo } from './types';

/** "it" then its verb, perhaps after an auxiliary or "also": "it said", "It also read", "it has said". */
const IT_VERB = /^it\s+(?:(?:also|has|had|further)\s+)?(\p{Ll}+)/iu;

/**
 * The author of the document an "it" cue stands for: `A statement by the Brady Campaign and Center to Prevent Gun
 * Violence was posted on Facebook. It said "…"` (wikinews-sarah-brady-dies-aged-73-2015-04-04), `An email from Burkhardt &
 * Associates to James Roche advises the Secretary …: "…," it said.` (wikinews-emails-boeing-air-force-tanker-deal-2004-11-24).
 * A document the text names its author with ("by", "from", `openingDocumentIssuer`) speaks in that author's words
 * (`docs/annotation-guide.md`: a document whose author the text names is the author's), and an "it" that speaks right
 * after the sentence opens on it, or in that very sentence, means that document, in the session 59 development half. Read
 * in the pronoun's own sentence (`sentenceStart` to `at`, UTF-16 in `texts[block]`) and, when the pronoun opens its
 * sentence, in `previous`, the sentence before. Null when the "it" does not speak or neither sentence opens on a document
 * whose author it names.
 */
export function documentIt(
  block: number,
  sentenceStart: number,
  at: number,
  previous: SentenceInfo | undefined,
  texts: ReadonlyArray<string>,
  issuerAt: (block: number, at: number) => Referent | null,
): Referent | null {
  const text = texts[block] ?? '';
  const verb = IT_VERB.exec(text.slice(at, at + 40))?.[1];
  if (!verb || !isSpeechVerb(verb)) return null;
  const own = openingDocumentIssuer(block, { start: sentenceStart, end: at }, texts, issuerAt);
  if (own) return own;
  const opens = /^\s*$/.test(text.slice(sentenceStart, at));
  return opens && previous ? openingDocumentIssuer(previous.block, previous.range, texts, issuerAt) : null;
}
