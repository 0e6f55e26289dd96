import type { FoundEntity } from '../../entities/types';
import type { MentionIndex } from '../mentions';
import type { Located, Referent } from '../types';

/**
 * Two or three capitals and a space opening a paragraph before a capitalised word (`MS Although we used …`, Wikinews's
 * youth suicide interview of January 2019, whose scrape lost the label's colon): the capitals' end and where the words
 * after them start, as UTF-16 offsets; null when the paragraph does not open so.
 */
export function bareInitials(text: string): { end: number; after: number } | null {
  const m = /^(\p{Lu}{2,3})\s+(?=\p{Lu}\p{Ll})/u.exec(text);
  return m?.[1] ? { end: m[1].length, after: m[0].length } : null;
}

/** The first letters of a name's words, in capitals: `MS` for Michael Siegel, `NG` for Natasha Gownaris. */
export const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/)
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase();

/** Whether any of `texts` writes a name of two or three capitalised words whose initials are `initials` ("Michael Siegel"). */
export function namesWithInitials(texts: ReadonlyArray<string>, initials: string): boolean {
  const name = new RegExp(`\\b${[...initials].map((c) => c + String.raw`\p{Ll}+`).join(String.raw`\s+`)}\\b`, 'u');
  return texts.some((text) => name.test(text));
}

/** The one person of the article whose name's initials a bare label of initials (`MS`) is; null when not one. */
export function initialled(texts: ReadonlyArray<string>, mentions: MentionIndex, label: Located): Referent | null {
  const written = (texts[label.block] ?? '').slice(label.start, label.end);
  const people = new Set<FoundEntity>();
  for (let block = 0; block < mentions.blockCount; block++)
    for (const m of mentions.inBlock(block)) if (m.entity.type === 'person' && initialsOf(m.entity.name) === written) people.add(m.entity);
  const [only, ...others] = people;
  return only && others.length === 0 ? { entity: only, at: label } : null;
}
