import { OBJECT_FRAME_VERBS } from '../../lexicon/objectFrameVerbs';

const PREPOSITION: ReadonlyMap<string, string> = new Map(OBJECT_FRAME_VERBS);

/**
 * Whether a verb, lower case, reports speech through its object and preposition in the words `after` it: `accused
 * oppositionists Vitaly Shushkevich and Artem Chapaev of online extremism`, `credited news media with keeping the
 * story alive`. The object is one to eight words with no clause break, then the preposition and a word; the content
 * is all of it, from the object on (docs/annotation-guide.md: `credited A with B` has text `A with B`). A passive
 * ("was accused of") has no object and is no such cue.
 */
export function framesObject(lower: string, after: string): boolean {
  const preposition = PREPOSITION.get(lower);
  if (!preposition) return false;
  return new RegExp(`^\\s+(?!(?:of|with|to|as|by)\\b)(?:[^\\s,;:"“”.]+\\s+){1,8}?${preposition}\\s+["“]?\\p{L}`, 'u').test(after.slice(0, 160));
}
