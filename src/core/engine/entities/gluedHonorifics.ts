import { FOREIGN_HONORIFICS } from '../lexicon/foreignHonorifics';
import { absorbEntity } from './absorbEntity';
import { nameShapedWord, personShaped } from './names';
import type { EntityRegistry } from './registry';

/**
 * "Haji Zahir", "Mullah Omar": honorifics Afghan news keeps as the name a man is known by, where a given name of his own
 * is rarely written; the gold lists them whole (wikinews-grandfather-held-guantanamo-dies-of-cancer).
 */
const KEPT_AS_NAME: ReadonlySet<string> = new Set(['Haji', 'Hajji', 'Mullah']);

/**
 * The name a foreign honorific was glued to, or null: "Maulana Lutfur Rehman" is Lutfur Rehman, "Seri Liow Tiong Lai"
 * is Liow Tiong Lai, "Kapten Arluthfi" is Arluthfi. The honorific opens the name and one to three words written like a
 * name follow it; where the first of them is a listed given name the first pass already starts the person there.
 */
export function nameAfterHonorific(name: string): string | null {
  const [first = '', ...rest] = name.split(' ');
  if (!FOREIGN_HONORIFICS.has(first) || KEPT_AS_NAME.has(first) || rest.length === 0 || rest.length > 3) return null;
  const shaped = rest.length === 1 ? nameShapedWord(rest[0] ?? '') : personShaped(rest);
  return shaped ? rest.join(' ') : null;
}

/**
 * Gives each person whose name opens with a foreign honorific (`foreignHonorifics.ts`) the name after it, the honorific
 * their role where they had none; where a person of that name was found apart, the two are one. The annotation guide's
 * `people` hold names without titles ("Maulana Lutfur Rehman said the …", wikinews-khyber-pakhtunkhwa-assembly-votes-
 * merge-fata-2018-05-30, lists Lutfur Rehman), and a speaker's name is how a library groups their quotes.
 */
export function stripGluedHonorifics({ entities, byMention }: EntityRegistry): void {
  const people = [...entities.values()].filter((e) => e.type === 'person' && e.mentions.length > 0);
  for (const entity of people) {
    const name = nameAfterHonorific(entity.name);
    if (!name) continue;
    const same = people.find((p) => p !== entity && p.name === name && p.mentions.length > 0);
    if (same) {
      absorbEntity(byMention, same, entity, { keepName: false });
      continue;
    }
    entity.role ??= entity.name.slice(0, entity.name.length - name.length).trim();
    entity.name = name;
  }
}
