import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { PEN_NAME_TITLES } from '../lexicon/penNameTitles';
import { typeOfTitle } from './mentionType';
import { titleBefore } from './titleBefore';

// A speaker the entity finder took for an organisation but the text writes as one person: a blogger or a user quoted
// under a pen name or a handle ("Blogger happydsf [id], voices his concern:", Global Voices, Indonesia, May 2012).

/**
 * The type a citizen's role word written right before a speaker's name gives it, where the speaker was taken for an
 * organisation: "Blogger happydsf", "Photoblogger chookooloonks" (gv-caribbean-mothers-day-bloggers-2012-05-15). A
 * blogger or a user is one person, never a body ("the activist group X" holds no title of a person before the name),
 * and speaks for themself (`docs/annotation-guide.md`: "a blogger giving their opinion" is a citizen). Only a title
 * that ends in a role no body is named by (`lexicon/penNameTitles.ts`): "news broadcaster NRK" stays an organisation. The role words
 * as evidence (UTF-16 offsets, half-open), or null.
 */
export function penNameType(texts: ReadonlyArray<string>, speaker: FoundEntity): { type: 'citizen'; evidence: Located } | null {
  for (const m of speaker.mentions) {
    const text = texts[m.block] ?? '';
    const typed = typeOfTitle(texts, titleBefore(text, m));
    const head = typed?.evidence ? /([\p{L}-]+)\s*$/u.exec(text.slice(typed.evidence.start, typed.evidence.end))?.[1] : undefined;
    if (typed?.type === 'citizen' && typed.evidence && head && PEN_NAME_TITLES.has(head.toLowerCase())) return { type: 'citizen', evidence: typed.evidence };
  }
  return null;
}
