import type { Subject } from './types';

/**
 * A description, then the name it goes by after "known as" (an adverb may come first), at the start of the words:
 * "the website popularly known as ZWD". Group 1 is the description.
 */
const DESCRIBED_KNOWN_AS = /^((?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?)(?:\p{Ll}+ly\s+)?known\s+as\s+/u;

/**
 * The inverted subject at `at` of a block's `text` (UTF-16 offset) when it describes the speaker and then gives the
 * name it goes by: `Reported the website popularly known as ZWD among Zambian netizens:` (gv-zambia-citizen-news-
 * website-hacked-2012-05-13) is ZWD's, the name the text knows (the description names no one). Only when the name pass
 * read an entity, not a place, right after "known as"; null otherwise.
 */
export function knownAsSubject(text: string, block: number, at: number, subjectAt: (block: number, at: number) => Subject | null): Subject | null {
  const m = DESCRIBED_KNOWN_AS.exec(text.slice(at, at + 120));
  if (!m) return null;
  const named = subjectAt(block, at + m[0].length);
  return named?.entity && named.entity.type !== 'place' && named.resolution === 'name' && named.ref.start === at + m[0].length ? named : null;
}
