import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { Discourse } from './coreference';
import type { Referent } from './types';

/** How many sentences back a document named with "the" may find where the text said who issued it. */
const DOCUMENT_REACH = 30;

/**
 * "The statement added that …" after "In a press statement, the MDC said …", "According to the filing, …" after "Ford
 * said in a financial filing …": a document the text names with "the" is the one it last told someone spoke in
 * (`docs/annotation-guide.md`: a bare `the report` refers back to what the text named before), so its words are that
 * speaker's. `head` is the document noun, lower case; `texts` the blocks. The person or organisation that sentence is
 * about, when it tells they spoke in the document or put it out; null when the nearest sentence bringing in such a
 * document tells of no speaker.
 */
export function earlierDocumentIssuer(head: string, discourse: Discourse, texts: ReadonlyArray<string>): Referent | null {
  // Spoke in it ("said in a financial filing", "In a press statement, … said") or put it out ("released a statement");
  // not "published a report by a team": a journal publishes others' words.
  const phrase = `\\s+(?:a|an|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?${head}\\b`;
  const spokeIn = new RegExp(`\\bin${phrase}`, 'iu');
  const putOut = new RegExp(`\\b(?:issued|released)${phrase}`, 'iu');
  const broughtIn = new RegExp(`\\b(a|an|its|their|his|her|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?${head}\\b`, 'iu');
  for (let i = discourse.sentences.length - 1, seen = 0; i >= 0 && seen < DOCUMENT_REACH; i--, seen++) {
    const sentence = discourse.sentences[i];
    if (!sentence) continue;
    const words = (texts[sentence.block] ?? '').slice(sentence.range.start, sentence.range.end);
    const named = broughtIn.exec(words);
    // "In the filing itself Ford also …": the same document again, brought in further back.
    if (!named || named[1]?.toLowerCase() === 'the') continue;
    const speaks = putOut.test(words) || (spokeIn.test(words) && [...words.matchAll(/(?<![\p{L}-])\p{Ll}+(?![\p{L}-])/gu)].some((w) => isSpeechVerb(w[0])));
    const focus = sentence.focus;
    return speaks && focus && focus.entity.type !== 'place' ? focus : null;
  }
  return null;
}
