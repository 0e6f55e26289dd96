import { SET_OFF_ROLE_NOUNS } from '../lexicon/setOffRoleNouns';
import { escapeRegExp } from '../escapeRegExp';
import { ROLE_WORDS } from './lookups';

/**
 * A role's last word, then perhaps the body or place it is held in, capitalised ("of Gdańsk", "to India", "of the MDC"),
 * then a comma closing the text before a name: the appositive that names the role's holder. Group 2 holds the body or
 * place. "for" is left out: "a wellness nurse for Blue Cross, Blue Shield California Federal Employee program"
 * (usgov-nasa-armstrong-safety-culture-2024-04-30) lists a second body; so are lower-case words: "The Army Chief of
 * Staff's future study plan, Unified Quest 2014" (usgov-army-future-megacity-operations-2014-05-23) names a plan.
 */
const ROLE_THEN_COMMA = /^([\p{L}-]+)(\s(?:of|to)\s(?:the\s)?\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3})?,\s$/u;

/** Where each word starts: the role may be any of the last words ("successor" after "in favor of his elected"). */
const WORD_STARTS = /(?<![\p{L}.’'-])[\p{L}-]/gu;

/** "Editor-in-chief", "second-in-command": a role noun joined to its rank by hyphens. */
const IN_RANK = /^[\p{L}]+-in-(?:chief|command)$/u;

/** Whether one word, in any case, is a role only a person holds. */
function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_WORDS.has(lower) || SET_OFF_ROLE_NOUNS.has(lower) || IN_RANK.test(lower);
}

/**
 * How strongly the text `before` a name says that it ends with a role set off by a comma, so that the name after it is
 * the role's holder, a person: "the Armenian President, Serzh Sargsyan, ordered" (Global Voices, Armenia, May 2012),
 * "Chinese Ambassador to India, Sun Yuxi, had said" (wikinews-india-china-border-treaty-improve-ties-trade-2005-04-13),
 * "Jangeli's Sudanese counterpart, Deng Alor." (wikinews-at-least-twelve-die-mogadishu-attacks-2010-01-30), "The
 * Secretary-General of the MDC, Tendai Biti, appeared" (Wikinews, Zimbabwe, 2008): the journalist's appositive written
 * in front of the name, where AP style puts it after ("Tendai Biti, the MDC's secretary-general").
 * 3 for a role alone; 2 for one held of a body or a place, whose comma may as well go on to the place's region ("the
 * mayor of Esperanza, Sultan Kudarat, announced", wikinews-aftershocks-philippines-earthquake), so 0 where a block of
 * `texts` writes the name after a preposition of place ("recorded in Sultan Kudarat"); 0 for no role. `words` are the
 * name's: one word alone may be a body's short name ("the chairman, Fidesz"), so only a name of two words or more is read.
 */
export function roleSetOffBefore(before: string, words: ReadonlyArray<string>, texts: ReadonlyArray<string> = []): number {
  // Every occurrence of every run asks; only text ending in a comma and a space can end in the appositive, so the rest
  // is not scanned word by word.
  if (words.length < 2 || !/,\s$/u.test(before)) return 0;
  const tail = before.slice(-60);
  let weight = 0;
  for (const m of tail.matchAll(WORD_STARTS)) {
    const found = ROLE_THEN_COMMA.exec(tail.slice(m.index));
    if (found && isRoleWord(found[1] ?? '')) weight = Math.max(weight, found[2] ? 2 : 3);
  }
  return weight === 2 && writtenAsPlace(words.join(' '), texts) ? 0 : weight;
}

/** Whether a block writes the name right after a preposition of place ("was recorded in Sultan Kudarat"). */
function writtenAsPlace(name: string, texts: ReadonlyArray<string>): boolean {
  const placed = new RegExp(`(?<![\\p{L}-])(?:in|at|near|from)\\s${escapeRegExp(name)}(?![\\p{L}-])`, 'u');
  return texts.some((text) => text.includes(name) && placed.test(text));
}
