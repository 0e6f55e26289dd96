import type { SentenceRange } from '../../sentences';
import type { EntityIndex, FoundEntity } from '../entities/types';
import { firstNameGender } from '../lexicon/firstNames';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import type { MentionIndex } from './mentions';
import type { Referent, SentenceInfo } from './types';

export type Gender = 'female' | 'male';

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };

/** How many sentences back a pronoun may find its antecedent. */
const PRONOUN_REACH = 4;

/**
 * Stage two of attribution for pronouns: the discourse read so far, sentence by sentence, and the
 * antecedent a pronoun refers to. Follows the agreement constraints of Lee et al. 2013 ("Deterministic
 * coreference resolution based on entity-centric, precision-ranked rules"): he/she agree in gender with
 * their antecedent, where the text states the gender (an honorific, a gendered noun, an earlier resolved
 * pronoun); a first-name list only breaks a tie between candidates and never overrides the text.
 */
export class Discourse {
  readonly sentences: Array<SentenceInfo> = [];
  private readonly genders = new Map<FoundEntity, Gender>();

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly mentions: MentionIndex,
    index: EntityIndex,
  ) {
    for (const entity of index.entities) if (entity.type === 'person') this.readGender(entity);
  }

  /** The gender the text states for a person: an honorific or gendered noun before or after a mention, or a role word. */
  private readGender(entity: FoundEntity): void {
    const words = [...entity.roleWords, ...(entity.role ?? '').toLowerCase().split(/[\s-]+/)];
    for (const m of entity.mentions) {
      const text = this.texts[m.block] ?? '';
      const before = /([A-Za-z-]+)\.?\s+$/.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
      const inside = /^([A-Za-z-]+)\.?\s/.exec(text.slice(m.start, m.end))?.[1];
      const after = /^,\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}?([a-z-]+)[,.]/.exec(text.slice(m.end, m.end + 60))?.[1];
      for (const w of [before, inside, after]) if (w) words.push(w.toLowerCase());
    }
    const female = words.some((w) => FEMALE_WORDS.has(w));
    const male = words.some((w) => MALE_WORDS.has(w));
    if (female !== male) this.genders.set(entity, female ? 'female' : 'male');
  }

  /** The gender the text states for an entity, or null. */
  genderOf(entity: FoundEntity): Gender | null {
    return this.genders.get(entity) ?? null;
  }

  /** A pronoun resolved to a person tells that person's gender for later pronouns. */
  learn(entity: FoundEntity, pronoun: string): void {
    const gender = PRONOUN_GENDER[pronoun.toLowerCase()];
    if (gender && entity.type === 'person' && !this.genders.has(entity)) this.genders.set(entity, gender);
  }

  private agrees(entity: FoundEntity, gender: Gender): boolean {
    const stated = this.genderOf(entity);
    return stated === null || stated === gender;
  }

  /**
   * "he", "she": the subject or speaker of the nearest earlier sentence that agrees in gender, never one
   * past an intervening person of the same gender; "they", "it", "we": the organisation the text was about.
   * Null when no candidate agrees, or when two equally near candidates remain that only a first name tells apart
   * and it does not.
   */
  resolvePronoun(pronoun: string): Referent | null {
    const lower = pronoun.toLowerCase();
    const gender = PRONOUN_GENDER[lower];
    if (!gender) {
      for (let i = this.sentences.length - 1, seen = 0; i >= 0 && seen < PRONOUN_REACH; i--, seen++) {
        const focus = this.sentences[i]?.focus;
        if (focus?.entity.type === 'organization') return focus;
      }
      return null;
    }
    for (let i = this.sentences.length - 1, seen = 0; i >= 0 && seen < PRONOUN_REACH; i--, seen++) {
      const sentence = this.sentences[i];
      if (!sentence) continue;
      const focus = sentence.focus?.entity.type === 'person' ? sentence.focus : null;
      const others = unique(sentence.people.filter((p) => p.entity !== focus?.entity));
      const stated = others.filter((p) => this.genderOf(p.entity) === gender);
      if (focus && this.agrees(focus.entity, gender)) {
        if (this.genderOf(focus.entity) === gender) return focus;
        if (firstNameGender(firstWord(focus.entity.name)) !== opposite(gender)) return focus;
        const named = others.filter((p) => this.agrees(p.entity, gender) && firstNameGender(firstWord(p.entity.name)) === gender);
        return named.length === 1 ? (named[0] ?? null) : null;
      }
      if (stated.length === 1) return stated[0] ?? null;
      // A sentence not about a person (or about one of the other gender) that names one agreeing person: that person.
      if (focus || sentence.focus?.entity.type !== 'person') {
        const agreeing = others.filter((p) => this.agrees(p.entity, gender) && firstNameGender(firstWord(p.entity.name)) !== opposite(gender));
        const named = agreeing.filter((p) => firstNameGender(firstWord(p.entity.name)) === gender);
        if (agreeing.length === 1 && firstNameGender(firstWord(agreeing[0]?.entity.name ?? '')) !== opposite(gender)) return agreeing[0] ?? null;
        if (named.length === 1) return named[0] ?? null;
      }
    }
    // No sentence was about a person: the one person the previous sentence names will do, if they agree.
    const people = unique(this.sentences.at(-1)?.people ?? []);
    const only = people.length === 1 ? people[0] : undefined;
    return only && this.agrees(only.entity, gender) && firstNameGender(firstWord(only.entity.name)) !== opposite(gender) ? only : null;
  }

  /** The person the nearest earlier sentence is about, within reach ("the teenager said"); null when none is. */
  recentPerson(): Referent | null {
    for (let i = this.sentences.length - 1, seen = 0; i >= 0 && seen < PRONOUN_REACH; i--, seen++) {
      const focus = this.sentences[i]?.focus;
      if (focus?.entity.type === 'person') return focus;
    }
    return null;
  }

  /** The person or organisation a sentence is about: the first one named before its verb. */
  sentenceSubject(block: number, text: string, range: SentenceRange): Referent | null {
    let best: Referent | null = null;
    for (const mention of this.mentions.between(block, range.start, range.end)) {
      if (mention.entity.type === 'place' || mention.end <= range.start) continue;
      if (mention.start >= range.end) break;
      const before = text.slice(range.start, Math.max(range.start, mention.start));
      if (before.length > 120 || before.split(/\s+/).length > 12) break;
      if (/\b(?:with|to|for|by|from|of|and|than|between|against|about|on|at)\s+(?:the\s+)?$/i.test(before)) continue;
      best = { entity: mention.entity, at: { block, start: mention.start, end: mention.end } };
      break;
    }
    if (best && best.entity.type === 'person') return best;
    const pronoun = /^\s*["“]?(he|she)\b/i.exec(text.slice(range.start));
    if (pronoun?.[1]) {
      const previous = this.resolvePronoun(pronoun[1]);
      // "She was sworn in …": a sentence's subject pronoun tells its antecedent's gender, as a cue's does.
      if (previous) this.learn(previous.entity, pronoun[1]);
      if (previous) return previous;
    }
    return best;
  }

  /** The people a sentence names, in order. */
  peopleIn(block: number, range: SentenceRange): Array<Referent> {
    return this.mentions
      .between(block, range.start, range.end)
      .filter((m) => m.entity.type === 'person')
      .map((m) => ({ entity: m.entity, at: { block, start: m.start, end: m.end } }));
  }
}

const firstWord = (name: string) => name.split(/\s+/)[0] ?? '';
const opposite = (gender: Gender): Gender => (gender === 'male' ? 'female' : 'male');
const unique = (list: ReadonlyArray<Referent>) => list.filter((p, i) => list.findIndex((q) => q.entity === p.entity) === i);
