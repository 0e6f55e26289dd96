import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/**
 * "on" or "in" and a site the writer names by its name and the word for it, running to the colon that ends the sentence:
 * ` on the In2EastAfrica website:`. Group 1 is the name: capitalised words, or one word with a capital inside it.
 */
const SITE_TO_COLON = new RegExp(
  String.raw`^\s+(?:on|in)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4})\s+(?:website|web\s+site|site|blog|page|portal)\s*(?:${LANGUAGE_TAG}\s*)?:\s*$`,
  'u',
);

/**
 * `In Uganda, the same move towards the adoption of a local content policy is being made, as explained on the
 * In2EastAfrica website:` (gv-africa-local-content-oil-curse-2012-05-09): "as" and a past participle with no auxiliary,
 * then the site it was said on, closing the colon cue, set off the site's words, as "according to the site" would. The
 * site is named as written, an organisation source, unless the name pass read a person, a place or nothing whole there.
 * `verb` is the participle in `sentence`, which starts at `sentenceStart` of `block`; null when the sentence is not that shape.
 */
export function siteAgent(cues: CueReader, block: number, sentence: string, sentenceStart: number, verb: RegExpExecArray): Subject | null {
  if (!/ed$/.test(verb[0]) || !/(?:^|[\s,])as\s+$/.test(sentence.slice(0, verb.index))) return null;
  const after = verb.index + verb[0].length;
  const site = SITE_TO_COLON.exec(sentence.slice(after));
  if (!site?.[1]) return null;
  const start = sentenceStart + after + site[0].indexOf(site[1]);
  const end = start + site[1].length;
  const named = cues.subjectAt(block, start);
  if (named?.entity) return named.entity.type === 'organization' && named.ref.end === end ? named : null;
  return cues.titledSource(block, start, end);
}
