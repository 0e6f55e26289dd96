import { splitSentences } from '../../sentences';
import { mentionKey, type EntityIndex } from '../entities/types';
import { ADVERBS } from '../lexicon/adverbs';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { TITLES } from '../lexicon/titles';
import type { Discourse } from './coreference';
import { participleSubject, titledSubjectAt } from './clauseSubject';
import { bareParticipleJoin } from './issuedStatement';
import { DescribedOrganizations } from './describedOrganizations';
import { UnnamedSources, type Anonymity } from './unnamedSources';
import { isCredit } from '../entities/credits';
import type { MentionIndex } from './mentions';
import { resolveRole } from './roles';
import { unlinkedSubject } from './unlinkedName';
import { MissedNames } from './missedNames';
import { namedAppositive } from './namedAppositive';
import { ownedTitle } from './ownedTitle';
import { bareTitle } from './bareTitle';
import { sameSentenceSubject } from './sameSentencePronoun';
import { handleEnding } from './handleSubject';
import { loneWriterName } from './loneWriterName';
import { documentOwner } from './documentOwner';
import { lowerTitleBetween } from './lowerTitle';
import type { Referent, Subject } from './types';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { FoundEntity } from '../entities/types';

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(' ')));
const ROLE_NOUN_WORDS = [...PERSON_ROLE_NOUNS, ...ORG_ROLE_NOUNS].sort((a, b) => b.length - a.length);
const ROLE_PHRASE = new RegExp(
  `^(?:the|a|an|one|another|its|his|her|their)\\s+(?:[\\p{L}'’.-]+\\s+){0,4}?(?:${ROLE_NOUN_WORDS.join('|')})(?:\\s+(?:for|of|at|close\\s+to|familiar\\s+with|with\\s+knowledge\\s+of)\\s+(?:the\\s+)?[\\p{L}'’.-]+(?:\\s+[\\p{Lu}][\\p{L}'’.-]+){0,4})?(?=[\\s,.;:]|$)`,
  'iu',
);
/** The words that open a person's title without an article: "former coach", "then-minister", "acting director". */
const FORMER_TITLE = /^(?:former|then|ex|acting|interim|outgoing|retired|veteran|longtime|long-time)[\s-]/i;
/** Up to ten title words, none of which starts a clause or a phrase of its own. */
const TITLE_WORDS_ONLY =
  /^(?:(?!(?:by|to|from|with|about|that|who|whom|which|when|where|after|before|while|as|at|in|on|he|she|they|said|says|told)\s)[\p{L}.’'-]+\s+){1,10}$/iu;

/**
 * A role phrase without the clause the case-insensitive ROLE_PHRASE ran on into: its "capitalised" words match any
 * word, so "A developer for OPM Alert said that the" ends before its speech verb and "a rally in the city of Bulawayo the
 * claims" before its second article ("a senior official at the environment ministry" stays whole).
 */
function roleWithoutClause(phrase: string): string {
  const complement = /\s(?:for|of|at|close\s+to|familiar\s+with|with\s+knowledge\s+of)\s+(?:the\s+)?/iu.exec(phrase);
  if (!complement) return phrase;
  const after = complement.index + complement[0].length;
  const clause = [...phrase.slice(after).matchAll(/\s([\p{L}'’.-]+)/gu)].find(
    (m) => isSpeechVerb(m[1] ?? '') || /^(?:that|who|which|the|a|an)$/i.test(m[1] ?? ''),
  );
  return clause ? phrase.slice(0, after + clause.index) : phrase;
}
/** Headlines drop the article: "UN chief warns", "Chipmaker CEO calls". */
const HEADLINE_ROLE = new RegExp(`^(?:[\\p{L}.-]+\\s+)?(?:${PERSON_ROLE_NOUNS.join('|')})(?=\\s)`, 'iu');
/** Where the sentence holding `at` starts, as far as a full stop before it tells. */
const sentenceStartBefore = (text: string, at: number) => {
  const stop = text.lastIndexOf('. ', at);
  return stop < 0 ? 0 : stop + 2;
};
/** Auxiliaries between a speaker and the verb: "media have said", "Smith had told", "police will say"; lower case only, as "Lionel May" is a name. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
/** How far back from a verb or a quote mark the speaker words may begin, in UTF-16 code units. */
export const LOOK_BACK = 240;
/** What follows an owner's name in a possessive description: "'s spokesman", "' sister". */
const POSSESSED = /^(?:'s|’s|'|’)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?=[\s,.;:]|$)/u;
/** A possessive description ending where the speaker words end: "Foke's spokesman". */
const POSSESSIVE_END = /(?:^|[\s,;:—–(])(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}(?:'s|’s|'|’)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)$/u;
/** An indefinite description ending where the speaker words end: "One resident", "a senior official". */
const INDEFINITE_END = /(?:^|[\s,;:—–(])((?:a|an|one|another)\s+(?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+)$/iu;

/** A plural noun (or a plural acronym in parentheses) right before "from/of/at the <organisation>": its members. */
const MEMBERS_BEFORE = /(?:^|\s)(?:\p{L}\p{Ll}+(?<![su]s|is|ys|ics)s|\([A-Z]{2,}s\))$/u;
/** A description of one person ending where a place's preposition begins: "A pastor" of "A pastor from Goma". */
const ONE_PERSON_END = /(?:^|[\s,;:—–(])((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{L}'’-]*)$/u;
/** A message and "from", right before its sender's name: "An email from ", "a letter from the ". */
const MESSAGE_FROM =
  /(?:^|[\s,;:—–(])(?:a|an|the|one|another|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:email|e-mail|letter|memo|message|note|cable|fax)\s+from\s+(?:the\s+)?$/iu;
/** A document, then who saw, obtained or published it: "A leaked internal letter seen by ", "a report obtained by the ". */
const CONVEYED_BY =
  /(?:^|[\s,;:—–(])((?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:seen|obtained|published|reported|cited|quoted|reviewed|leaked|released|shared)\s+(?:to|by)\s+(?:the\s+)?$/iu;

/**
 * Unnamed groups as subjects ("officials said", "Council officials said", "police say"): the quote has a
 * cue but no supported speaker, so it stays unattributed rather than borrowing someone else's name.
 */
const UNNAMED_GROUP =
  /^(?:the\s+|some\s+|many\s+)?(?:(?:local|senior|government|council|city|state|federal|military|security|police|health|company|party|hospital|u\.s\.|us|western|some|many|several|other|two|three)\s+)?(?:officials|police|authorities|researchers|scientists|analysts|experts|witnesses|residents|protesters|activists|critics|sources|investigators|prosecutors|doctors|officers|organi[sz]ers|observers|economists|lawyers|diplomats|campaigners|locals|villagers|students|parents|teachers|workers|employees|leaders|members|voters|fans|users|bloggers|netizens|spokespeople|rescuers|medics|media|commentators|authors|scholars|engineers|pilots|soldiers|troops|farmers|shopkeepers|owners|survivors)\b/i;

/**
 * Stage one of attribution: the mention that a cue names its speaker by (a name, a pronoun, a role
 * noun phrase), found next to the cue's verb, and handed to stage two (coreference, roles) for its entity.
 */
export class CueReader {
  private readonly described: DescribedOrganizations;
  private readonly unnamed: UnnamedSources;
  /** People a direct quote's cue names by a surname the name pass left out (see `missedNames.ts`). */
  readonly missed: MissedNames;

  constructor(
    private readonly texts: ReadonlyArray<string>,
    private readonly index: EntityIndex,
    private readonly mentions: MentionIndex,
    private readonly discourse: Discourse,
  ) {
    this.described = new DescribedOrganizations(texts, index);
    this.unnamed = new UnnamedSources(texts, index, mentions, discourse);
    this.missed = new MissedNames(texts, index, mentions);
  }

  /** The sources the cues described without naming, each with the reason the article gives for not naming it. */
  get anonymity(): ReadonlyMap<FoundEntity, Anonymity> {
    return this.unnamed.anonymity;
  }

  /** The speaker words starting at `at` in a block: a name, a pronoun or a role noun phrase. */
  subjectAt(block: number, at: number): Subject | null {
    const text = this.texts[block] ?? '';
    // "the Kremlin", "Mr Asante": the mention may start after an article or an honorific the name pass left out.
    const lead = /^(?:the|his|her|their|its|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+/i.exec(text.slice(at, at + 7));
    if (lead && this.index.byMention.has(mentionKey(block, at + lead[0].length))) {
      const named = this.subjectAt(block, at + lead[0].length);
      return named && /^the\s/i.test(lead[0]) ? named : named && { ...named, ref: { ...named.ref, start: at } };
    }
    const entity = this.index.byMention.get(mentionKey(block, at));
    if (entity?.type === 'person' && isCredit(text, at)) return null;
    if (entity) {
      const mention = entity.mentions.find((m) => m.block === block && m.start === at);
      const titled = mention && ownedTitle(text, block, at, mention.end, entity, this.mentions);
      if (titled) return titled;
      // "Foke's spokesman said": the person a possessive description tells apart by whose they are speaks, not the owner.
      const owned = mention && entity.type === 'person' ? POSSESSED.exec(text.slice(mention.end, mention.end + 60)) : null;
      const ownedRef = mention && owned ? { block, start: at, end: mention.end + owned[0].length } : null;
      const source = ownedRef && this.unnamed.source(ownedRef);
      if (ownedRef && source) return { ref: ownedRef, entity: source, resolution: 'name', antecedent: null };
      // "said Nampa Police Chief Joe Huff", "said FBI Special Agent in Charge Robert Tripp", "said NASA’s Michelle
      // Thaller": the organisation qualifies the title of the person named right after it, who is the speaker.
      if (mention && entity.type !== 'person') {
        const next = this.mentions.between(block, mention.end, mention.end + 40).find((m) => m.start >= mention.end && m.entity.type === 'person');
        // "said JPL’s Cédric David": so does an organisation's possessive.
        const between = text.slice(mention.end, next?.start ?? mention.end);
        if (next && (/^(?:['’]s)?\s+(?:[\p{Lu}][\p{L}.-]*\s+|in\s+|of\s+){0,4}$/u.test(between) || lowerTitleBetween(between)))
          return { ref: { block, start: at, end: next.end }, entity: next.entity, resolution: 'name', antecedent: null };
      }
      // "Oakdale police said": a place's police, council or officials are an organisation of their own.
      const body =
        mention && entity.type === 'place'
          ? /^\s+(?:police|council|government|fire department|health department|authorities)\b/.exec(text.slice(mention.end))
          : null;
      if (mention && body) {
        const described = this.described.describe({ block, start: at, end: mention.end + body[0].length });
        if (described) return { ref: { block, start: at, end: mention.end + body[0].length }, entity: described, resolution: 'name', antecedent: null };
      }
      // A country or city that says something speaks as its government: "South Korea says …".
      if (mention) {
        return { ref: { block, start: at, end: mention.end }, entity, resolution: 'name', antecedent: null };
      }
    }
    const rest = text.slice(at);
    // "said FBI Special Agent in Charge Robert Tripp", "said Canyon County Sheriff and National Sheriffs’ Association
    // President Kieran Donahue": capitalised title words the name pass left out of the mention lead to the person.
    if (/^\p{Lu}/u.test(rest)) {
      const titled = this.mentions.between(block, at + 1, at + 90).find((m) => m.start > at && m.entity.type === 'person');
      if (titled && /^(?:[\p{Lu}][\p{L}.’'-]*\s+|(?:in|of|and|the|for)\s+){1,9}$/u.test(text.slice(at, titled.start)))
        return { ref: { block, start: at, end: titled.end }, entity: titled.entity, resolution: 'name', antecedent: null };
    }
    // "said former New Zealand coach and former test player John Bracewell": a lowercase title that "former" or the
    // like opens runs up to the person's name, with no clause word ("by", "that", "who") in between; without "former", up
    // to three title words ("wrote student protester Joshua Wong", "According to eyewitness Vinnie DeVita").
    if (/^\p{Ll}/u.test(rest)) {
      const titled = this.mentions.between(block, at + 1, at + 90).find((m) => m.start > at && m.entity.type === 'person');
      const title = text.slice(at, titled?.start);
      const former = FORMER_TITLE.test(rest); // a bare title is no part of the reference: a source's evidence is the name pass's
      if (titled && (former ? TITLE_WORDS_ONLY.test(title) : bareTitle(title)))
        return { ref: { block, start: former ? at : titled.start, end: titled.end }, entity: titled.entity, resolution: 'name', antecedent: null };
    }
    // "a shaken Dana Whitford told": an article and a description before a person's name.
    // "the wife of John Smith said" is the wife: a preposition makes the name someone else.
    const described = /^(?:a|an|the)\s+(?:(?!(?:of|for|to|with|from|at|in|on)\s)[a-z-]+\s+){1,2}/.exec(rest);
    const person = described ? this.index.byMention.get(mentionKey(block, at + described[0].length)) : undefined;
    if (described && person?.type === 'person') {
      const named = this.subjectAt(block, at + described[0].length);
      if (named) return { ...named, ref: { ...named.ref, start: at } };
    }
    // "According to him, …": an object pronoun names its antecedent as the subject form does.
    const pronoun = /^(he|she|they|it|we|him|her|them)\b/i.exec(rest);
    if (pronoun?.[1]) {
      const ref = { block, start: at, end: at + pronoun[1].length };
      // "We asked them a bunch of questions", "we believe that …": outside quote marks "we" is the writer, whom no
      // entity of the text stands for (the product or office the text was about is not who writes it).
      if (/^we$/i.test(pronoun[1])) return { ref, entity: null, resolution: 'unattributed', antecedent: null };
      const bound = this.boundPronoun(block, at, pronoun[1]);
      if (bound) return { ref, entity: bound.entity, resolution: 'pronoun', antecedent: bound.at };
      const own = sameSentenceSubject(text, ref, this.mentions, (e) => this.discourse.genderOf(e));
      if (own) return own;
      const found = this.discourse.resolvePronoun(({ him: 'he', her: 'she', them: 'they' } as Record<string, string>)[pronoun[1].toLowerCase()] ?? pronoun[1]);
      return { ref, entity: found?.entity ?? null, resolution: found ? 'pronoun' : 'unattributed', antecedent: found?.at ?? null };
    }
    // "Oakdale police said" where the text never names Oakdale otherwise.
    const police = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+police\b/u.exec(rest);
    const policeEntity = police ? this.described.describe({ block, start: at, end: at + police[0].length }) : null;
    if (police && policeEntity) return { ref: { block, start: at, end: at + police[0].length }, entity: policeEntity, resolution: 'name', antecedent: null };
    const group = UNNAMED_GROUP.exec(rest);
    if (group) return { ref: { block, start: at, end: at + group[0].length }, entity: null, resolution: 'unattributed', antecedent: null };
    const role = ROLE_PHRASE.exec(rest) ?? (block === 0 ? HEADLINE_ROLE.exec(rest) : null);
    if (role) {
      const phrase = roleWithoutClause(role[0].replace(/[,.]$/, ''));
      const ref = { block, start: at, end: at + phrase.length };
      const found = resolveRole(phrase, block, at, this.mentions, this.discourse, this.index, this.texts);
      if (found) return { ref, entity: found.entity, resolution: 'role', antecedent: found.at };
      const entity = this.described.describe(ref) ?? this.unnamed.source(ref) ?? this.described.quotedDocument(ref);
      return { ref, entity, resolution: entity ? 'name' : 'unattributed', antecedent: null };
    }
    return unlinkedSubject(text, block, { start: at }, this.index);
  }

  /**
   * A document the words at [start, end) describe ("court records", "a JPL-led study"), as an organisation
   * source; null when they describe none.
   */
  documentSource(block: number, start: number, end: number): Subject | null {
    const entity = this.described.quotedDocument({ block, start, end });
    const mention = entity?.mentions.find((m) => m.block === block && m.start >= start && m.end <= end);
    return entity && mention ? { ref: { block, start: mention.start, end: mention.end }, entity, resolution: 'name', antecedent: null } : null;
  }

  /**
   * A source named by capitalised words the name pass did not take (a blog, a site: "Bad Handwriting",
   * "Through the Eye of the Needle"), as an organisation; null when an entity is mentioned in those words
   * or they end in a role noun or title ("The Prime Minister").
   */
  titledSource(block: number, start: number, end: number): Subject | null {
    if (this.mentions.between(block, start, end).some((m) => m.end > start)) return null;
    const last = ((this.texts[block] ?? '').slice(start, end).split(/\s+/).at(-1) ?? '').toLowerCase();
    if (ROLE_NOUN_WORDS.includes(last) || TITLE_WORDS.has(last)) return null;
    const ref = { block, start, end };
    return { ref, entity: this.described.titled(ref), resolution: 'name', antecedent: null };
  }

  /**
   * The author of a post given as `@handle: …`, named by the handle at [start, end) as written (with its `@`):
   * a source of its own, whose words the post is (see `sieves/handleLabel.ts`).
   */
  handleSource(block: number, start: number, end: number): Subject {
    const ref = { block, start, end };
    return { ref, entity: this.described.titled(ref), resolution: 'name', antecedent: null };
  }

  /**
   * The person a he/she is bound to in its own sentence, before any earlier sentence is looked at: the subject of
   * the speech verb it follows ("John Key said he believes …": Key), or the name it resumes ("the head of NATO,
   * Hoop Scheffer, he has explained …": Scheffer). Null when neither, or when the text states another gender.
   */
  private boundPronoun(block: number, at: number, pronoun: string): Referent | null {
    const gender = ({ he: 'male', she: 'female' } as const)[pronoun.toLowerCase() as 'he' | 'she'];
    if (!gender) return null;
    const text = this.texts[block] ?? '';
    const before = text.slice(Math.max(0, at - 60), at);
    const agrees = (entity: FoundEntity) => entity.type === 'person' && (this.discourse.genderOf(entity) ?? gender) === gender;
    const verb = /(\p{L}+)\s+(?:that\s+)?$/u.exec(before);
    if (verb?.[1] && isSpeechVerb(verb[1])) {
      const verbAt = at - verb[0].length;
      const sentenceStart = sentenceStartBefore(text, verbAt);
      const speaker = this.subjectBefore(block, verbAt, sentenceStart);
      if (speaker?.entity && speaker.resolution === 'name' && agrees(speaker.entity)) return { entity: speaker.entity, at: speaker.ref };
    }
    const governed = this.governingSubject(block, at, agrees);
    if (governed) return governed;
    const resumed = /,\s*$/.exec(before);
    const named = resumed ? this.mentions.between(block, Math.max(0, at - 60), at).find((m) => m.end === at - resumed[0].length) : undefined;
    if (!named || !agrees(named.entity)) return null;
    // Only a name that opens its sentence, perhaps after a description of it, is resumed: not "Speaking with reporter Peter Clottey, he said".
    const opening = text.slice(sentenceStartBefore(text, named.start), named.start);
    return /^(?:(?:And|But|So|Now)\s+)?(?:(?:the|a|an)\s+[^,;:]{1,50},\s+)?$/i.test(opening)
      ? { entity: named.entity, at: { block, start: named.start, end: named.end } }
      : null;
  }

  /**
   * "NASA astronaut Donald R. Pettit claims the title … when he observed …": a he/she opening a clause of its sentence
   * ("when", "as", "because" …) is the person the sentence opens with, when that person agrees and no other person is
   * named between them. Null otherwise.
   */
  private governingSubject(block: number, at: number, agrees: (entity: FoundEntity) => boolean): Referent | null {
    const text = this.texts[block] ?? '';
    if (!/\b(?:when|as|after|before|because|while|since|although|though|until|once|if)\s+$/i.test(text.slice(Math.max(0, at - 12), at))) return null;
    const sentence = splitSentences(text).find((r) => r.start <= at && at < r.end);
    if (!sentence) return null;
    const people = this.mentions.between(block, sentence.start, at).filter((m) => m.end <= at && m.start >= sentence.start && m.entity.type === 'person');
    const opening = people[0];
    if (!opening || !agrees(opening.entity) || people.some((m) => m.entity !== opening.entity)) return null;
    // The person must open the sentence, perhaps after a description ("NASA astronaut"), not sit in a phrase after it.
    if (text.slice(sentence.start, opening.start).split(/\s+/).filter(Boolean).length > 3) return null;
    return { entity: opening.entity, at: { block, start: opening.start, end: opening.end } };
  }

  /**
   * The speaker of the cue verb at `verbStart`: the words right before it, except for a participle after a comma
   * (`…, saying "…"`, `…, adding that …`), whose speaker is the subject of the clause it hangs on (`clauseSubject.ts`).
   */
  speakerBefore(block: number, verbStart: number, sentenceStart: number): Subject | null {
    const text = this.texts[block] ?? '';
    const nameBefore = this.subjectBefore(block, verbStart, sentenceStart);
    const comma = /,\s*$/.exec(text.slice(sentenceStart, verbStart));
    // "Matonga disputed Tsvangirai's claim saying, “…”": a writer may leave out the comma before "saying"; the words
    // before it are then the clause's object, not its speaker.
    // "… instead of bestsellers by saying, “…”" is a preposition's object, not a clause of its own.
    const preposition = /\b(?:by|of|for|without|about|after|before|from|in|on|while|when)\s+$/i.test(text.slice(sentenceStart, verbStart));
    const bare = !comma && !preposition ? bareParticipleJoin(text, sentenceStart, verbStart) : null;
    const join = comma ? sentenceStart + comma.index : bare;
    if (join === null || !/^\p{L}+ing\b/u.test(text.slice(verbStart))) return nameBefore;
    return participleSubject(text, block, join, sentenceStart, this.mentions, (b, at) => this.subjectAt(b, at), bare === null ? nameBefore : null);
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
   * title (`said former New Zealand coach and former test player John Bracewell`).
   */
  invertedSubjectAt(block: number, at: number): Subject | null {
    return this.subjectAt(block, at) ?? titledSubjectAt(this.texts[block] ?? '', block, at, this.mentions, (b, start) => this.subjectAt(b, start));
  }

  /** The speaker words that end right before `end` (allowing adverbs, times and an appositive between them and the verb). */
  subjectBefore(block: number, end: number, sentenceStart: number): Subject | null {
    const text = this.texts[block] ?? '';
    // "comes from Ndagha who says …": the person "who" stands for speaks ("which" is left alone: "The New York Times, which writes the issue").
    const relative = /(?:,\s*|\s+)who\s+(?:also\s+|then\s+)?$/.exec(text.slice(Math.max(sentenceStart, end - 30), end));
    if (relative) {
      const antecedent = this.subjectBefore(block, end - relative[0].length, sentenceStart);
      // A place before "who" closes an address ("Petr Pravec, at the … Academy of Sciences in Ondřejov, Czech
      // Republic, who observed …"): it stands for nobody.
      if (antecedent?.entity && antecedent.entity.type !== 'place') return antecedent;
    }
    // Speaker words sit right before their verb: look back a bounded stretch, whatever the sentence's length.
    const from = Math.max(sentenceStart, end - LOOK_BACK);
    const endingHandle = handleEnding(text, block, from, end, this.mentions);
    if (endingHandle) return this.handleSource(block, endingHandle.start, endingHandle.end);
    const appositiveName = namedAppositive(text, block, from, end, this.mentions);
    if (appositiveName) return this.subjectAt(block, appositiveName.start);
    const appositiveHead = (stretch: string): string | null => {
      // "Rebeca Grynspan, secretary-general of UNCTAD, warned", "Pumisacho, who worked in Iraq, said": the speaker is before the appositive.
      const appositive = /,\s+(?:the\s+|a\s+|an\s+)?[^,;:"“”]{2,160}?,$/.exec(stretch);
      if (!appositive) return null;
      let head = stretch.slice(0, appositive.index);
      const namesHead = (h: string) => this.mentions.between(block, from, from + h.length).some((m) => m.entity.type !== 'place' && m.end === from + h.length);
      // "One resident, who asked not to be named, said": an unnamed source's description is a head as a name is.
      if (INDEFINITE_END.test(head)) return head;
      if (namesHead(head)) return head;
      // "Professor Cres Eastman, Director of …, and Chairman of …, says": two appositives in a row.
      const earlier = /,\s+[^,;:"“”]{2,120}$/.exec(head);
      if (!earlier) return null;
      head = head.slice(0, earlier.index);
      return namesHead(head) && this.mentions.between(block, from, from + head.length).some((m) => m.entity.type === 'person' && m.end === from + head.length)
        ? head
        : null;
    };
    let cut = end;
    const whole = text.slice(from, cut).replace(/\s+$/, '');
    const wholeHead = appositiveHead(whole);
    let handle: { start: number; end: number } | null = null;
    while (wholeHead === null) {
      const rest = text.slice(from, cut).replace(/\s+$/, '');
      const word = /([\p{L}'’.-]+)$/u.exec(rest)?.[1];
      const time = /(?:,\s*)?\b(?:on|in|at)\s+(?:the\s+)?(?:same\s+day|\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+|turn|a\s+statement|\d{4})\s*,?$/u.exec(rest);
      // "José Plata (@pepeplata) [es] qualified …": a language tag and the writer's handle stand between the name and the verb.
      // "Jennifer Horan of the Consumer Financial Protection Bureau (CFPB) added": so does an acronym the mention left out,
      // with the comma after it ("Anthony Fauci of the National Institute of … (NIAID), announced").
      const acronym = /\s*\(\p{Lu}[\p{Lu}\p{Ll}&.-]{0,9}\p{Lu}\),?$/u.exec(rest);
      const outside = acronym && !this.mentions.between(block, from, from + rest.length).some((m) => m.end === from + rest.length);
      const tag = /\s*(?:\[[a-z]{2}\]|\(\s*\u200f?@\w+\s*\))$/u.exec(rest) ?? (outside ? acronym : null);
      if (time) cut = from + time.index;
      else if (tag) {
        handle ??= /@\w+/.exec(tag[0]) && { start: from + tag.index + tag[0].indexOf('@'), end: from + tag.index + tag[0].replace(/[\s)]+$/, '').length };
        cut = from + tag.index;
      } else if (word && (ADVERBS.has(word.toLowerCase()) || AUXILIARIES.has(word)) && !/^(he|she|they|it)$/i.test(word))
        cut = from + rest.length - word.length;
      else break;
    }
    const stripped = text.slice(from, cut).replace(/\s+$/, '');
    const head = wholeHead ?? appositiveHead(stripped);
    let before = head ?? stripped;
    const appositive = head !== null;
    // "the Movement for Democratic Change, says …": the comma after an appositive name is not part of it.
    if (before.endsWith(',') && !appositive) before = before.slice(0, -1).replace(/\s+$/, '');
    const stop = from + before.length;
    // The nearest entity mention that ends where the speaker words must end.
    const named = this.mentions.between(block, from, stop).find((m) => m.end === stop && m.start >= from);
    // "Lydia Buchtmann for Food Standards Australia, says", "Sergeant Ellis of the Westbrook Police Department said":
    // the person of the organisation speaks, not the organisation.
    if (named && named.entity.type !== 'person') {
      // "Carl Russell of West Midlands Police’s Force CID said": the organisation a possessive names is part of the unit.
      const owner = /['’]s\s+$/.exec(text.slice(Math.max(from, named.start - 4), named.start));
      const ownedBy =
        owner && this.mentions.between(block, from, named.start).find((m) => m.entity.type !== 'person' && m.end === named.start - owner[0].length);
      const unitStart = ownedBy?.start ?? named.start;
      const of = /\s+(?:of|for|at|from|with)\s+(?:the\s+)?$/.exec(text.slice(Math.max(from, unitStart - 12), unitStart));
      // "Jackie Baillie, health spokeswoman for the Labour Party, which uncovered the figures, said": so does a person whose
      // role the words before "for" name.
      const role = (m: { end: number }) => /^,\s+(?:the\s+|a\s+|an\s+)?\p{Ll}[\p{L}'’ -]{1,60}$/u.test(text.slice(m.end, unitStart - (of?.[0].length ?? 0)));
      const person =
        of && this.mentions.between(block, from, unitStart).find((m) => m.entity.type === 'person' && (m.end === unitStart - of[0].length || role(m)));
      if (person) return this.subjectAt(block, person.start);
      // "Three seasoned noncommissioned officers (NCOs) from the Brigade Modernization Command (BMC) … explained":
      // people of the organisation the text does not name speak, not the organisation.
      const members = of && MEMBERS_BEFORE.exec(text.slice(from, unitStart - of[0].length));
      if (members) return { ref: { block, start: from + members.index, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
      // "A pastor from Goma suggests", "a resident of Oakdale said": one person of the place speaks, not the place.
      const ofPlace =
        named.entity.type === 'place' ? /\s+(?:of|from|in|at)\s+(?:the\s+)?$/.exec(text.slice(Math.max(from, named.start - 12), named.start)) : null;
      const one = ofPlace && ONE_PERSON_END.exec(text.slice(from, named.start - ofPlace[0].length));
      // "the city of Chicago welcomed" is the place itself.
      if (ofPlace && one?.[1] && !ORG_ROLE_NOUNS.includes(one[1].split(/\s+/).at(-1) ?? '')) {
        const ref = { block, start: named.start - ofPlace[0].length - one[1].length, end: stop };
        // "Dr. Natasha Batalha, an astronomer at NASA Ames says": the description is the appositive of a name.
        const described = /,\s*$/.exec(text.slice(from, ref.start));
        const person =
          described && this.mentions.between(block, from, ref.start).find((m) => m.entity.type === 'person' && m.end === ref.start - described[0].length);
        if (person) return this.subjectAt(block, person.start);
        const entity = this.unnamed.source(ref);
        return { ref, entity, resolution: entity ? 'name' : 'unattributed', antecedent: null };
      }
      // "Seba Space, LGBT blogger from Uganda, believes": a place after "from" or "in" closes a description of someone
      // the text has not named; the place does not speak.
      if (ofPlace && appositive === false && /,\s*$/.test(text.slice(named.end, end))) return null;
    }
    // "An email from Burkhardt & Associates to James Roche advises": whom a message is to does not speak; whom it is from does.
    const addressee = named && /\sto\s+$/.exec(text.slice(Math.max(from, named.start - 5), named.start));
    if (addressee && named) {
      const sender = this.mentions.between(block, from, named.start).findLast((m) => m.end <= named.start - addressee[0].length);
      const message = sender && MESSAGE_FROM.test(text.slice(from, sender.start)) && !text.slice(sender.end, named.start - addressee[0].length).trim();
      return message ? this.subjectAt(block, sender.start) : null;
    }
    // "A leaked internal letter seen by Sky News says": who saw or published a document is not who speaks in it.
    const conveyed =
      named && /\s(?:by|to)\s+(?:the\s+)?$/.test(text.slice(Math.max(from, named.start - 8), named.start))
        ? CONVEYED_BY.exec(text.slice(from, named.start))
        : null;
    if (conveyed?.[1]) {
      const start = from + conveyed.index + conveyed[0].indexOf(conveyed[1]);
      const document = this.documentSource(block, start, start + conveyed[1].length);
      return document ?? { ref: { block, start, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
    }
    // "Seba Space, LGBT blogger from Uganda, believes": a place a preposition governs is where the speaker is from, not who speaks.
    if (named?.entity.type === 'place' && /\b(?:from|in|of|at|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, named.start - 8), named.start)))
      return null;
    if (named) return this.subjectAt(block, named.start);
    const unlinked = unlinkedSubject(text, block, { end: stop }, this.index);
    if (unlinked) return unlinked;
    const writer = loneWriterName(this.texts, block, from, stop, this.mentions);
    if (writer) return this.handleSource(block, writer.start, writer.end);
    const pronoun = /(?:^|[\s,;:—–])(he|she|they|it|we)$/i.exec(before);
    if (pronoun?.[1]) return this.subjectAt(block, stop - pronoun[1].length);
    const owner = documentOwner(text, block, from, stop, this.mentions);
    if (owner) return this.subjectAt(block, owner.start);
    const possessive = POSSESSIVE_END.exec(before)?.[1];
    if (possessive) {
      const ref = { block, start: stop - possessive.length, end: stop };
      const source = this.mentions.between(block, ref.start, ref.start + 1).some((m) => m.entity.type !== 'person') ? null : this.unnamed.source(ref);
      if (source) return { ref, entity: source, resolution: 'name', antecedent: null };
    }
    const group = /(?:^|[\s,;:—–(])((?:[\p{L}.]+\s+)?[\p{L}]+)$/u.exec(before);
    // "Council officials said", "Harbour officials said": the whole group when its qualifier is known, else its last word.
    const words = group?.[1] ?? '';
    const unnamed = UNNAMED_GROUP.exec(words);
    const tail = unnamed && unnamed[0].length === words.length ? words : (words.split(/\s+/).at(-1) ?? '');
    if (tail && UNNAMED_GROUP.exec(tail)?.[0].length === tail.length)
      return { ref: { block, start: stop - tail.length, end: stop }, entity: null, resolution: 'unattributed', antecedent: null };
    const phraseStart = /(?:^|[\s,;:—–(])((?:the|a|an|one|another|its|his|her|their)\s+(?:[\p{L}'’.-]+\s+){0,6}[\p{L}'’.-]+)$/iu.exec(before);
    if (phraseStart?.[1]) {
      const candidate = this.subjectAt(block, stop - phraseStart[1].length);
      if (candidate && candidate.ref.end === stop) return candidate;
      // Try shorter phrases: "an analyst at Bernstein" inside "…, said Jane Ko, an analyst at Bernstein".
      const words = phraseStart[1].split(/\s+/);
      for (let i = 1; i < words.length - 1; i++) {
        const tail = words.slice(i).join(' ');
        if (!/^(the|a|an)\s/i.test(tail)) continue;
        const shorter = this.subjectAt(block, stop - tail.length);
        if (shorter && shorter.ref.end === stop) return shorter;
      }
    }
    // "Musician Sany Pitbull (@SanyPitbull) wrote": a writer the text names only in words the name pass did not take is their handle.
    return handle ? this.handleSource(block, handle.start, handle.end) : null;
  }
}
