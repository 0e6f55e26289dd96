import { isFirstName } from '../lexicon/firstNames';
import { fatherSurname } from './doubleSurnames';
import { withoutNameSuffix } from './names';
import { absorbEntity } from './absorbEntity';
import { adjacentSwap } from './adjacentSwap';
import type { FoundEntity } from './types';

/** The capital initials of a name's capitalised words: "Movement for Democratic Change" → "MDC". */
export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');

/**
 * What the merge compares of a name, read once: `words` split at spaces, `core` without a generational suffix
 * (`withoutNameSuffix`), `given` every word but the last, `lastTwo` its last two words unaccented, `father` its father's
 * surname (`fatherSurname`). Every short form is compared with every entity, and splitting the names again for each pair
 * made a long paste's merge grow with the square of its names.
 */
interface NameParts {
  words: ReadonlyArray<string>;
  core: string;
  given: string;
  lastTwo: string;
  father: string | null;
}

/** A reader of `NameParts` that reads each name once (the names do not change while short forms merge). */
function namePartsReader(): (name: string) => NameParts {
  const read = new Map<string, NameParts>();
  return (name) => {
    let parts = read.get(name);
    if (!parts) {
      const words = name.split(' ');
      const core = withoutNameSuffix(name);
      const lastTwo = unaccented(words.slice(-2).join(' '));
      read.set(name, (parts = { words, core, given: words.slice(0, -1).join(' '), lastTwo, father: fatherSurname(core.split(' ')) }));
    }
    return parts;
  };
}

/** Whether `full` is `short` ("Joyce Banda") with middle names between its two words ("Joyce Hilda Mtila Banda"). */
function withMiddleNames(words: ReadonlyArray<string>, short: ReadonlyArray<string>): boolean {
  const [first, last] = short;
  return words.length > 2 && words[0] === first && words.at(-1) === last && words.slice(1, -1).every((w) => /^\p{Lu}/u.test(w));
}

/** A name without its accents: "Lopez Obrador" for "López Obrador", as captions and translations strip them. */
const unaccented = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Whether `short` is the two surnames `full` ends with, written with or without their accents ("Lopez Obrador" for
 * "Andrés Manuel López Obrador", "Peña Nieto" for "Enrique Peña Nieto"): the Spanish press calls a person by both
 * surnames. A short form opening with a first name ("Ann Smith", "Mary Ann Smith") is a given name and a surname, which
 * `withMiddleNames` weighs.
 */
function bothSurnames(full: NameParts, short: NameParts): boolean {
  return full.words.length >= 3 && !isFirstName(short.words[0] ?? '') && full.lastTwo === short.lastTwo;
}

/**
 * Whether `short` is the given name and father's surname of `full` ("Wanda Vázquez" for "Wanda Vázquez Garced", the
 * headline's short form of wikinews-puerto-rico-supreme-court-removes-pierluisi-2019-08-08): AP style calls a person with
 * two Spanish surnames by the given name and the first (`fatherSurname`).
 */
function givenAndFatherSurname(full: NameParts, short: NameParts): boolean {
  return full.father !== null && full.words[0] === short.words[0] && full.father === short.words[1];
}

/** Whether two words differ by one letter left out ("Kufor", "Kufuor"), both at least five letters, with the same first. */
function oneLetterOut(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 5 || short[0] !== long[0]) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Whether two words are one slip of the keys apart ("Mitterrand", "Mitterrant"; "Chaves", "Chavez"; "Rubin", "Rubins"):
 * one letter left out, one changed, or two side by side swapped (`adjacentSwap`); both at least five letters, with the same first. A
 * hyphened word is left alone: a Korean or Chinese given name's syllables differ by a letter between people ("Jong-il",
 * "Jong-in").
 */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5 || /-/.test(a + b)) return false;
  if (oneLetterOut(a, b)) return true;
  if (a.length !== b.length) return false;
  return [...a].filter((ch, i) => ch !== b[i]).length === 1 || adjacentSwap(a, b);
}

/**
 * "François Mitterrand … François Mitterrant", "Hamza bin Laden … Hamza bin Ladin": two full names with the same given
 * names (every word but the last) and surnames one slip apart are one person's, the text misspelling it once. A
 * different given name ("Justin Taylor", "Martin Traylor") or a differing word before the last ("Kim Jong-il", "Kim
 * Jong-un" end in different words) keeps two people. Observed on fresh NASA, Wikinews and Global Voices pages.
 */
function misspeltFullName(a: NameParts, b: NameParts): boolean {
  const [wa, wb] = [a.words, b.words];
  return wa.length >= 2 && wa.length === wb.length && a.given === b.given && oneSlipApart(wa.at(-1) ?? '', wb.at(-1) ?? '');
}

/** Whether `e` is the spelling a misspelt full name joins: the one written more often, else the one written first. */
const outweighs = (e: FoundEntity, other: FoundEntity): boolean =>
  e.mentions.length !== other.mentions.length ? e.mentions.length > other.mentions.length : firstAt(e) < firstAt(other);
/** Where a mention sits in reading order, as one number: its block first, then its offset. */
const readingAt = (m: { block: number; start: number }) => m.block * 1e6 + m.start;
const firstAt = (e: FoundEntity) => Math.min(...e.mentions.map(readingAt));

/**
 * "President John Kufuor of Ghana … Ghana President Kufor": a lone surname spelt with one letter left out or added is
 * the one person of that surname holding the same title; without a shared title the text gives no sign it is them.
 */
const misspeltSurnameOf = (short: FoundEntity, e: FoundEntity, parts: NameParts) =>
  e !== short &&
  e.type === 'person' &&
  e.name.includes(' ') &&
  oneLetterOut(short.name, parts.words.at(-1) ?? '') &&
  [...short.roleWords].some((w) => e.roleWords.has(w));

/**
 * "Houthi military spokesperson Yahya Sarea said … . "These attacks are our right …", Saree said."
 * (wikinews-drone-attacks-saudi-oil-facilities-2019-09-15): a lone surname the text never introduces, one slip apart
 * (`oneSlipApart`) from the surname of the person named in full just before it, is that person's surname transliterated
 * or misspelt. A bare surname is a second reference (AP Stylebook, "names"), and the person the text named last is the
 * one it refers back to; a person named between the two, any other person of a like surname, or a title of the lone
 * surname's own leaves it alone.
 */
function respeltSurnameBefore(
  short: FoundEntity,
  all: ReadonlyArray<[string, FoundEntity]>,
  partsOf: (name: string) => NameParts,
): Array<[string, FoundEntity]> {
  // "Senator Jane Hanssen … Coach Hansen": a title of its own tells the lone surname's bearer apart.
  if (short.roleWords.size > 0) return [];
  const first = firstAt(short);
  const like = all.filter(([, e]) => e !== short && e.type === 'person' && partsOf(e.name).words.some((w) => oneSlipApart(w, short.name)));
  const [only] = like;
  if (like.length !== 1 || !only || !only[1].name.includes(' ') || !oneSlipApart(partsOf(only[1].name).words.at(-1) ?? '', short.name)) return [];
  const before = (e: FoundEntity) => Math.max(-1, ...e.mentions.map(readingAt).filter((at) => at < first));
  const last = before(only[1]);
  if (last < 0) return [];
  return all.some(([, e]) => e !== short && e !== only[1] && e.type === 'person' && before(e) > last) ? [] : [only];
}

/**
 * The people among `all` by the last word of their name's core (`partsOf`: "Banda" for "Joyce Hilda Mtila Banda"), in
 * the order of `all`; a core of one word ends no longer name. A one-word name finds the names it may shorten here,
 * where reading every entity for every such name made a long paste's reading grow with its square.
 */
function peopleByLastWord(all: ReadonlyArray<[string, FoundEntity]>, partsOf: (name: string) => NameParts): Map<string, Array<[string, FoundEntity]>> {
  const byLast = new Map<string, Array<[string, FoundEntity]>>();
  for (const entry of all) {
    if (entry[1].type !== 'person') continue;
    const { core } = partsOf(entry[1].name);
    const space = core.lastIndexOf(' ');
    if (space < 0) continue;
    const last = core.slice(space + 1);
    const people = byLast.get(last);
    if (people) people.push(entry);
    else byLast.set(last, [entry]);
  }
  return byLast;
}

/**
 * Joins a short form named before its full form, or apart from it, to the full one: a surname alone
 * ("Usov … Kostiantyn Usov") to the one person whose name ends with it, a first and last name to the one
 * person named with middle names between them ("Joyce Banda … Joyce Hilda Mtila Banda") or whose two surnames they are
 * (`bothSurnames`: "Lopez Obrador … Andrés Manuel López Obrador"), an acronym ("MDC") to the one
 * organisation whose capitalised words it spells ("Movement for Democratic Change"), a father's surname alone to the one
 * person named with both Spanish surnames ("Rosselló", "Ricardo Rosselló Nevares"), a surname misspelt by a letter to
 * the one person of the same title ("Kufor", "John Kufuor") or one slip apart to the person named just before it
 ("Yahya Sarea … Saree said", `respeltSurnameBefore`), a full name misspelt so to the same name spelt right
 * (`misspeltFullName`), an organisation's head word alone ("the Church") to the one
organisation named by it and "of" ("Church of Scientology", a Wikinews article, development half). Moves the short form's
 * mentions, aliases and role words to the full one (`absorbEntity`), and deletes the short form from `entities`. A lone
 * name `toldApart` says the text tells apart from the person it would shorten ("Maria, that's her name" is not "Josep
 * Maria … he") stays a person of its own, and a misspelt surname joins no one its honorific does not fit (`fits`: "Mrs
 * Abbot" is not "Mark Abbott").
 */
export function mergeShortForms(
  entities: Map<string, FoundEntity>,
  byMention: Map<string, FoundEntity>,
  toldApart: (person: FoundEntity) => boolean = () => false,
  fits: (short: FoundEntity, full: FoundEntity) => boolean = () => true,
): void {
  const all = [...entities.entries()];
  const partsOf = namePartsReader();
  const byLastWord = peopleByLastWord(all, partsOf);
  for (const [key, short] of all) {
    if (toldApart(short)) continue;
    const own = partsOf(short.name);
    const full =
      short.type === 'person' && !short.name.includes(' ')
        ? (byLastWord.get(short.name) ?? []).filter(([, e]) => e !== short)
        : short.type === 'person' && own.words.length === 2
          ? all.filter(
              ([, e]) =>
                e !== short &&
                e.type === 'person' &&
                (withMiddleNames(partsOf(e.name).words, own.words) || bothSurnames(partsOf(e.name), own) || givenAndFatherSurname(partsOf(e.name), own)),
            )
          : short.type === 'organization' && /^[A-Z]{2,6}$/.test(short.name)
            ? all.filter(([, e]) => e !== short && e.type === 'organization' && e.name.includes(' ') && initials(e.name) === short.name)
            : short.type === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(short.name)
              ? all.filter(([, e]) => e.type === 'organization' && e.name.startsWith(`${short.name} of `))
              : [];
    const lone = full.length === 0 && short.type === 'person' && !short.name.includes(' ');
    // "Puerto Rico's governor Rosselló resigns" before "Ricardo Rosselló Nevares": a father's surname alone.
    const father = lone ? all.filter(([, e]) => e.type === 'person' && partsOf(e.name).father === short.name) : [];
    const titledAlike = lone && father.length === 0 ? all.filter(([, e]) => misspeltSurnameOf(short, e, partsOf(e.name))) : [];
    const misspelt =
      lone && father.length === 0 && titledAlike.length === 0
        ? respeltSurnameBefore(
            short,
            all.filter(([k]) => entities.has(k)),
            partsOf,
          )
        : titledAlike;
    const fitting = misspelt.filter(([, e]) => fits(short, e));
    const variant =
      full.length === 0 && short.type === 'person' && short.name.includes(' ')
        ? all.filter(([k, e]) => entities.has(k) && e !== short && e.type === 'person' && misspeltFullName(own, partsOf(e.name)) && outweighs(e, short))
        : [];
    const found = full.length > 0 ? full : father.length > 0 ? father : misspelt.length > 0 ? fitting : variant;
    const target = found.length === 1 ? found[0]?.[1] : undefined;
    if (!target) continue;
    absorbEntity(byMention, target, short);
    entities.delete(key);
  }
}
