import { mentionKey, type EntityIndex, type FoundEntity } from '../entities/types';
import { isCredit } from '../entities/credits';
import type { Discourse } from './coreference';
import { titledSubjectAt, participleSubject } from './clauseSubject';
import { DescribedOrganizations } from './describedOrganizations';
import { UnnamedSources, type Anonymity } from './unnamedSources';
import type { MentionIndex } from './mentions';
import { givenNameBearers, mentionedBefore } from './firstMentions';
import { resolveRole } from './roles';
import { unlinkedSubject } from './unlinkedName';
import { MissedNames } from './missedNames';
import { calledNameAt } from './namedAppositive';
import { mentionSubject, type MentionSources } from './mentionSubject';
import { titleLedName } from './titleLedName';
import { QUOTED_PASSIVE, quotedSubject } from './quotedAs';
import { documentAuthorAt } from './documentOwner';
import { documentSiteOwnerAt } from './documentOnSite';
import { describedDocumentOwner } from './attributiveDocument';
import { definiteDocumentIssuer, knownAt } from './earlierDocument';
import { isRoleOrTitleWord, rolePhraseAt } from './rolePhrase';
import { unnamedGroupAt } from './groupSubjects';
import { participleSpeaker } from './participleSpeaker';
import { pronounSubject } from './pronounSubject';
import { latterOrFormer } from './latterFormer';
import { roleAppositiveAt } from './roleAppositive';
import { shortenedOrganization } from './shortenedName';
import { organizationNamedAt } from './kindThenName';
import { modifiedHeadBefore } from './modifiedHead';
import { participialRoleBefore } from './participialRole';
import type { SubjectReader } from './subjectReader';
import { pronounReferent, type Located, type Subject } from './types';
import { withAbsolute } from './withAbsolute';
import { subjectEndingAt } from './subjectEndingAt';
import { forceByKindAt } from './bodyByKind';
import { PERSONAL_PRONOUNS } from '../lexicon/personalPronouns';

/** A person's account on a social network after their name: `'s Twitter account`, `'s official Facebook page`. */
const SOCIAL_ACCOUNT =
  /^['’]s\s+(?:official\s+|verified\s+|personal\s+)?(?:Twitter|Facebook|Instagram|YouTube|Weibo|Telegram|TikTok)\s+(?:account|page|feed|channel)\b/u;

/**
 * Stage one of attribution: the mention that a cue names its speaker by (a name, a pronoun, a role
 * noun phrase), found next to the cue's verb, and handed to stage two (coreference, roles) for its entity.
 */
export class CueReader implements SubjectReader {
  private readonly described: DescribedOrganizations;
  private readonly unnamed: UnnamedSources;
  /** People a direct quote's cue names by a surname the name pass left out (see `missedNames.ts`). */
  readonly missed: MissedNames;
  private readonly mentionSources: MentionSources;

  constructor(
    readonly texts: ReadonlyArray<string>,
    private readonly index: EntityIndex,
    readonly mentions: MentionIndex,
    private readonly discourse: Discourse,
  ) {
    this.described = new DescribedOrganizations(texts, index);
    this.unnamed = new UnnamedSources(texts, index, mentions, discourse);
    this.missed = new MissedNames(texts, index, mentions);
    this.mentionSources = {
      mentions,
      unnamedSource: (at) => this.unnamed.source(at),
      describe: (at) => this.described.describe(at),
      titled: (at) => this.described.titled(at),
    };
  }

  unnamedSource(at: Located): FoundEntity | null {
    return this.unnamed.source(at);
  }

  genderOf(entity: FoundEntity): ReturnType<Discourse['genderOf']> {
    return this.discourse.genderOf(entity);
  }

  /** The sources the cues described without naming, each with the reason the article gives for not naming it. */
  get anonymity(): ReadonlyMap<FoundEntity, Anonymity> {
    return this.unnamed.anonymity;
  }

  /** The speaker words starting at `at` in a block: a name, a pronoun or a role noun phrase. */
  subjectAt(block: number, at: number): Subject | null {
    const text = this.texts[block] ?? '';
    // "a statement released by her family", "the post by an unknown author": only a name is the document's author, or a
    // definite role noun the text ties to one (`"…," a statement issued by the union said`, after "The Commercial Farmers
    // Union said": voa-zimbabwe-farmers-union-violence-flares-2010-06-09).
    const site = documentSiteOwnerAt(text.slice(at, at + 160));
    const author = site?.owner ?? documentAuthorAt(text.slice(at, at + 120));
    const byWords = author >= 0 ? text.slice(at + author, at + author + 40) : '';
    const owner = /^(?:the\s+\p{L}|\p{Lu})/u.test(byWords) ? this.subjectAt(block, at + author) : null;
    const tied = owner?.resolution === 'name' ? /^(?:the\s+)?\p{Lu}/u.test(byWords) : owner?.resolution === 'role' && /^the\s/.test(byWords);
    // "A tweet sent from Biden's Twitter account during the debate repeated …" (wikinews-biden-announces-kamala-harris-
    // running-mate-2020-08-12): a post sent from a named owner's account is the owner's, and the words run to the account.
    const account = owner?.entity?.type === 'person' ? SOCIAL_ACCOUNT.exec(text.slice(owner.ref.end)) : null;
    // "said a statement on Amuary’s website": the words run to the site (`documentOnSite.ts`).
    const end = site ? at + site.end : (owner?.ref.end ?? at) + (account?.[0].length ?? 0);
    if (owner?.entity && tied && owner.entity.type !== 'place') return { ...owner, ref: { block, start: at, end } };
    const owned = describedDocumentOwner(text, block, at, this.index);
    if (owned) return owned;
    // "the Kremlin", "Mr Asante": the mention may start after an article or an honorific the name pass left out.
    const lead = /^(?:the|his|her|their|its|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+/i.exec(text.slice(at, at + 7));
    if (lead && this.index.byMention.has(mentionKey(block, at + lead[0].length))) {
      const named = this.subjectAt(block, at + lead[0].length);
      return named && /^the\s/i.test(lead[0]) ? named : named && { ...named, ref: { ...named.ref, start: at } };
    }
    const entity = this.index.byMention.get(mentionKey(block, at));
    if (entity?.type === 'person' && isCredit(text, at)) return null;
    // A photo credit's mention is not in the mention index; a lookup there costs a block, a scan of the entity's mentions
    // as many as it has (thousands for a person named in every paragraph of a long text).
    const mention = entity && (this.mentions.startingAt(block, at, entity) ?? entity.mentions.find((m) => m.block === block && m.start === at));
    if (entity && mention) return mentionSubject(text, block, mention, entity, this.mentionSources);
    const rest = text.slice(at);
    const titled = titleLedName(text, block, at, this.mentions);
    if (titled) return this.titledOwner(block, titled) ?? titled;
    // "a shaken Dana Whitford told": an article and a description before a person's name.
    // "the wife of John Smith said" is the wife: a preposition makes the name someone else.
    const described = /^(?:a|an|the)\s+(?:(?!(?:of|for|to|with|from|at|in|on)\s)[a-z-]+\s+){1,2}/.exec(rest);
    const person = described ? this.index.byMention.get(mentionKey(block, at + described[0].length)) : undefined;
    if (described && person?.type === 'person') {
      const named = this.subjectAt(block, at + described[0].length);
      if (named) return { ...named, ref: { ...named.ref, start: at } };
    }
    const pronoun = pronounSubject(this, this.discourse, block, at) ?? latterOrFormer(text, block, at, this.mentions);
    if (pronoun) return pronoun;
    // "Oakdale police said" where the text never names Oakdale otherwise.
    const police = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+police\b/u.exec(rest);
    const policeEntity = police ? this.described.describe({ block, start: at, end: at + police[0].length }) : null;
    if (police && policeEntity) return { ref: { block, start: at, end: at + police[0].length }, entity: policeEntity, resolution: 'name', antecedent: null };
    // "according to police", "according to Iraqi military": the force named by its kind speaks as one organisation.
    const byKind = forceByKindAt(rest);
    if (byKind) return this.handleSource(block, at + byKind.start, at + byKind.end);
    const called = calledNameAt(rest);
    if (called) return this.handleSource(block, at + called.start, at + called.end, 'person');
    // "The newspaper Infobae [es] reported", "According to Notes from Poland (NFP)": a name the words around it make a body's.
    const early = unnamedGroupAt(rest, block, at) ?? organizationNamedAt(this, rest, block, at);
    if (early) return early;
    const phrase = rolePhraseAt(rest, block);
    if (phrase) {
      const ref = { block, start: at, end: at + phrase.length };
      const found = resolveRole(phrase, block, at, this.mentions, this.discourse, this.index, this.texts);
      if (found) return { ref, entity: found.entity, resolution: 'role', antecedent: found.at };
      const entity = this.described.describe(ref) ?? this.unnamed.source(ref) ?? this.described.quotedDocument(ref);
      return { ref, entity, resolution: entity ? 'name' : 'unattributed', antecedent: null };
    }
    return shortenedOrganization(rest, block, at, this.mentions) ?? unlinkedSubject(text, block, { start: at }, this.index);
  }

  /**
   * "a statement issued by President Nicolas Sarkozy's office" (wikinews-seven-dead-french-helicopter-crash-gabon-2009-01-
   * 18): a titled name may own the speaker as an untitled one does ("Sarkozy's office", `mentionSubject.ts`); then the
   * owned source speaks, its reference opening on the title. Null when the name owns no source.
   */
  private titledOwner(block: number, titled: Subject): Subject | null {
    const text = this.texts[block] ?? '';
    if (!titled.entity || !/^['’]s?\s/u.test(text.slice(titled.ref.end))) return null;
    const mention = this.mentions.between(block, titled.ref.start, titled.ref.end).find((m) => m.entity === titled.entity && m.end === titled.ref.end);
    const owned = mention && mentionSubject(text, block, mention, titled.entity, this.mentionSources);
    return owned && owned.entity !== titled.entity ? { ...owned, ref: { ...owned.ref, start: titled.ref.start } } : null;
  }

  /**
   * A document the words at [start, end) describe ("court records", "a JPL-led study"), as an organisation
   * source; null when they describe none.
   */
  documentSource(block: number, start: number, end: number): Subject | null {
    // "According to the filing, …" after "Ford said in a financial filing …": the document told of before, in its issuer's words.
    const issuer = definiteDocumentIssuer((this.texts[block] ?? '').slice(start, end), this.discourse, this.texts, knownAt(this, this.index.entities), {
      block,
      at: start,
    });
    if (issuer) return { ref: { block, start, end }, entity: issuer.entity, resolution: 'role', antecedent: issuer.at };
    const entity = this.described.quotedDocument({ block, start, end });
    const mention = entity?.mentions.find((m) => m.block === block && m.start >= start && m.end <= end);
    return entity && mention ? { ref: { block, start: mention.start, end: mention.end }, entity, resolution: 'name', antecedent: null } : null;
  }

  /**
   * A source named by capitalised words the name pass did not take (a blog, a site: "Bad Handwriting",
   * "Through the Eye of the Needle"), as an organisation; null when an entity is mentioned in those words,
   * they end in a role noun or title ("The Prime Minister") or, outside quotation marks, open on a personal pronoun ("He
   * Quoting remarks:" is the he's lead-in; the page "I am in favor of the law of gender identity" is a title).
   */
  titledSource(block: number, start: number, end: number): Subject | null {
    if (this.mentions.between(block, start, end).some((m) => m.end > start)) return null;
    const text = this.texts[block] ?? '';
    const words = text.slice(start, end).split(/\s+/);
    if (isRoleOrTitleWord((words.at(-1) ?? '').toLowerCase())) return null;
    if (PERSONAL_PRONOUNS.has(words[0] ?? '') && !/["“‘]$/u.test(text.slice(0, start))) return null;
    const ref = { block, start, end };
    if (this.givenNameOfSomeone(ref)) return null;
    return { ref, entity: this.described.titled(ref), resolution: 'name', antecedent: null };
  }

  /**
   * Whether the one word at `ref` opens the name of a person mentioned before it: "Ahmed [Ar] continues:" after "Ahmed
   * Shokier and Ahmed Naji wrote …" (gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06) is a given name, no source of
   * its own; the passes that read given names (`loneWriterName.ts`) settle whom it calls, or that it calls no one.
   */
  private givenNameOfSomeone(ref: Located): boolean {
    const word = (this.texts[ref.block] ?? '').slice(ref.start, ref.end);
    if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word)) return false;
    return givenNameBearers(word, this.mentions).some(([, first]) => mentionedBefore(first, ref.block, ref.start));
  }

  /**
   * The author of a post given as `@handle: …`, named by the handle at [start, end) as written (with its `@`):
   * a source of its own, whose words the post is (see `sieves/handleLabel.ts`). With `person`, a person's name the name
   * pass did not take, as written ("Syrian Khaldoun Jarbou too … writes:", `sieves/nationalLeadIn.ts`).
   */
  handleSource(block: number, start: number, end: number, kind: 'titled' | 'person' = 'titled'): Subject {
    const ref = { block, start, end };
    return { ref, entity: this.givenNameOfSomeone(ref) ? null : this.described[kind](ref), resolution: 'name', antecedent: null };
  }

  /**
   * The speaker of the cue verb at `verbStart`: the words right before it, except for a participle after a comma
   * (`…, saying "…"`, `…, adding that …`), whose speaker is the subject of the clause it hangs on (`participleSpeaker`).
   */
  speakerBefore(block: number, verbStart: number, sentenceStart: number): Subject | null {
    const text = this.texts[block] ?? '';
    const quoted = quotedSubject(text, block, sentenceStart, verbStart, (at) => this.subjectAt(block, at));
    if (quoted) return quoted;
    // "Eastman is quoted by U.S. News and World Report as saying of Kennedy, "…"": the one quoted is the subject of "is
    // quoted", as for a reported clause (`reported/cueSpeaker.ts`).
    const passive = /^(?:saying|stating)\b/.test(text.slice(verbStart))
      ? QUOTED_PASSIVE.exec(text.slice(Math.max(sentenceStart, verbStart - 80), verbStart))
      : null;
    if (passive) return this.subjectBefore(block, verbStart - passive[0].length, sentenceStart);
    // The speaker words before the verb are read once: an absolute phrase's participle reads them too.
    let atVerb: Subject | null | undefined;
    const before = (end: number): Subject | null => {
      if (end !== verbStart) return this.subjectBefore(block, end, sentenceStart);
      if (atVerb === undefined) atVerb = this.subjectBefore(block, end, sentenceStart);
      return atVerb;
    };
    const absolute = withAbsolute(text, sentenceStart, verbStart, before);
    if (absolute) return absolute;
    // "Ben Summerskill of the British gay rights organization, Stonewall, said": the person at the head of the sentence,
    // past modifiers that end on no name (`modifiedHead.ts`).
    // "A Peace Corps volunteer serving in Botswana asked …": an unnamed person placed by a participle (`participialRole.ts`).
    return (
      participleSpeaker(this, block, verbStart, sentenceStart, before(verbStart)) ??
      modifiedHeadBefore(this, block, verbStart, sentenceStart) ??
      participialRoleBefore(this, block, verbStart, sentenceStart)
    );
  }

  /**
   * The subject of a speech verb joined by "and" to an earlier verb of its clause (`The embassy declined the request and
   * said …`), at `andAt`: the clause's subject, read as for a participle cue; null when there is none.
   */
  coordinatedSubject(block: number, andAt: number, sentenceStart: number): Subject | null {
    return participleSubject(this.texts[block] ?? '', block, andAt, sentenceStart, this.mentions, (b, at) => this.subjectAt(b, at), null);
  }

  /**
   * The inverted subject right after a speech verb, at `at`: the speaker words there, or a person after a lower-case
   * title (`said former New Zealand coach and former test player John Bracewell`), or set off after a role by a comma
   * (`said the project manager, Teddy Tzanetos`).
   */
  invertedSubjectAt(block: number, at: number): Subject | null {
    const text = this.texts[block] ?? '';
    const subjectAt = (b: number, start: number) => this.subjectAt(b, start);
    // "“The tvrain.ru website isn’t working, …,” tweeted @tvrain [ru] on May 6." (Global Voices, Russia, May 2012): the
    // handle after the verb is the account that posted the words, as one before it is (`handleEnding`).
    const handle = /^@\w+(?![.@-]\w)/.exec(text.slice(at, at + 40));
    if (handle) return this.handleSource(block, at, at + handle[0].length);
    return roleAppositiveAt(text, block, at, this.mentions, subjectAt) ?? subjectAt(block, at) ?? titledSubjectAt(text, block, at, this.mentions, subjectAt);
  }

  /**
   * Whom the possessive "his" or "her" opening a sentence at `at` stands for ("Her advice to teams … is to …",
   * usgov-gsa-chatbots-customer-experience-2021-04-07): the discourse's latest person of its gender, as for "he" or
   * "she"; unattributed when the text ties it to no one, null when no such possessive starts there.
   */
  possessorAt(block: number, at: number): Subject | null {
    const pronoun = /^(?:his|her)\b/i.exec((this.texts[block] ?? '').slice(at, at + 4));
    if (!pronoun) return null;
    const ref = { block, start: at, end: at + pronoun[0].length };
    const found = this.discourse.resolvePronoun(pronoun[0]);
    return found ? pronounReferent(ref, found) : { ref, entity: null, resolution: 'unattributed', antecedent: null };
  }

  /** The speaker words that end right before `end` (allowing adverbs, times and an appositive between them and the verb). */
  subjectBefore(block: number, end: number, sentenceStart: number): Subject | null {
    return subjectEndingAt(this, { index: this.index, discourse: this.discourse }, block, end, sentenceStart);
  }
}
