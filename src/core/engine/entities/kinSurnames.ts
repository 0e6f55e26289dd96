import { SURNAME_SHARING_KIN } from '../lexicon/surnameSharingKin';
import { withoutNameSuffix } from './names';
import type { EntityRegistry } from './registry';
import type { FoundEntity, FoundMention } from './types';

/**
 * "Donald Trump's younger brother ", "the Trumps' 14-year-old son ", "Rand Paul and his wife ", "his wife, ": a possessive
 * (a name's or "his"/"her"), at most one lower-case word, and a noun of kinship right before a name. Group 1 is the
 * possessive name, group 2 the pronoun, group 3 the noun.
 */
const KIN_BEFORE = /(?:\b(\p{Lu}[\p{L}-]*?)(?:['’]s|s['’]|['’])|\b([Hh]is|[Hh]er))\s+(?:[\p{Ll}\d-]+\s+)?(\p{Ll}+),?\s$/u;

/** Nouns of a female relative, whose surname may differ in ending from the man's. */
const FEMALE_KIN = /^(?:wife|widow|daughters?|sisters?)$/;

/** Surname endings that change for a woman in Slavic languages (Udaltsov/Udaltsova, Navalny/Navalnaya, Kowalski/Kowalska). */
const SLAVIC_SURNAME = /(?:ov|ev|ёв|in|sky|skiy|ski|cki|ny|iy)$/;

/** Where the last sentence in `before` starts: after a full stop, a question or exclamation mark and a capital. */
const sentenceStart = (before: string): number => {
  let at = 0;
  for (const m of before.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu)) at = m.index + m[0].length;
  return at;
};

const lastWord = (name: string): string => withoutNameSuffix(name).split(' ').at(-1) ?? '';

/** The surname of a person named with a given name and a surname whose name or alias is `word`, or whose surname it is (`Trumps` for the family). */
function surnameOfWord(people: ReadonlyArray<FoundEntity>, word: string): string | null {
  const surnames = new Set(
    people.flatMap((p) => {
      const surname = lastWord(p.name);
      const named = p.name === word || p.aliases.has(word) || surname === word || `${surname}s` === word;
      return named && p.name.includes(' ') ? [surname] : [];
    }),
  );
  return surnames.size === 1 ? ([...surnames][0] ?? null) : null;
}

/** The surname of the person whose mention in `block` ends last before `end` and after `from`, if their name has one. */
function surnameBefore(people: ReadonlyArray<FoundEntity>, block: number, from: number, end: number): string | null {
  let nearest: { person: FoundEntity; mention: FoundMention } | null = null;
  for (const person of people)
    for (const mention of person.mentions)
      if (mention.block === block && mention.start >= from && mention.end <= end && (!nearest || mention.end > nearest.mention.end))
        nearest = { person, mention };
  return nearest && nearest.person.name.includes(' ') ? lastWord(nearest.person.name) : null;
}

/** The surname a relative named at `mention` shares, by the kinship noun before the name; null when none is told. */
function sharedSurname(people: ReadonlyArray<FoundEntity>, texts: ReadonlyArray<string>, mention: FoundMention): string | null {
  const text = texts[mention.block] ?? '';
  const from = Math.max(0, mention.start - 160);
  const before = text.slice(from, mention.start);
  const kin = KIN_BEFORE.exec(before);
  if (!kin || !SURNAME_SHARING_KIN.has(kin[3] ?? '')) return null;
  // "Sergei Udaltsov's wife, Anastasia" (Global Voices, 2012) is Anastasia Udaltsova: a Slavic surname takes a woman's
  // ending, which is left untold rather than guessed.
  const slavicFemale = (surname: string | null) => (surname && FEMALE_KIN.test(kin[3] ?? '') && SLAVIC_SURNAME.test(surname) ? null : surname);
  if (kin[1]) return slavicFemale(surnameOfWord(people, kin[1]));
  // "Senator Rand Paul and his wife Kelley": "his" or "her" is the person named last before it in the sentence.
  return slavicFemale(surnameBefore(people, mention.block, from + sentenceStart(before.slice(0, kin.index)), from + kin.index));
}

/**
 * "Donald Trump's younger brother Robert", "Senator Rand Paul and his wife Kelley" (English Wikinews, 2020): a relative
 * the text names by a given name alone after a noun of a spouse, child or sibling (`surnameSharingKin.ts`) gets the
 * full name with the surname of the person they are the relative of as an alias, as docs/annotation-guide.md lists them
 * ("Relatives named by a kinship noun", like the Turpin rule for a shared surname written once). The name stays as
 * written, so no surname lookup ever finds the relative in place of the person. Left alone where the mentions disagree
 * on the surname or none tells it.
 */
export function addKinSurnames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  const people = [...registry.entities.values()].filter((e) => e.type === 'person');
  for (const person of people) {
    if (person.name.includes(' ') || [...person.aliases].some((a) => a.includes(' '))) continue;
    const surnames = new Set(person.mentions.flatMap((m) => sharedSurname(people, texts, m) ?? []));
    const [surname] = surnames;
    if (surnames.size === 1 && surname && surname !== person.name) person.aliases.add(`${person.name} ${surname}`);
  }
}
