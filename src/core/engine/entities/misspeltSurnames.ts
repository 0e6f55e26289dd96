import { absorbEntity } from './absorbEntity';
import { honorificBearers, honorificGender } from './honorificBearers';
import { lettersSwapped, misspeltSurname } from './nameSpellings';
import { withoutNameSuffix } from './names';
import type { EntityRegistry } from './registry';
import type { FoundEntity } from './types';

/**
 * The one person named in full whose surname `written` misspells by `slip` ("Rumsfled" for "Donald Rumsfeld"), when no
 * one bears `written` itself as a word of their name; undefined when none or several could be meant. A misspelling is
 * read so only where it can be nobody else: two people of near-alike surnames leave it.
 */
export function personOfMisspeltSurname(
  people: Iterable<FoundEntity>,
  written: string,
  slip: (written: string, surname: string) => boolean = lettersSwapped,
): FoundEntity | undefined {
  const named = [...people].filter((p) => p.type === 'person' && p.mentions.length > 0 && p.name.includes(' '));
  if (named.some((p) => p.name.split(' ').includes(written))) return undefined;
  const near = named.filter((p) => slip(written, withoutNameSuffix(p.name).split(' ').at(-1) ?? ''));
  return near.length === 1 ? near[0] : undefined;
}

/**
 * Whether every gendered honorific before a mention of `lone` ("Mr Abbot", "Mrs Abbot") fits `person`, the one its
 * surname would misspell (`honorificBearers`: "Mrs" fits no one the text or a given name tells is a man). `texts` are
 * every block's text, which the mentions index.
 */
export function honorificsFit(lone: FoundEntity, person: FoundEntity, texts: ReadonlyArray<string>): boolean {
  return lone.mentions.every((m) => honorificBearers([person], lone.name, texts, m.block, m.start).length === 1);
}

/**
 * Joins each person found only as a surname after a gendered honorific ("Mr", "Mrs", "Ms") to the one person named in
 * full whose surname it misspells (`misspeltSurname`) and whose gender the honorific fits (`honorificBearers`): "with Mr
 * Abbot calling the relationship "very strong"" after "Tony Abbott commented" (Wikinews, January 2014). An honorific
 * before a bare surname calls back someone the text named in full (AP Stylebook and British style, "courtesy titles"),
 * so the copy's slip names no second person, whoever was named between; a bare surname with no honorific or with a
 * title of its own ("Coach Hansen" after "Senator Jane Hanssen") may be someone else and is left alone. The misspelt
 * form stays an alias. `texts` are every block's text, which the mentions index.
 */
export function joinMisspeltSurnames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  const { entities, byMention } = registry;
  for (const lone of [...entities.values()]) {
    if (lone.type !== 'person' || lone.mentions.length === 0 || lone.name.includes(' ')) continue;
    if (!lone.mentions.every((m) => honorificGender(texts[m.block] ?? '', m.start, lone.name) !== null)) continue;
    const person = personOfMisspeltSurname(entities.values(), lone.name, misspeltSurname);
    if (person && person !== lone && honorificsFit(lone, person, texts)) absorbEntity(byMention, person, lone);
  }
}
