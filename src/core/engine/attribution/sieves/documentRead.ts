import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { attributeCase, type DirectSieve } from './direct';

/**
 * A clause opening the sentence (up to a comma), then a definite or indefinite document noun phrase, perhaps what it is
 * of or who signed it, then "read" or "reads" (perhaps "in part") right before the mark: "The decree signed by the Pope
 * read "…"", "The event description read, "…"", "The summary of the decision read in part: "…"". Group 1 is the noun
 * phrase, group 2 its head noun, group 3 the words after the head up to the verb.
 */
const DOCUMENT_READ =
  /^(?:[^,"“”]{0,60},\s+)?((?:The|the|An?|an?|Its|its|Their|their|His|his|Her|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+))((?:\s+(?:of|from)\s+the\s+\p{Ll}+|\s+(?:signed|issued|released|written|sent|posted|published)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})?)\s+(?:also\s+)?reads?(?:\s+in\s+part)?\s*[,:]?\s*$/du;

/** The "by" before the author a document phrase's tail names ("signed by the Pope"). */
const AUTHOR_AT = /\sby\s+/;

/**
 * `The decree signed by the Pope read "…"` (wikinews-pope-francis-instructs-reporting-sexual-abuse-2019-05-12), `The event
 * description read, "…"` (wikinews-millions-dont-turn-up-to-storm-area-51-2019-09-22), `The summary of the decision read
 * in part: "…"` (wikinews-uk-supreme-court-rules-prorogation-unlawful-2019-09-24): a document that "reads" the words in
 * marks right after it is their source (`docs/annotation-guide.md`: a document the article quotes is an organisation
 * source named by its description; one whose author the text names is the author's). The speaker is the author the
 * phrase names after "by", else the document by its description ("summary of the decision", "event description"). A
 * bare definite one, "The statement read", refers back to what the text named before, which `documentSource` reads;
 * it abstains when that names no one, and when the author after "by" is no one the text knows. Null otherwise.
 */
export const documentRead: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const found = DOCUMENT_READ.exec(text.slice(range.start, direct.open));
  const phrase = found?.[1];
  const at = found?.indices?.[1]?.[0];
  if (!found || !phrase || at === undefined || !DOCUMENT_NOUNS.has(found[2] ?? '')) return null;
  const start = range.start + at;
  const tail = found[3] ?? '';
  const author = AUTHOR_AT.exec(tail);
  const cue = { block, start, end: direct.open };
  if (author) {
    const by = cues.subjectAt(block, start + phrase.length + author.index + author[0].length);
    return by?.entity && by.entity.type !== 'place' ? attributeCase(c, by, cue, 'leading-cue') : null;
  }
  // "Their statement also read "…"": the owner the pronoun means (`bodyOfRole.ts`).
  const owned = /^(?:its|their|his|her)\s/i.test(phrase) ? cues.subjectAt(block, start) : null;
  if (owned) return owned.entity && owned.entity.type !== 'place' ? attributeCase(c, owned, cue, 'leading-cue') : null;
  const source = cues.documentSource(block, start, start + phrase.length + tail.length);
  return source?.entity ? attributeCase(c, source, cue, 'leading-cue') : null;
};
