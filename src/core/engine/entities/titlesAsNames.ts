import { isFirstName } from '../lexicon/firstNames';
import { SURNAME_ROLES } from '../lexicon/surnameRoles';
import { absorbEntity } from './absorbEntity';
import { ROLE_WORDS } from './lookups';
import { isInitial, personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { FoundEntity } from './types';

/**
 * Whether a "person" found is a job title written capitalised, as AP style does before a name and many agencies do
 * after one ("Ty Hughes, Web Services Manager at OPM", "Assistant Centennial Coordinator", "Special Presidential
 * Envoy"): its last word is a role noun that is no common surname ("Siwei Fan" stays a person), and its first word is
 * no known first name nor an initial ("Bill Baker", "P.W. Singer" stay people; in a longer name, every word before the
 * last).
 */
export function isTitleNotName(name: string): boolean {
  const words = name.split(' ');
  const last = (words.at(-1) ?? '').toLowerCase();
  const given = (word: string) => isFirstName(word) || isInitial(word) || /^(?:\p{Lu}\.)+$/u.test(word);
  // "Web Services Manager": a longer name is a person's only where the words before the last are given names too.
  const named = words.length === 2 ? given(words[0] ?? '') : words.length > 2 && words.slice(0, -1).every(given);
  return ROLE_WORDS.has(last) && !SURNAME_ROLES.has(last) && !named;
}

/**
 * "Former prime minister John Major", "contact Kyle King at the Public Relations office": a title word that is also a
 * common surname (`surnameRoles.ts`) closing two or three words that open with a known first name is the person's
 * surname, not a title the name pass should leave to the name after it. "Art Director", "Attorney General" stay titles:
 * their last word is no surname.
 */
export function titleWordAsSurname(words: ReadonlyArray<string>): boolean {
  const last = words.at(-1) ?? '';
  return words.length >= 2 && words.length <= 3 && isFirstName(words[0] ?? '') && SURNAME_ROLES.has(last.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(last);
}

/** Clears the mentions of every person whose name is a job title: such a "person" is no one. */
export function dropTitlesTakenAsNames({ entities }: EntityRegistry): void {
  for (const entity of entities.values()) if (entity.type === 'person' && isTitleNotName(entity.name)) entity.mentions = [];
}

/**
 * The name a job title was glued to, or null: "Chief Digital Engineer Aaron Comis" is Aaron Comis, "Science Policy
 * Fellow Talla Babou" is Talla Babou. A role noun followed by two or three words written like a name, with no given name
 * before it ("Bill Baker Jones" keeps its words).
 */
export function nameAfterGluedTitle(name: string): string | null {
  const words = name.split(' ');
  for (let at = words.length - 3; at >= 0; at--) {
    const rest = words.slice(at + 1);
    if (!ROLE_WORDS.has((words[at] ?? '').toLowerCase()) || SURNAME_ROLES.has((words[at] ?? '').toLowerCase())) continue;
    if (rest.length > 3 || !personShaped(rest) || words.slice(0, at + 1).some((w) => isFirstName(w))) return null;
    return rest.join(' ');
  }
  return null;
}

/**
 * Whether a mention of `entity` that opens with the role word follows a role noun in lower case ("Emirati commentator
 * Sultan Al Qassemi", gv-egypt-first-presidential-debate-disappointment-2012-05-12): the person's role is told there, so
 * a role word capitalised after it ("Sultan") opens their name, not a second title. A shorter mention after a role noun
 * ("prince Ranariddh" after "National Assembly President Norodom Ranariddh", voa-cambodia-sam-rainsy-interview-2005-02-08)
 * tells nothing of the capitalised word.
 */
function roleToldBefore(entity: FoundEntity, texts: ReadonlyArray<string>): boolean {
  const first = entity.name.split(' ')[0] ?? '';
  return entity.mentions.some((m) => {
    const text = texts[m.block] ?? '';
    // "Former defense minister Sultan Hashim Ahmad al-Tal" (wikinews-ali-hassan-al-majid-two-others-sentenced-death-iraqi-
    // court-2007-06-24): the mention may already hold the role told before the name, the word then opening the name inside it.
    const inside = text.slice(m.start, m.end);
    const start = inside.startsWith(first) ? m.start : inside.includes(` ${first} `) ? m.start + inside.indexOf(` ${first} `) + 1 : -1;
    return start >= 0 && ROLE_WORDS.has(/(?:^|\s)(\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '');
  });
}

/**
 * Gives each person whose name holds a glued job title the name after it, their role the title where they had none;
 * where a person of that name was found apart, the two are one (`absorbEntity`, so that the mention index names the one
 * kept: a mention left pointing at the emptied entity reads as no one's when attribution looks a speaker up by it).
 * `texts` are every block's text.
 */
export function stripGluedTitles({ entities, byMention }: EntityRegistry, texts: ReadonlyArray<string> = []): void {
  const people = [...entities.values()].filter((e) => e.type === 'person' && e.mentions.length > 0);
  for (const entity of people) {
    const name = nameAfterGluedTitle(entity.name);
    if (!name || roleToldBefore(entity, texts)) continue;
    const same = people.find((p) => p !== entity && p.name === name);
    if (same) {
      absorbEntity(byMention, same, entity, { keepName: false });
      continue;
    }
    entity.role ??= entity.name.slice(0, entity.name.length - name.length).trim();
    entity.name = name;
  }
}
