import { COUNTRY_BY_ADJECTIVE } from '../../entities/lookups';
import { writesAsCommonWord } from '../../entities/shapeOnlyPersons';
import { isRoleOrTitleWord } from '../rolePhrase';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/** One to three capitalised words: a blogger's name as Global Voices writes it ("Khaldoun Jarbou", "Esra'a"). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;

/**
 * A nationality, with "fellow" or "another" before it, opening a clause and followed by a name and then only lower-case
 * words up to the verb: "Syrian Khaldoun Jarbou too wasn't impressed but writes", "…, fellow Bahraini Esra'a explains".
 */
const NATIONAL_NAME = new RegExp(String.raw`(?:^|,\s+)(?:(?:fellow|another)\s+)?(\p{Lu}\p{Ll}+)\s+(${NAME})((?:\s+[\p{Ll}'’]+)*\s+)$`, 'u');

/** A title at a clause's head set off by a nationality's appositive: "Stiletos in the Sand, an American based in Saudi Arabia, ". */
const TITLE_APPOSITIVE = new RegExp(
  String.raw`(?:^|,\s+)(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|in|the|and|on)\s+)*\p{Lu}[\p{L}'’-]*)*),\s+(?:a|an)\s+(\p{Lu}\p{Ll}+)\b[^,]{0,60},\s+$`,
  'u',
);

/**
 * Whether words look like a name: no nationality, role or title among them, and none the article also writes in lower
 * case as a common word ("Kenyan Gay wrote about the suspension:" names a blog, on a page about gay bloggers).
 */
const nameShaped = (name: string, texts: ReadonlyArray<string>): boolean => {
  const words = name.split(/\s+/);
  return words.every((word) => !COUNTRY_BY_ADJECTIVE.has(word) && !isRoleOrTitleWord(word.toLowerCase())) && !writesAsCommonWord(words, texts);
};

/**
 * The speaker a Global Voices colon lead-in names by a nationality before a name the name pass did not take: `Syrian
 * Khaldoun Jarbou too wasn't impressed but writes:` and `…, fellow Bahraini Esra'a explains why …:` name a person; `Stiletos
 * in the Sand, an American based in Saudi Arabia, writes:` names a blog as written. `verbAt` is the speech verb's offset
 * in the block, `sentenceStart` its sentence's; `before` is the speaker the words right before the verb name, kept when
 * it is an entity and when no such lead-in is written. A comma between name and verb ("Egyptian Citizen published
 * videos for both speeches, then commented:") leaves the clause's subject unsaid, and words the name pass took for
 * something else are no unknown name.
 */
export function nationalLeadIn(cues: CueReader, block: number, sentenceStart: number, verbAt: number, before: Subject | null): Subject | null {
  if (before?.entity) return before;
  const words = (cues.texts[block] ?? '').slice(sentenceStart, verbAt);
  const national = NATIONAL_NAME.exec(words);
  if (national?.[1] && national[2] && national[3] && COUNTRY_BY_ADJECTIVE.has(national[1]) && nameShaped(national[2], cues.texts)) {
    const start = sentenceStart + national.index + national[0].length - national[3].length - national[2].length;
    const inside = cues.mentions.between(block, start, start + national[2].length).filter((m) => m.end > start);
    if (!inside.length) return cues.handleSource(block, start, start + national[2].length, 'person');
    return inside.length === 1 && inside[0]?.entity.type === 'person' ? cues.subjectAt(block, inside[0].start) : before;
  }
  const titled = TITLE_APPOSITIVE.exec(words);
  if (!titled?.[1] || !titled[2] || !COUNTRY_BY_ADJECTIVE.has(titled[2])) return before;
  const start = sentenceStart + titled.index + titled[0].indexOf(titled[1]);
  return cues.titledSource(block, start, start + titled[1].length) ?? before;
}
