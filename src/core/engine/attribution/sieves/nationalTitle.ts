import { COUNTRY_BY_ADJECTIVE } from '../../entities/lookups';
import { writesAsCommonWord } from '../../entities/shapeOnlyPersons';
import { TITLES } from '../../lexicon/titles';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/** Every word of a title ("President", "Minister"): a nationality before one describes an office holder, never a blog. */
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(' ')));

/**
 * A nationality and one capitalised noun heading a clause (where the sentence opens or after an opening phrase's comma),
 * right before the verb, or before an earlier verb of its own the speech verb follows with "then" (`… published videos
 * for both speeches, then`). Groups 1 and 2 are the two words.
 */
const NATIONAL_TITLE = /(?:^|,\s+)(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?:\s+(?:also\s+)?|\s+\p{Ll}+ed\b[^,;:"“”]{0,80},\s+(?:and\s+)?then\s+)$/du;

/**
 * `Writing about the state of Zambian blogosphere in 2010, Zambian Economist observed:` (gv-zambia-bloggers-network-
 * 2012-05-10), `Egyptian Citizen published videos for both speeches, then commented:` (gv-egypt-bloggers-react-obama-cairo-
 * speech-2009-06-06): a blog titled by a nationality and a capitalised noun, with no article before it, is the subject of
 * the speech verb at `verbAt` of `block`, the blog as written a source of its own. Prose writes "a Zambian economist";
 * the capital and the missing article make the words a title. The noun must be no word of a title (`Egyptian President`
 * is an office) nor a nationality, be written nowhere in lower case as a common word, and no person or body be
 * mentioned in the words. Null otherwise. `sentenceStart` is where the colon sentence starts; offsets are UTF-16 code
 * units, half-open.
 */
export function nationalTitle(cues: CueReader, block: number, sentenceStart: number, verbAt: number): Subject | null {
  const text = cues.texts[block] ?? '';
  const found = NATIONAL_TITLE.exec(text.slice(sentenceStart, verbAt));
  const [nationality, noun] = [found?.[1], found?.[2]];
  if (!found || !nationality || !noun || !COUNTRY_BY_ADJECTIVE.has(nationality) || COUNTRY_BY_ADJECTIVE.has(noun)) return null;
  if (TITLE_WORDS.has(noun.toLowerCase()) || writesAsCommonWord([nationality, noun], cues.texts)) return null;
  const [first, second] = [found.indices?.[1], found.indices?.[2]];
  if (!first || !second) return null;
  const start = sentenceStart + first[0];
  const end = sentenceStart + second[1];
  if (cues.mentions.between(block, start, end).some((m) => m.end > start && m.entity.type !== 'place')) return null;
  return cues.handleSource(block, start, end);
}
