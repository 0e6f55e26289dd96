import { WEB_MEDIA } from '../lexicon/webMedia';
import type { NamedEnding } from './namedBefore';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/** A blog's or a website's noun right after its name: "World Bank blog asked". */
const WEB_MEDIUM_AFTER = new RegExp(String.raw`^\s+(?:${[...WEB_MEDIA].join('|')})\b`, 'u');
/** The same noun closing the speaker words: "the Clube da MPB blog". */
const WEB_MEDIUM_END = new RegExp(String.raw`\s(?:${[...WEB_MEDIA].join('|')})$`, 'u');
/** A preposition (perhaps with "the") joining a writer to where he writes: " from the ", " on ", ", at the ". */
const PLACE_OF_WRITING = /[\s,]+(?:from|on|at|of|in|for)\s+(?:the\s+)?$/u;

/**
 * `Fefeu, from the Clube da MPB blog, describes [pt] how …:` (gv-brazil-maria-rita-homage-elis-regina-2012-05-21), `One
 * anonymous commentator on World Bank blog asked:` (gv-africa-development-or-democracy-2012-05-15): a blog or a website
 * that a preposition joins to words before it is where the one those words name writes, not who speaks. `blogStart` is
 * where the blog's words start (its name, or "the" before it), `stop` where the speaker words end, `end` where the verb
 * starts, UTF-16 offsets in block `block` from the look-back start `from`. Returns the person whose name ends right before
 * the preposition, else the words unattributed (the writer unnamed, or named where the name pass read no name); null
 * when the speaker words do not end with a blog so governed.
 */
export function blogWriter(reader: SubjectReader, block: number, from: number, blogStart: number, stop: number, end: number): Subject | null {
  const text = reader.texts[block] ?? '';
  if (!WEB_MEDIUM_END.test(text.slice(blogStart, stop)) && !WEB_MEDIUM_AFTER.test(text.slice(stop, end))) return null;
  const preposition = PLACE_OF_WRITING.exec(text.slice(Math.max(from, blogStart - 12), blogStart));
  if (!preposition) return null;
  const writerEnd = blogStart - preposition[0].length;
  if (!/\p{L}/u.test(text.slice(from, writerEnd))) return null;
  const person = reader.mentions.between(block, from, writerEnd).find((m) => m.entity.type === 'person' && m.end === writerEnd);
  if (person) return reader.subjectAt(block, person.start);
  return { ref: { block, start: from, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
}

/** `blogWriter` for speaker words that end with an organisation's name, the blog's (`namedBefore.ts`). */
export function writerOnBlog(reader: SubjectReader, at: NamedEnding): Subject | null {
  if (at.named.entity.type !== 'organization') return null;
  return blogWriter(reader, at.block, at.from, at.named.start, at.stop, at.end);
}
