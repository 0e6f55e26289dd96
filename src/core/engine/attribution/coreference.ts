import type { SentenceRange } from '../../sentences';
import type { EntityIndex, FoundEntity } from '../entities/types';
import { firstNameGender } from '../lexicon/firstNames';
import { PRONOUN_GENDER, statedGender, type Gender, type StatedGender } from './gender';
import type { MentionIndex } from './mentions';
import { openingSubject, opensOnUnknownPerson, unknownOpeningWord } from './unnamedOpening';
import { bodyPronoun } from './bodyPronoun';
import { opensOnReferentialIt } from './openingIt';
import { interviewersIn } from './interviewer';
import { kinRival } from './kinRival';
import { laterSpeaker, rivalSpeakers } from './rivalSpeaker';
import { mayBeMistypedPerson } from './mistypedSource';
import { aboutOneOfMany, opensOnUnnamedProxy, unnamedOfGender } from './unnamedInSentence';
import { cuePronoun, openingPronoun, type OpeningPronoun } from './pronounOpening';
import { onlyListed } from './listedPerson';
import { opensOnUntiedRole, quotesUntiedRole } from './roleSubject';
import { unknownPastStated } from './statedBefore';
import { soleAntecedent } from './soleAntecedent';
import { opensOnIndefinitePerson } from './indefinitePersonOpening';
import { opensOnUnknownGenderedSubject } from './unknownGenderedSubject';
import { subjectMention } from './subjectMention';
import { isSignatureLine } from './signedPullQuotes';
import type { Located, Referent, SentenceInfo } from './types';

/** How many sentences back a pronoun may find its antecedent. */
const PRONOUN_REACH = 4;

/** How far (UTF-16 code units) into a sentence a surname left to no one is looked for: a news sentence's span. */
const UNSETTLED_REACH = 400;

/**
 * Stage two of attribution for pronouns: the discourse read so far, sentence by sentence, and the
 * antecedent a pronoun refers to. Follows the agreement constraints of Lee et al. 2013 ("Deterministic
 * coreference resolution based on entity-centric, precision-ranked rules"): he/she agree in gender with
 * their antecedent, where the text states the gender (an honorific, a gendered noun, an earlier resolved
 * pronoun); a first-name list only breaks a tie between candidates and never overrides the text.
 */
export class Discourse {
  readonly sentences: Array<SentenceInfo> = [];
  private readonly genders = new Map<FoundEntity, StatedGender>();
  private readonly laterPronouns = new Map<FoundEntity, Array<StatedGender>>();
  private readonly people: Array<FoundEntity>;

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly mentions: MentionIndex,
    index: EntityIndex,
  ) {
    this.people = index.entities.filter((e) => e.type === 'person');
    for (const entity of this.people) this.readGender(entity);
  }

  /**
   * Notes the gender the text states for a person (`statedGender`). Run for every person at the start, and for a source
   * described without a name when it is found ("Foke's spokesman").
   */
  readGender(entity: FoundEntity): void {
    const stated = statedGender(entity, this.texts);
    if (stated) this.genders.set(entity, stated);
  }

  /** The gender the text states for an entity, or null. */
  genderOf(entity: FoundEntity): Gender | null {
    return this.genders.get(entity)?.gender ?? null;
  }

  /** Every gender the text states, by person, with the words that state it. */
  get statedGenders(): ReadonlyMap<FoundEntity, StatedGender> {
    return this.genders;
  }

  /**
   * A pronoun resolved to a person tells that person's gender for later pronouns; `at` is where the pronoun is written.
   * The first one a person is given states it; the later ones are kept (`laterPronounGenders`) for where the first
   * proves to be someone else's (a he inside the person's own quoted words, `sources/ownQuotedWords.ts`).
   */
  learn(entity: FoundEntity, pronoun: string, at: Located): void {
    const gender = PRONOUN_GENDER[pronoun.toLowerCase()];
    if (!gender || entity.type !== 'person') return;
    if (!this.genders.has(entity)) this.genders.set(entity, { gender, evidence: at });
    else this.laterPronouns.set(entity, [...(this.laterPronouns.get(entity) ?? []), { gender, evidence: at }]);
  }

  /** The pronouns resolved to each person after the first, in reading order, with where each is written. */
  get laterPronounGenders(): ReadonlyMap<FoundEntity, ReadonlyArray<StatedGender>> {
    return this.laterPronouns;
  }

  private agrees(entity: FoundEntity, gender: Gender): boolean {
    const stated = this.genderOf(entity);
    return stated === null || stated === gender;
  }

  /**
   * "he", "she": the subject or speaker of the nearest earlier sentence that agrees in gender, never one
   * past an intervening person of the same gender; "they", "it", "we": the organisation the text was about, unless a
   * sentence about a person comes first (`bodyPronoun`).
   * Null when no candidate agrees, or when two equally near candidates remain that only a first name tells apart
   * and it does not.
   */
  resolvePronoun(pronoun: string): Referent | null {
    const lower = pronoun.toLowerCase();
    const gender = PRONOUN_GENDER[lower];
    if (!gender) return bodyPronoun(lower, this.sentences, this.texts, this.mentions, PRONOUN_REACH);
    // "She continues:" right after a post of the blog Generation Y: a blog a person writes is a she or a he to the
    // round-up quoting it, when the text names no person in the post.
    const last = this.sentences.at(-1);
    if (last?.post && last.focus?.entity.type === 'organization' && last.people.length === 0) return last.focus;
    for (let i = this.sentences.length - 1, seen = 0; i >= 0 && seen < PRONOUN_REACH; i--, seen++) {
      const sentence = this.sentences[i];
      if (!sentence) continue;
      // `"…," he added.` after a pull quote signed `—Muammar Gaddafi` (a fresh Wikinews page, August 2011): the box is set
      // beside the story, so the he is the story's last speaker, not the one who signed it.
      if (isSignatureLine(this.texts[sentence.block] ?? '')) continue;
      // Muzny et al. 2017: the previous speaker before the previous subject. One the text does not name ("[The source]
      // also remarked that Father Garatea has made …. "…," he declared", gv-peru-priest-gaston-garatea-banned-2012-05-21)
      // may be the he or she, so the pronoun points at no one named, neither in that sentence nor before it.
      if (sentence.unnamedSpeaker) return null;
      if (!sentence.focus && (aboutOneOfMany(sentence, this.texts) || unknownOpeningWord(sentence, this.texts, this.mentions)?.name === true)) return null;
      if (opensOnUnknownGenderedSubject(sentence, gender, this.texts, this.mentions)) return null;
      if (
        opensOnUnknownPerson(sentence, this.texts, this.mentions) ||
        opensOnUntiedRole(sentence, this.texts) ||
        opensOnIndefinitePerson(sentence, gender, this.texts) ||
        quotesUntiedRole(sentence, this.texts) ||
        opensOnUnnamedProxy(sentence, this.texts)
      )
        return null;
      // "On Wednesday, Biden arrived in Iowa. He said …" after "Joe Biden and Hunter Biden": a sentence about no named
      // person that holds a surname left to no one speaks of a person the he/she may mean, so it goes no further back.
      if (sentence.focus?.entity.type !== 'person' && this.unsettledIn(sentence, gender)) return null;
      // "Tunde wrote …: Accounts … paint a picture of a man who struggled …" (gv-nigeria-rashidi-yekini-obituary-2012-05-08):
      // a post is its source's own words, where the source is "I"; a man or woman it speaks of is whom a "he" or "she"
      // after it means, never the source.
      if (sentence.post && unnamedOfGender(sentence, gender, this.texts, this.mentions)) return null;
      if (mayBeMistypedPerson(sentence.focus, this.texts)) return null;
      // "Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe of Maine each asked Brown …": a subject
      // of several people is none of them alone, so a he/she after it is not its first or last name (`onlyListed`).
      const focus = sentence.focus?.entity.type === 'person' && !onlyListed(sentence.focus, sentence.people, this.texts, this.mentions) ? sentence.focus : null;
      // "From Nairobi, he spoke to … reporter Joe De Capua …" (voa-somali-refugees-thousand-a-day-kenya-2006-10-06): a
      // he/she left unresolved as the subject is whom a later one of its gender means, never a name after its verb.
      if (!focus && PRONOUN_GENDER[this.subjectPronoun(sentence)] === gender) return null;
      const hearers = interviewersIn(sentence, this.texts);
      // A rival speaker is read at each mention, not only a person's first (which `unique` keeps): in "Correa's government
      // …, a charge that Correa quickly denied" only the second Correa speaks (AMALGUM_news_leaders).
      const mentioned = sentence.people.filter((p) => p.entity !== focus?.entity && !hearers.includes(p));
      const others = unique(mentioned);
      const stated = others.filter((p) => this.genderOf(p.entity) === gender);
      if (focus && this.agrees(focus.entity, gender)) {
        const genderOf = (e: FoundEntity) => this.genderOf(e);
        const rivals = rivalSpeakers(focus, mentioned, gender, this.texts, genderOf);
        if (rivals.length > 0) return laterSpeaker(rivals);
        if (kinRival(sentence, gender, this.texts, this.mentions)) return null;
        if (this.genderOf(focus.entity) === gender) return focus;
        if (firstNameGender(firstWord(focus.entity.name)) !== opposite(gender)) return focus;
        const named = others.filter((p) => this.agrees(p.entity, gender) && firstNameGender(firstWord(p.entity.name)) === gender);
        if (named.length === 1) return named[0] ?? null;
        const reach = {
          sentences: this.sentences,
          reach: PRONOUN_REACH,
          texts: this.texts,
          mentions: this.mentions,
          mayMean: (e: FoundEntity, g: Gender) => this.mayMean(e, g),
        };
        return soleAntecedent(focus, i, gender, reach) ? focus : null;
      }
      // The journalist spoken to hears the quotes that follow: with no subject to prefer, the pronoun abstains.
      if (hearers.some((p) => this.mayMean(p.entity, gender))) return null;
      if (stated.length === 1) return stated[0] ?? null;
      // A sentence not about a person (or about one of the other gender) that names one agreeing person: that person.
      if (focus || sentence.focus?.entity.type !== 'person') {
        const agreeing = others.filter((p) => this.mayMean(p.entity, gender));
        const named = agreeing.filter((p) => firstNameGender(firstWord(p.entity.name)) === gender);
        const only = agreeing.length === 1 ? agreeing[0] : undefined;
        if (only) return unknownPastStated(only, this.sentences, i, PRONOUN_REACH, gender, (e) => this.genderOf(e)) ? null : only;
        if (named.length === 1) return named[0] ?? null;
      }
      // "…,” said a defense ministry spokesman. He said that …": a man or woman the text does not name stands between
      // the pronoun and anyone named earlier, so it points at them, and the speaker stays unnamed.
      if (unnamedOfGender(sentence, gender, this.texts, this.mentions)) return null;
      // Muzny et al. 2017: never one past an intervening candidate of the same gender. A sentence that names a man or
      // woman the pronoun may mean, whom no rule above took, stands between it and anyone named earlier.
      if (others.some((p) => this.mayMean(p.entity, gender))) return null;
    }
    // No sentence was about a person: the one person the previous sentence names will do, if they agree.
    const people = unique(this.sentences.at(-1)?.people ?? []);
    const only = people.length === 1 ? people[0] : undefined;
    return only && this.mayMean(only.entity, gender) ? only : null;
  }

  /** Whether a he or she of `gender` may mean `entity`: the text states no other gender, nor does a first name. */
  private mayMean(entity: FoundEntity, gender: Gender): boolean {
    return this.agrees(entity, gender) && firstNameGender(firstWord(entity.name)) !== opposite(gender);
  }

  /** Whether a sentence's first `UNSETTLED_REACH` units hold a surname left to no one (`MentionIndex`) that `gender` fits. */
  private unsettledIn({ block, range }: SentenceInfo, gender: Gender): boolean {
    const end = Math.min(range.end, range.start + UNSETTLED_REACH);
    return this.mentions.unsettledSurnames(block, range.start, end).some(({ bearers }) => bearers.some((b) => this.mayMean(b, gender)));
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
    const pronoun = openingPronoun(text, block, range, this.mentions);
    // "She was also married in turn to George Weidler, Marty Melcher, …": a sentence opening on he or she is about whom
    // the pronoun means; a name after its verb is an object, never the subject, so an unresolved one leaves none.
    if (pronoun) return this.pronounSubject(pronoun, block);
    // "Mediapart is a respected left-wing investigative website. It is generally viewed as opposing Sarkozy's right-wing
    // regime.": a sentence whose subject is an "It" standing for an organisation is about that organisation, not about
    // the person its verb's object names; an "it" that means no organisation leaves the names after it to decide.
    const body = opensOnReferentialIt(text, range) ? this.resolvePronoun('it') : null;
    if (body?.entity.type === 'organization') return body;
    const opening = openingSubject({ block, range, people: [], focus: null }, this.texts, this.mentions, this.people);
    if (opening !== undefined) return opening;
    return subjectMention(text, block, range, this.mentions);
  }

  /**
   * The antecedent of the he or she that is a sentence's subject, which it learns the gender of ("She was sworn in …").
   * After an opening phrase ("Later, he recorded with …") only the previous sentence's subject or speaker will do (Muzny
   * et al. 2017): there, an object of it ("with Paul McCartney", wikinews-rock-drummer-ginger-baker-dies-2019-10-07) or a
   * speaker past a clause the text left its subject out of would be taken for the man meant.
   */
  private pronounSubject({ pronoun, start, opened }: OpeningPronoun, block: number): Referent | null {
    const previous = this.resolvePronoun(pronoun);
    if (!previous || (opened && previous.entity !== this.sentences.at(-1)?.focus?.entity)) return null;
    this.learn(previous.entity, pronoun, { block, start, end: start + pronoun.length });
    // What a sentence is about is a plain referent: the preference that found it speaks for one pronoun only.
    return { entity: previous.entity, at: previous.at };
  }

  /** The he or she that is a sentence's subject (`openingPronoun`) or its quote's cue's (`cuePronoun`), lower case; '' when none. */
  private subjectPronoun({ block, range }: SentenceInfo): string {
    const text = this.texts[block] ?? '';
    return openingPronoun(text, block, range, this.mentions)?.pronoun.toLowerCase() ?? cuePronoun(text, range);
  }

  /** The people a sentence names, in order. */
  peopleIn(block: number, range: SentenceRange): Array<Referent> {
    const text = this.texts[block] ?? '';
    return this.mentions
      .between(block, range.start, range.end)
      .filter((m) => m.entity.type === 'person' && !attributiveName(text, m))
      .map((m) => ({ entity: m.entity, at: { block, start: m.start, end: m.end } }));
  }
}

/** Nouns a leader's surname qualifies to name a body or a time, not the person: "the Bush administration". */
const ATTRIBUTIVE_HEADS = /^\s+(?:administration|government|presidency|era|years|regime|cabinet|campaign|doctrine|White\s+House)\b/;

/**
 * Whether a person's mention only qualifies a noun after "the": "White House Budget Director Jim Nussle was asked this
 * week if the Bush administration has a realistic hope …. "…," he said." (a fresh Wikinews page, February 2008). The
 * administration is no one a he or she may stand for, so the surname is not a person of its sentence.
 */
const attributiveName = (text: string, m: { start: number; end: number }): boolean =>
  /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && ATTRIBUTIVE_HEADS.test(text.slice(m.end, m.end + 20));

const firstWord = (name: string) => name.split(/\s+/)[0] ?? '';
const opposite = (gender: Gender): Gender => (gender === 'male' ? 'female' : 'male');
const unique = (list: ReadonlyArray<Referent>) => list.filter((p, i) => list.findIndex((q) => q.entity === p.entity) === i);
