import { spacedKoreanName } from './koreanNames';
import { spacedVietnameseName } from './vietnameseNames';
import { middleName } from './middleNames';
import { slugify } from '../../slug';
import { ACRONYM_NAMES, PLACE_ALIASES } from './lookups';
import { fullerName } from './partialNames';
import { organizationShortForm } from './organizationShortForm';
import { headReference } from './headReference';
import { fatherSurname } from './doubleSurnames';
import { withoutNameSuffix } from './names';
import { calledByFirstName, sameSurname } from './nameSpellings';
import { NameFolds } from './nameFolds';
import { adoptName } from './adoptName';
import { honorificBearers } from './honorificBearers';
import { candidateBearers, nearestBefore, parentBearer, sameFirstName, severalPeople } from './sharedSurnames';
import { mentionKey, type EntityType, type FoundEntity } from './types';
import { namesRelative } from './kinNames';

/**
 * The entities found so far and how later mentions find them again: by mention, by a person's surname (or first
 * name), by an acronym written next to its expansion, and by an organisation's first word. The passes share one.
 */
export class EntityRegistry {
  /** The people first named as someone's kin ("her younger brother Borna Derakhshani"): a namesake is another person. */
  private readonly relatives = new Set<FoundEntity>();

  /** The lone names the text tells apart from the person they would be the surname of (`keepApart`), by `mentionKey`. */
  private readonly toldApart = new Set<string>();

  /** Makes the lone name written at `start` of block `block` a person of its own, not a short form of another. */
  keepApart(block: number, start: number): void {
    this.toldApart.add(mentionKey(block, start));
  }

  /** The person a lone name written at `start` of block `block` shortens, unless the text tells it apart (`keepApart`). */
  private loneNameBearer(word: string, block: number, start: number): FoundEntity | undefined {
    return this.toldApart.has(mentionKey(block, start)) ? undefined : this.personBySurname(word, block, start);
  }

  /** Whether one of the person's mentions is a lone name the text tells apart (`keepApart`). */
  isToldApart(entity: FoundEntity): boolean {
    return entity.mentions.some((m) => this.toldApart.has(mentionKey(m.block, m.start)));
  }

  /** `texts`: the blocks' texts, which the mentions' offsets are in. */
  constructor(private readonly texts: ReadonlyArray<string> = []) {}

  /** Every entity, by type and canonical name ("person:Vladimir Putin"). */
  readonly entities = new Map<string, FoundEntity>();
  /** The entity each mention names, by `mentionKey`. */
  readonly byMention = new Map<string, FoundEntity>();
  private readonly surnameMap = new Map<string, FoundEntity>();
  /** A person by the last word of their name, and by the first of a two-word name; set by `setSurname`. */
  readonly surnames: ReadonlyMap<string, FoundEntity> = this.surnameMap;
  /** Every person by the last word of their name: the people who share a surname, in the order found. */
  private readonly bearers = new Map<string, Array<FoundEntity>>();
  /**
   * A person by the father's surname of a Spanish double surname ("Rosselló") or the word before the last of a longer
   * name (`middleName`: "Yusuf"), null when two people's names hold it.
   */
  private readonly fatherSurnames = new Map<string, FoundEntity | null>();
  /** An entity by the acronym written in parentheses after it ("(CSTO)"). */
  readonly acronyms = new Map<string, FoundEntity>();
  /** The acronym an organisation was written as, by its full name. */
  readonly acronymAliases = new Map<string, string>();
  /** An organisation by the first word of its name ("Arcturus" for "Arcturus Semiconductor"). */
  readonly orgShort = new Map<string, FoundEntity>();
  /** The lone surnames left to no one, as `EntityIndex.leftToNoOne`. */
  readonly leftToNoOne: Array<{ block: number; start: number; end: number }> = [];

  /**
   * The person already found under the same name written with a hyphen for a space or in another case ("Kim Jong Un",
   * "Kim Jong-Un"); undefined when none.
   */
  private spelledAlike(name: string): FoundEntity | undefined {
    if (!name.includes(' ')) return undefined;
    const folded = this.folds.folded(name, true);
    for (const e of this.entities.values()) if (e.type === 'person' && e.name !== name && this.folds.folded(e.name, true) === folded) return e;
    return undefined;
  }

  /** Names and words folded for the lookups that compare spellings (`nameFolds.ts`). */
  private readonly folds = new NameFolds();

  /**
   * The person already found who was also written under this full name ("Matiu “Matt” Ratana" then "Matt Ratana");
   * undefined when none.
   */
  private byFullAlias(name: string): FoundEntity | undefined {
    if (!name.includes(' ')) return undefined;
    for (const e of this.entities.values()) if (e.type === 'person' && e.aliases.has(name)) return e;
    return undefined;
  }

  /** The first surname known (in `surnames`' order) under each folded spelling, kept by `setSurname`. */
  private readonly foldedSurnames = new Map<string, string>();

  /** Makes `word` alone call `entity` (`surnames`), keeping the folded spellings `surnameSpelledAlike` looks up. */
  setSurname(word: string, entity: FoundEntity): void {
    const folded = this.folds.folded(word, false);
    if (!this.surnames.has(word) && !this.foldedSurnames.has(folded)) this.foldedSurnames.set(folded, word);
    this.surnameMap.set(word, entity);
  }

  /**
   * The surname or first name known that `word` spells without or with its accents ("Erdogan" for "Erdoğan", as
   * Wikinews writes both on one page), or `word` itself when it is known as written or no other is.
   */
  private surnameSpelledAlike(word: string): string {
    if (this.surnames.has(word) || this.fatherSurnames.has(word)) return word;
    return this.foldedSurnames.get(this.folds.folded(word, false)) ?? word;
  }

  /**
   * The person a name of several words (`canonical`, ending in `surname`) calls by their surname, one whose first name it
   * can be ("Anil John" is not "John Bailey", "Wayne Smith" is not "Celine Smith"); for one word, the person it is the
   * surname of at `start` of block `block`. `relative` tells whether the name is written as a relative's.
   */
  private personNamedAlike(canonical: string, surname: string, block: number, start: number, relative: () => boolean): FoundEntity | undefined {
    if (!canonical.includes(' ')) return this.loneNameBearer(surname, block, start);
    return (this.bearers.get(this.surnameSpelledAlike(surname)) ?? []).find(
      (known) => sameSurname(known.name, canonical) && sameFirstName(known.name, canonical, relative() || this.relatives.has(known)),
    );
  }

  /** Notes that `surname` alone may call `entity` among the others who bear it (`bearers`). */
  private addBearer(surname: string, entity: FoundEntity): void {
    const bearers = this.bearers.get(surname) ?? [];
    if (!bearers.includes(entity)) this.bearers.set(surname, [...bearers, entity]);
  }

  /**
   * The one rule settling a lone surname `word` (as `surnameSpelledAlike` spells it) at `start` of block `block`: its one
   * bearer; else those the text settled it on (`candidateBearers`) if one person by first names (`severalPeople`: the
   * nearest before), else the one made a parent (`parentBearer`); else 'several', as nothing settles which is meant.
   */
  private settledBearer(word: string, block: number, start: number): FoundEntity | 'several' | undefined {
    const bearers = this.bearers.get(word) ?? [];
    // "Mrs. Bush" after "George Bush … First Lady Laura Bush": an honorific leaves the bearers of its gender; leaving none
    // ("John Smith … Mrs. Smith"), it tells the name apart from them all, and no later merge may join them.
    const all = honorificBearers(bearers, word, this.texts, block, start);
    if (all !== bearers && all.length === 0) this.keepApart(block, start);
    if (all !== bearers && all.length <= 1) return all[0];
    if (all.length <= 1) return this.surnames.get(word);
    const candidates = candidateBearers(all, word, block, start);
    if (!severalPeople(candidates, block, start, (e) => this.relatives.has(e))) return nearestBefore(candidates, block, start);
    return parentBearer(all, block, start, [...this.entities.values()], this.texts) ?? 'several';
  }

  /**
   * The person a lone surname (or first name) at `start` of block `block` names (`settledBearer`); undefined when
   * several share it, unsettled: AP style calls a person by surname alone only where that cannot be misread.
   */
  personBySurname(written: string, block: number, start: number): FoundEntity | undefined {
    const word = this.surnameSpelledAlike(written);
    const all = this.bearers.get(word) ?? [];
    // A father's surname is looked at only where no one bears the word as a surname or first name.
    if (all.length === 0 && !this.surnames.has(word)) return this.fatherSurnames.get(word) ?? undefined;
    const namesake = all.length === 0 ? this.givenNamesake(word, block, start) : null;
    if (namesake !== null) return namesake === 'several' ? undefined : namesake;
    const settled = this.settledBearer(word, block, start);
    return settled === 'several' ? undefined : settled;
  }

  /**
   * Whether a lone surname at `start` of block `block` is several people's and the text has not settled whose
   * (`settledBearer`): it is then nobody's, nor a person of its own ("[Saleh's nephew]" after "Ali Adullah Saleh … Mai Saleh").
   */
  sharedSurname(written: string, block: number, start: number): boolean {
    const word = this.surnameSpelledAlike(written);
    if (!this.bearers.has(word) && this.surnames.has(word) && this.givenNamesake(word, block, start) === 'several') return true;
    return this.settledBearer(word, block, start) === 'several';
  }

  /**
   * The person a lone first name `word` at `start` of block `block` calls when several people's names open with it:
   * "Diana Galindo (@dianagalindob) makes a comparison … Diana Luque, in her blog … Diana concludes" (Global Voices,
   * Colombia, May 2012) calls the one named nearest before it, when no one else is named between; after anyone else it
   * fits both, and is 'several': no one's. "Bassem" alone after "Bassem Sabry" and "Bassem Zakaria El-Samragy" fits both,
   * though only the first was made to answer to it (`setSurname`). Nor does it call the nearest when another was named in
   * that one's paragraph: "Ahmed [Ar] continues:" after "Ahmed Shokier and Ahmed Naji wrote …" (Global Voices, Egypt,
   * June 2009) may be either. Null when fewer than two names open with it.
   */
  givenNamesake(word: string, block: number, start: number): FoundEntity | 'several' | null {
    const people = [...this.entities.values()].filter((e) => e.type === 'person');
    const namesakes = people.filter((e) => e.name.startsWith(`${word} `));
    if (namesakes.length < 2) return null;
    const nearest = nearestBefore(namesakes, block, start);
    if (!nearest || nearestBefore(people, block, start) !== nearest) return 'several';
    const last = nearest.mentions.filter((m) => m.block < block || (m.block === block && m.start < start)).at(-1);
    const namedBeside = namesakes.some((e) => e !== nearest && e.mentions.some((m) => m.block === last?.block && (m.block < block || m.start < start)));
    return namedBeside ? 'several' : nearest;
  }

  /**
   * Records a mention at [start, end) of block `block` (UTF-16 code units) of the entity of `type` named `name`,
   * creating the entity or finding it by name, surname or a longer organisation name; a longer person's name
   * renames it. `role` is kept when the entity has none; `roleWords` are added lower-cased. A mention whose start
   * is already taken is not recorded again. Returns the entity.
   */
  add(
    type: EntityType,
    name: string,
    block: number,
    start: number,
    end: number,
    role: string | null = null,
    roleWords: ReadonlyArray<string> = [],
  ): FoundEntity {
    const { entities, byMention, surnames, acronymAliases, orgShort } = this;
    // "Lala] Aslikyan", "Jeff [Drake": a name an editor completed in brackets is the name without them.
    // "Lasana\u00a0Liburd\u00a0is a veteran journalist" then "Lasana Liburd (LL):" (gv-trinidad-tobago-wired868-online-
    // news-interview-2012-05-04): a page converted from HTML keeps no-break spaces inside a name, which is the same name.
    name = name.replace(/\]\s|\s\[/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
    const titled = /^[A-Z]{3,}$/.test(name) && type === 'place' ? name.charAt(0) + name.slice(1).toLowerCase() : name;
    const canonical = type === 'place' ? (PLACE_ALIASES.get(titled) ?? titled) : type === 'organization' ? (ACRONYM_NAMES.get(name) ?? name) : name;
    if (canonical !== name && type === 'organization') acronymAliases.set(canonical, name);
    const key = `${type}:${canonical}`;
    const surname = withoutNameSuffix(canonical).split(' ').at(-1) ?? '';
    // Both read only when no entity holds the name itself: most mentions repeat a name the registry already has.
    let related: boolean | undefined;
    const relative = () => (related ??= type === 'person' && canonical.includes(' ') && namesRelative(this.texts[block] ?? '', start));
    const bySurname = () => (type === 'person' ? this.personNamedAlike(canonical, surname, block, start, relative) : undefined);
    let entity =
      entities.get(key) ??
      (type === 'person' ? (this.spelledAlike(canonical) ?? this.byFullAlias(canonical) ?? fullerName(canonical, entities.values())) : undefined) ??
      bySurname() ??
      (type === 'organization' && canonical.includes(' ')
        ? [...entities.values()].find(
            (e) => e.type === 'organization' && (e.name.endsWith(` ${canonical}`) || canonical.endsWith(` ${e.name}`)) && e.name.includes(' '),
          )
        : undefined) ??
      (type === 'organization' ? headReference(canonical, (this.texts[block] ?? '').slice(Math.max(0, start - 8), start), entities.values()) : undefined);
    if (!entity) {
      entity = { key: slugify(canonical, 'entity'), type, name: canonical, role, aliases: new Set(), mentions: [], roleWords: new Set() };
      entities.set(key, entity);
      if (relative()) this.relatives.add(entity);
    }
    adoptName(entity, type, canonical);
    if (role && !entity.role) entity.role = role;
    for (const word of roleWords) entity.roleWords.add(word.toLowerCase());
    const short = type === 'organization' ? organizationShortForm(canonical) : undefined;
    if (short !== undefined && !orgShort.has(short)) orgShort.set(short, entity);
    if (type === 'person') {
      // "Harris" is the surname of "Bernard A. Harris Jr.", not "Jr.".
      const parts = withoutNameSuffix(canonical).split(' ');
      // "Haider al-Abadi … Dr. Abadi": an Arabic surname is also written without its article.
      const bare = /^(?:al|el|Al|El)-(\p{Lu}[\p{L}'’-]+)$/u.exec(parts.at(-1) ?? '')?.[1];
      for (const surname of [parts.at(-1) ?? canonical, ...(bare ? [bare] : [])]) {
        this.setSurname(surname, entity);
        this.addBearer(surname, entity);
      }
      // "with Josefina" after "Josefina Vázquez Mota": a first name before two Spanish surnames calls the person too.
      const father = fatherSurname(parts);
      const korean = spacedKoreanName(parts);
      // "Aishah and Doan" after "Doan Thi Huong": a Vietnamese family name, first, calls the person too.
      if ((calledByFirstName(parts) || father || korean || spacedVietnameseName(parts)) && !surnames.has(parts[0] ?? ''))
        this.setSurname(parts[0] ?? '', entity);
      // "said Kim" after "Kim Jong Nam … Kim Jong Un … Kim Jong Il": the family name is each one's surname, so it is shared
      // (`settledBearer`) rather than the first one's (Wikinews, February 2017).
      if (korean) this.addBearer(parts[0] ?? '', entity);
      const middle = father ?? middleName(parts);
      if (middle) this.fatherSurnames.set(middle, (this.fatherSurnames.get(middle) ?? entity) === entity ? entity : null);
    }
    if (!byMention.has(mentionKey(block, start))) {
      entity.mentions.push({ block, start, end, form: 'name' });
      byMention.set(mentionKey(block, start), entity);
    }
    return entity;
  }
}
