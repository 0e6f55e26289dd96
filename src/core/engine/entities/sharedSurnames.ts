import { ADVERBS } from '../lexicon/adverbs';
import { isFirstName } from '../lexicon/firstNames';
import { HONORIFICS } from '../lexicon/honorifics';
import { NICKNAMES } from '../lexicon/nicknames';
import { NOT_NAMES } from '../lexicon/notNames';
import { classify } from './classify';
import { COUNTRY_BY_ADJECTIVE, ROLE_WORDS, TITLE_WORDS } from './lookups';
import { spacedKoreanName } from './koreanNames';
import { isInitial } from './names';
import { namedAsParent } from './parentTie';
import type { FoundEntity, FoundMention } from './types';

const SHORT_FORMS = new Map<string, ReadonlyArray<string>>(NICKNAMES);

/** Whether two words differ by one letter added, dropped or changed. */
function oneLetterApart(short: string, long: string): boolean {
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/**
 * Whether a name's first word may be something the name pass left before the name rather than a given name: a title,
 * a role ("Manager Low", "Engineers Carlton Kemper"), an honorific, a sentence adverb ("Afterwards Trump"), a
 * nationality, or a word that never starts a name.
 */
function mayBeLeftOver(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    TITLE_WORDS.has(word) ||
    ROLE_WORDS.has(lower) ||
    ROLE_WORDS.has(lower.replace(/s$/, '')) ||
    HONORIFICS.has(lower) ||
    ADVERBS.has(lower) ||
    /ly$/.test(lower) ||
    NOT_NAMES.has(word) ||
    COUNTRY_BY_ADJECTIVE.has(word) ||
    !/^\p{Lu}\p{Ll}+$/u.test(word)
  );
}

/**
 * A capitalised word no list knows that is written as a given name is: no verb form ("Existing"), nothing left before a
 * name, and no organisation or place of its own ("on Twitter West accused" after "Kanye West").
 */
const writtenAsGivenName = (word: string) => !mayBeLeftOver(word) && !/(?:ing|ed)$/.test(word) && classify(word, [word]) === null;

/**
 * Whether one given name is the other written in full or as one part of a double given name: "Gregory" and
 * "Vitus-Gregory" (a Global Voices blogger who signs his letter so), "Dan" and "Daniel", "Tom" and "Thomas".
 */
export function givenNamesAlike(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (
    x !== y &&
    ((short.length >= 3 && long.startsWith(short)) ||
      long.split('-').includes(short) ||
      (SHORT_FORMS.get(x) ?? []).includes(y) ||
      (SHORT_FORMS.get(y) ?? []).includes(x))
  );
}

/**
 * Whether two names of people who share a surname can be one person's by their first names: the same name, one
 * that begins the other ("Dan", "Daniel") or is part of it (`givenNamesAlike`), a short form ("Tom", "Thomas"), a spelling one letter apart ("Darell",
 * "Darrell"), an initial and a name it begins, a surname alone, a shorter name made of the longer one's last words
 * ("Rivera Schatz", "Thomas Rivera Schatz"), or a first word that may be a title, role or adverb left before the name
 * ("Madame Banda", "Manager Low"). Two given names tell people apart even when the lists of first names (which
 * must know at least one of them) lack the other: a relative named beside a public figure ("Trump's niece Mary Trump", "his wife Jonna Mendez") and two
 * unrelated people of one surname ("Sadiq Khan", "Usman Khan") are each their own person. With `relative` (one of the
 * two was named as the other's kin: "Dorsa Derakhshani and her younger brother Borna Derakhshani") two first words no
 * list knows are two given names too.
 */
export function sameFirstName(known: string, name: string, relative = false): boolean {
  // The same name written again (most mentions): every test below agrees.
  if (known === name) return true;
  const a = known.split(' ');
  const b = name.split(' ');
  if (a.length === 1 || b.length === 1) return true;
  // "Kim Jong Nam", "Kim Jong Il": a Korean name written family name first has its given name last, and two of them
  // are two people (Wikinews, February 2017).
  if (spacedKoreanName(a) && spacedKoreanName(b)) return a.slice(1).join(' ') === b.slice(1).join(' ');
  const [x, y] = [a[0] ?? '', b[0] ?? ''];
  if (isInitial(x) || isInitial(y)) return x.charAt(0) === y.charAt(0);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (x !== y && longer.includes(shorter[0] ?? '')) return true;
  // Only a known first name shows a first word is a given name ("Existing Barrier", "Emerging Barrier" are none), or two
  // words written as given names are, no verb form nor word left before a name among them: "Slobodan Milosevic" and
  // "Sasa Milosevic" (gv-serbia-elections-citizen-media-monitoring-2012-05-06), "Junius Ho" and "Cyd Ho" are two people.
  const unknown = [x, y].filter((w) => !isFirstName(w));
  if (unknown.length === 2 && !relative && !unknown.every(writtenAsGivenName)) return true;
  // "Former Vice-President Biden": a title inside the name says its first word was no given name.
  if (unknown.some(mayBeLeftOver) || [...a, ...b].some((w) => w.split('-').some((part) => TITLE_WORDS.has(part)))) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return x === y || givenNamesAlike(x, y) || (short.length >= 4 && oneLetterApart(short, long));
}

/** Whether mention `m` comes before (`block`, `start`). */
const before = (m: FoundMention, block: number, start: number) => m.block < block || (m.block === block && m.start < start);

/**
 * The people sharing a surname whom a lone surname at (`block`, `start`) may name: those the article has already
 * called by the bare surname or named in full more than once, when any has been; a namesake named just once, in full, is
 * named in passing ("Usman Khan stabbed … Khan was pinned … Mayor of London Sadiq Khan (no relation) tweeted … Khan
 * was convicted"; "President Donald Trump reported he and his wife First Lady Melania Trump tested positive … Trump
 * took to social media"). AP style calls the person a story is about by surname after the first reference: when the
 * writer has called just one of them by the bare surname, that one alone; else a namesake the writer names again
 * ("Leslie Smith … Leslie Smith … Smith said") may take the surname over, and among those left the one named nearest
 * before is meant. All of them when none has been named more than once.
 */
export function candidateBearers(bearers: ReadonlyArray<FoundEntity>, surname: string, block: number, start: number): ReadonlyArray<FoundEntity> {
  // A first name alone ("Tonight, [Melania] and I") is how a quote names a relative, not a second reference.
  const inFull = (e: FoundEntity) => e.mentions.filter((m) => before(m, block, start) && m.end - m.start >= e.name.length).length;
  const bySurname = (e: FoundEntity) => e.mentions.some((m) => before(m, block, start) && m.end - m.start === surname.length);
  // "Biden countered …" after "Hunter Biden's laptop", where the writer has called only Joe Biden "Biden": the one the
  // bare surname already stands for keeps it (Wikinews, On the campaign trail, October 2020). One such call is enough, as
  // only a settled surname is anyone's: asking for two left "Kurdi's image" to no one after "Alan Kurdi … Kurdi, his
  // brother … his father, Abdullah Kurdi … Abdullah Kurdi" (Wikinews, February 2019).
  const called = bearers.filter(bySurname);
  if (called.length === 1) return called;
  const established = bearers.filter((e) => inFull(e) > 1 || bySurname(e));
  return established.length > 0 ? established : bearers;
}

/** Of `people`, the one with a mention nearest before `start` of block `block`; undefined when none is named before it. */
export function nearestBefore(people: ReadonlyArray<FoundEntity>, block: number, start: number): FoundEntity | undefined {
  let nearest: { entity: FoundEntity; block: number; start: number } | undefined;
  for (const entity of people)
    for (const m of entity.mentions) {
      const before = m.block < block || (m.block === block && m.start < start);
      if (before && (!nearest || m.block > nearest.block || (m.block === nearest.block && m.start > nearest.start)))
        nearest = { entity, block: m.block, start: m.start };
    }
  return nearest?.entity;
}

/** Of `people`, those with a mention before `start` of block `block`. */
const namedBefore = (people: ReadonlyArray<FoundEntity>, block: number, start: number) => people.filter((e) => e.mentions.some((m) => before(m, block, start)));

/**
 * Whether, of `people` who share a surname, those named before `start` of block `block` are two people or more by their
 * first names ("Joe Biden", "Hunter Biden"), not one person whose names are not merged yet ("Wanda Vázquez" in a
 * headline, "Wanda Vázquez Garced" in the body). `isRelative` tells who was named as someone's kin (`sameFirstName`).
 */
export function severalPeople(people: ReadonlyArray<FoundEntity>, block: number, start: number, isRelative: (e: FoundEntity) => boolean): boolean {
  const named = namedBefore(people, block, start);
  return named.some((a, i) => named.slice(i + 1).some((b) => !sameFirstName(a.name, b.name, isRelative(a) || isRelative(b))));
}

/**
 * Of `bearers` of one surname, the one named before `start` of block `block` whom the text made a parent
 * (`namedAsParent`), when exactly one was: news calls the principal of a family by the bare surname and the child by
 * full name ("Trump asks Zelensky to investigate Joe Biden and his son, Hunter Biden. The accusation against Biden
 * is …", Wikinews, September 2019). `everyone` are the entities found so far; `texts` every block's text.
 */
export function parentBearer(
  bearers: ReadonlyArray<FoundEntity>,
  block: number,
  start: number,
  everyone: ReadonlyArray<FoundEntity>,
  texts: ReadonlyArray<string>,
): FoundEntity | undefined {
  const named = namedBefore(bearers, block, start);
  if (named.length < 2) return undefined;
  const people = everyone.filter((e) => e.type === 'person');
  const parents = named.filter((e) => namedAsParent(e, people, texts));
  return parents.length === 1 ? parents[0] : undefined;
}
