import { isScreenName } from '../attribution/screenName';
import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';

// A speaker known by a platform's user name, a citizen (`sourceTypes.ts`).

/**
 * "@vankaay: baru nyadar …": a social-media user speaking under a handle is a citizen giving their own view (the
 * guide's "a social-media user in a round-up of reactions"); a handle in capitals ("@WHO", "@NASA") is an
 * organisation's account and stays one. A Weibo user's handle is written in Chinese ("@毛聊：", "@天恩0120"), so any
 * script's letters count. So is a screen name written without its `@`, in lower case with the underscores or hyphens
 * no word has ("LiveJournal user i_l_d", "Nationalist blogger sinn-fein-front", Global Voices, Russia, May 2012), or
 * with the digits a commenter's has (`isScreenName`: "major181226", "Purno5").
 */
export const isUserHandle = (name: string) =>
  (/^@[\p{L}\p{N}_]+$/u.test(name) && !/^@[A-Z0-9_]+$/.test(name)) || /^\p{Ll}[\p{Ll}\p{N}]*(?:[_-][\p{Ll}\p{N}]+)+$/u.test(name) || isScreenName(name);

/**
 * Whether a speaker named in lower case is a platform's user by the words before where the text names it: "LJ user
 * drugoi", "Russian LJ user gyperbol" (gv-russia-open-hostility-putin-inauguration-2012-05-08): a screen name with no
 * mark of its own, which the word "user" right before it makes a user's, a citizen as a handle is.
 */
export function namedAsUser(texts: ReadonlyArray<string>, speaker: FoundEntity, at: Located | null): boolean {
  if (!at || !/^\p{Ll}/u.test(speaker.name)) return false;
  return /\buser\s+$/.test((texts[at.block] ?? '').slice(Math.max(0, at.start - 12), at.start));
}
