import { isFirstName } from '../lexicon/firstNames';
import { NOT_NAMES } from '../lexicon/notNames';
import { foldAccents } from './nameSpellings';
import type { EntityRegistry } from './registry';
import { mentionKey } from './types';

/**
 * A handle written in running text as a clause's subject: "@", then letters only, not right after a bracket (a handle
 * glossing the name before it, "Fiza Batool Gilani (@FizaBatoolGilan)"), then an auxiliary or a modal ("@DrAmyActon will
 * order"). A handle labelling a post ("@Snitzerd: …"), addressed at the start of a reply ("@VladMiskovic
 * @srpski_radikali …") or crediting a picture ("by @RachelBayoli") is a user's, which the attribution reads as a source
 * of its own (gv-serbia-elections-citizen-media-monitoring-2012-05-06, gv-drc-goma-clandestine-abortions-2012-05-08).
 */
const SUBJECT_HANDLE = /(?<=^|[\s"“])@(\p{L}{4,30})(?=\s+(?:will|would|can|could|shall|should|must|may|might|has|have|had|is|was)\s)/gu;

/** A title some people put before their name in a handle: "@DrAmyActon", "@SenRehmanMalik". */
const HANDLE_TITLE = /^(?:Dr|Sen|Rep|Gov|Prof|Mayor)(?=\p{Lu})/u;

/**
 * The words of a person's name a handle spells in camel case ("DrAmyActon" → Amy, Acton; "FrankLaRose" → Frank, La,
 * Rose), past a title (`HANDLE_TITLE`); null unless the first is a listed given name, no common word, and a surname
 * follows: "@WhiteHouse", "@JusticeDept" or "@WHO" spell no one.
 */
export function handlePersonWords(handle: string): Array<string> | null {
  const words = handle.replace(HANDLE_TITLE, '').match(/\p{Lu}\p{Ll}*/gu) ?? [];
  if (words.join('') !== handle.replace(HANDLE_TITLE, '') || words.length < 2 || words.length > 4) return null;
  const [first] = words;
  const surname = words.slice(1).join('');
  return first && isFirstName(first) && !NOT_NAMES.has(first) && surname.length >= 3 && !NOT_NAMES.has(surname) ? words : null;
}

/**
 * "As such, @DrAmyActon will order the polls closed …", "Secretary of State @FrankLaRose will seek a remedy …" (the Ohio
 * governor's tweet, wikinews-arizona-florida-illinois-primaries-ohio-postpones-2020-03-20): a person the text names only
 * by a handle that spells a given name and a surname is a person, named by the handle without its "@" and also called
 * with it (`docs/annotation-guide.md`: people named only by a handle go in `people` without the "@"). A handle spelling a
 * person the text names otherwise ("Amy Acton") is left to that person's name; one already taken as a name is left as it is.
 */
export function addHandlePeople(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  const named = new Set(
    [...registry.entities.values()].filter((e) => e.type === 'person').map((e) => foldAccents(e.name.replace(/[\s.'’-]/g, '')).toLowerCase()),
  );
  texts.forEach((text, block) => {
    // The pattern opens on a look-behind, tried at every offset: a text without an "@" is not read.
    for (const found of text.includes('@') ? text.matchAll(SUBJECT_HANDLE) : []) {
      const handle = found[1] ?? '';
      const words = handlePersonWords(handle);
      const start = found.index;
      if (!words || named.has(words.join('').toLowerCase()) || registry.byMention.has(mentionKey(block, start))) continue;
      const person = registry.add('person', handle, block, start, start + found[0].length);
      person.aliases.add(`@${handle}`);
    }
  });
}
