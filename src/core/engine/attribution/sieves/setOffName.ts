import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import { personNameShaped } from './nameShapedLeadIn';

/**
 * Two or three capitalised words heading a clause (where the sentence opens or after an opening phrase's comma), set off
 * from the verb after them by a comma, perhaps after a description that opens in lower case (`, another citizen of
 * Tashkent,`). Group 1 is the name.
 */
const SET_OFF_NAME = /(?:^|,\s+)(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})(?:,\s+\p{Ll}[^,;:"“”()[\]]{2,80})?,\s+$/u;

/**
 * `Shukhrat Alymbaev, another citizen of Tashkent, disagreed [ru] that …:` (gv-central-asia-rainstorms-floods-2014-06-02),
 * `Justifying the criticisms, Miss Nepal 2002, Malvika Subba, one of the most popular Miss Nepal ever, writes on her
 * Facebook page:` (gv-nepal-shristi-shrestha-miss-nepal-2012-05-09), `Commenting on the Facebook group, Zambian People's
 * Parliament, Nawa Mukwati Sibongo, writes:` (gv-zambia-netizens-draft-constitution-2012-05-08): a blog round-up names
 * the one it quotes by a name the name lists do not know, set off by commas before the speech verb at `verbAt` of
 * `block`. The name must be person-shaped (`personNameShaped`) and overlap no mention; a capitalised run before a
 * description in capitals (`Zambian People's Parliament, Nawa Mukwati Sibongo,`) is no name set off by it. The person as
 * written, or null. `sentenceStart` is where the colon sentence starts; offsets are UTF-16 code units, half-open.
 */
export function setOffName(cues: CueReader, block: number, sentenceStart: number, verbAt: number): Subject | null {
  const text = cues.texts[block] ?? '';
  const found = SET_OFF_NAME.exec(text.slice(sentenceStart, verbAt));
  const name = found?.[1];
  if (!found || !name || !personNameShaped(name.split(/\s+/), cues.texts)) return null;
  const start = sentenceStart + found.index + found[0].indexOf(name);
  const end = start + name.length;
  if (cues.mentions.between(block, start, end).some((m) => m.end > start)) return null;
  return cues.handleSource(block, start, end, 'person');
}
