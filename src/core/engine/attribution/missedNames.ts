import { slugify } from '../../slug';
import { classify } from '../entities/classify';
import { PLACES, ROLE_WORDS, TITLE_WORDS } from '../entities/lookups';
import { nameShapedWord, opensGivenName, personShaped } from '../entities/names';
import { mentionKey, type EntityIndex, type FoundEntity } from '../entities/types';
import { NOT_NAMES } from '../lexicon/notNames';
import type { MentionIndex } from './mentions';
import type { Located, Subject } from './types';
import { wordEndingAt } from '../textBefore';
import { articleHolds } from '../wholeText';

/** A surname as a cue writes it: one capitalised word ("Geingob", "Kipchoge", "Al-Bashir"). */
const SURNAME = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u;
/** Up to four capitalised words (or initials) right before a surname, ending where the surname starts. */
const WORDS_BEFORE = /((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4})$/u;

/**
 * People the name pass left out whom the cue of a direct quote names by surname, AP style: the full name once
 * (`The current president of Namibia, Hage Geingob, expressed …`, `Eliud Kipchoge of Kenya …`), then the surname alone
 * in the cue (`Geingob tweeted, "…"`, `"…," said Kipchoge after the run`). The surname must follow a given name in an
 * earlier run of capitalised words that no entity was found in, the same full name wherever it does; the title words
 * before it ("Senate Minority Whip Dick Durbin") are no part of the name. Each person found is added to the entity
 * index and the mention index, with a mention at the full name and at the cue's surname.
 */
export class MissedNames {
  /** The person each surname asked about stands for (null: none), and where their full name is written. */
  private readonly bySurname = new Map<string, { entity: FoundEntity; places: Array<Located> } | null>();
  /** The people a sieve has taken as speakers: in the entity index. */
  private readonly taken = new Set<FoundEntity>();

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly index: EntityIndex,
    private readonly mentions: MentionIndex,
  ) {}

  /**
   * The speaker words of a cue that are such a surname, starting at `at.start` or ending at `at.end` of `block`
   * (UTF-16 offsets); null when the word there is not a surname of a full name written before it.
   */
  subject(block: number, at: { start: number } | { end: number }): Subject | null {
    const text = this.texts[block] ?? '';
    const word = 'start' in at ? /^[\p{L}\p{M}'’-]+/u.exec(text.slice(at.start))?.[0] : wordEndingAt(text, at.end);
    if (!word || !SURNAME.test(word) || NOT_NAMES.has(word) || TITLE_WORDS.has(word) || ROLE_WORDS.has(word.toLowerCase())) return null;
    const start = 'start' in at ? at.start : at.end - word.length;
    const ref: Located = { block, start, end: start + word.length };
    // The surname stands alone: no capitalised word joins it on either side, and no entity was found there.
    if (/^\s+\p{Lu}/u.test(text.slice(ref.end, ref.end + 2)) || this.mentions.between(block, ref.start, ref.end).length > 0) return null;
    if (
      /(?:\p{Lu}[\p{L}'’-]*|\b\p{Lu}\.)\s+$/u.test(text.slice(Math.max(0, start - 40), start)) &&
      !/(?:^|[.!?"“”]\s*)\p{Lu}\p{Ll}+\s+$/u.test(text.slice(0, start))
    )
      return null;
    if (!this.bySurname.has(word)) this.bySurname.set(word, this.commonNoun(word) ? null : this.fullName(word, ref));
    const entity = this.bySurname.get(word)?.entity;
    return entity ? { ref, entity, resolution: 'name', antecedent: null } : null;
  }

  /**
   * Records a subject `subject()` gave once a sieve has taken it as a quote's speaker: the person joins the entity
   * index, with mentions at the full name and at the cue's surname. Other subjects are left alone.
   */
  confirm(subject: Subject): void {
    const entity = subject.entity;
    const found = entity ? [...this.bySurname.values()].find((f) => f?.entity === entity) : undefined;
    if (!entity || !found) return;
    if (!this.taken.has(entity)) {
      this.taken.add(entity);
      this.index.entities.push(entity);
      for (const at of found.places) this.addMention(entity, at);
    }
    this.addMention(entity, subject.ref);
  }

  /** The one full name before `ref` that ends in `surname`, as a new person, and where it is written; null when none or several. */
  private fullName(surname: string, ref: Located): { entity: FoundEntity; places: Array<Located> } | null {
    const names = new Map<string, Array<Located>>();
    for (let block = 0; block <= ref.block; block++) {
      const text = this.texts[block] ?? '';
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}'’-])${surname}(?![\\p{L}\\p{M}'’-])`, 'gu'))) {
        if (block === ref.block && m.index >= ref.start) break;
        const words =
          WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1]
            ?.trim()
            .split(/\s+/) ?? [];
        const afterTitle = words.slice(words.findLastIndex((w) => TITLE_WORDS.has(w) || ROLE_WORDS.has(w.toLowerCase()) || !nameShapedWord(w)) + 1);
        // "Senate Minority Whip Dick Durbin", "The President of France Nicolas Sarkozy": a title the lexicon lacks, or a
        // place, ends where a known given name starts; a name holds no place. A surname's particle opens no name
        // ("Saad El Katatny").
        const first = afterTitle.findIndex(opensGivenName);
        const given = first > 0 ? afterTitle.slice(first) : afterTitle;
        if (given.some((w) => PLACES.has(w))) continue;
        if (given.length === 0 || given.length > 2) continue;
        const name = [...given, surname].join(' ');
        const at = { block, start: m.index - name.length + surname.length, end: m.index + surname.length };
        if (text.slice(at.start, at.end) !== name || !personShaped([...given, surname]) || classify(name, [...given, surname])) continue;
        if (this.mentions.between(block, at.start, at.end).length > 0) continue;
        names.set(name, [...(names.get(name) ?? []), at]);
      }
    }
    const [only, ...others] = [...names];
    if (!only || others.length > 0 || this.index.entities.some((e) => e.name === only[0] || e.aliases.has(surname))) return null;
    const [name, places] = only;
    const entity: FoundEntity = {
      key: slugify(name, 'person'),
      type: 'person',
      name,
      role: null,
      aliases: new Set([surname]),
      mentions: [],
      roleWords: new Set(),
    };
    return { entity, places };
  }

  /** "Officials said": a word the article also writes in lower case, or the plural of a role noun, names no one. */
  private commonNoun(word: string): boolean {
    const lower = word.toLowerCase();
    if (ROLE_WORDS.has(lower.replace(/e?s$/, '')) || ROLE_WORDS.has(lower.replace(/s$/, ''))) return true;
    // The word is all letters, marks, apostrophes and hyphens, which the pattern holds as written: only a text that
    // holds the word can match, and most names are written in lower case nowhere.
    if (!articleHolds(this.texts, lower)) return false;
    const written = new RegExp(`(?<![\\p{L}\\p{M}'’-])${lower}(?![\\p{L}\\p{M}'’-])`, 'u');
    return this.texts.some((text) => text.includes(lower) && written.test(text));
  }

  private addMention(entity: FoundEntity, at: Located): void {
    if (this.index.byMention.has(mentionKey(at.block, at.start))) return;
    entity.mentions.push({ ...at, form: 'name' });
    this.index.byMention.set(mentionKey(at.block, at.start), entity);
    this.mentions.add(entity, at);
  }
}
