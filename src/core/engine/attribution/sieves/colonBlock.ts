import { LANGUAGE_TAG } from '../../languageTag';
import { nextSpeakerClause } from '../reported/nextSpeaker';
import type { SentenceRange } from '../../../sentences';
import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { QUOTE_CUE_VERBS } from '../../lexicon/quoteCueVerbs';
import { isSpeechVerb, REPORTING_VERBS } from '../../lexicon/reportingVerbs';
import type { Discourse } from '../coreference';
import { PRONOUN_GENDER, type Gender } from '../gender';
import type { FoundEntity } from '../../entities/types';
import { openingWriter } from '../loneWriterName';
import type { CueReader } from '../subjects';
import type { Located, Subject } from '../types';
import { connectedHead } from './connectedHead';
import { inverted } from './invertedCue';
import { handleOnly } from './handleLabel';
import { joinedSubject } from './coordinatedCue';
import { introducesList, writerLeadIn } from './listIntroduction';
import { announcesList, namedLeadIn } from './namedLeadIn';
import { mainSubjectAfterParticiple, openingSubject, participle } from './participleCue';
import { nationalLeadIn } from './nationalLeadIn';
import { noVerbHere } from './nounForm';
import { parenthesisedHandle } from './parenthesisedHandle';
import { labelledUser, platformUser } from './platformUser';
import { speechNounCue } from './speechNounCue';
import { lowerCaseUser, taggedSource } from './taggedSource';

const FOR_TAGGED_NAME = new RegExp(String.raw`^For\s+(\p{Lu}[^[\]:;"“”]{0,50}?)\s*${LANGUAGE_TAG},\s+\p{L}`, 'u');

/**
 * Two or more capitalised words at the head of a sentence before a present-tense verb: "Generation Y draws
 * a parallel …", "Finally, Through the Eye of the Needle calls …". In a colon cue they name the blog or
 * site whose words follow. The sentence's opening connector is never part of the name ("But Phetie reminds critics …"
 * names no "But Phetie"; "While I opined in my personal blog …:" names no "While I", the writer speaks), nor is the word that says what the source is ("Blog Brasil Escola explains …:" is Brasil
 * Escola's, Global Voices), nor where it is from ("Guyanese-born Tastes Like Home echoed her sentiments:" is Tastes Like
 * Home's). After a blogger's role word the name is the handle as written, in any case ("Photoblogger chookooloonks
 * meanwhile, confessed that:"). The verb is in the present or the past ("Pedazos de la Isla uploaded a video …,
 * explaining:"), and a sentence adverb may stand between ("Haiti Chery, meanwhile, spared a thought …").
 */
const TITLED_HEAD =
  /^(?:(?:Finally|However|Meanwhile|Also|And|But|Similarly|Likewise|Elsewhere|Then|While|Whereas|Although|Though),?\s+)?(?:(?:The\s+)?(?:[Bb]log|[Ww]ebsite)\s+|\p{Lu}\p{Ll}+-born\s+|(?:[Pp]hoto|[Vv]ideo)?[Bb]logger\s+)?(?!(?:Finally|However|Meanwhile|Also|And|But|Similarly|Likewise|Elsewhere|Then|While|Whereas|Although|Though)\b)(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|de|la|in)\s+)*\p{Lu}[\p{L}'’.-]*)+|(?<=\b(?:[Pp]hoto|[Vv]ideo)?[Bb]logger\s+)[\p{L}\d_.-]+)(?:\s+also|,?\s+meanwhile,)?\s+(?!is\b|was\b)\p{Ll}+(?:s|ed)\b/du;

/** A participle right after a comma: "…, explaining:". */
const participleAfterComma = (sentence: string, at: number) => /,\s*$/.test(sentence.slice(0, at)) && /^\p{L}+ing\b/u.test(sentence.slice(at));

/** What may stand between a titled head and its verb: "also", or "meanwhile" as an aside. */
const HEAD_TO_VERB = /^(?:\s+also|,?\s+meanwhile,)?\s+$/;

/** An auxiliary that makes the verb after it a passive: "was admitted", "were told". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{L}+ly\s+)?$/iu;

/** The colon cue of a passive speech verb, or of an issued statement, at `at`: the quotation is set off, by no one the text names. */
const passiveCue = (block: number, at: number, length: number): ColonCue => {
  const ref = { block, start: at, end: at + length };
  return { subject: { ref, entity: null, resolution: 'unattributed', antecedent: null }, cue: ref };
};

/**
 * A passive verb, its agents, and the one person named as their example closing the sentence: "is echoed by a few others
 * such as Timothy Tslubaby Chimpangu:".
 */
const EXAMPLE_AGENT = /\b(?:is|was|are|were|been)\s+(\p{Ll}+)\s+by\s+[^,;:"“”]{1,40}?\s+(?:such\s+as|including)\s+(\p{Lu}[^,;:"“”]{1,60}?)\s*:\s*$/u;

/**
 * `Royd's sentiment is echoed by a few others such as Timothy Tslubaby Chimpangu:` (Global Voices): the agents of a
 * passive speech verb speak, and the one named as their example is who the quotation after the colon is by, when the
 * text knows the name as a person's. `sentence` starts at `sentenceStart` of `block`. Null otherwise.
 */
function exampleAgent(cues: CueReader, block: number, sentenceStart: number, sentence: string): Subject | null {
  const agent = EXAMPLE_AGENT.exec(sentence);
  if (!agent?.[1] || !agent[2] || !(isSpeechVerb(agent[1]) || QUOTE_CUE_VERBS.has(agent[1]))) return null;
  const start = sentenceStart + agent.index + agent[0].lastIndexOf(agent[2]);
  const subject = cues.subjectAt(block, start);
  return subject?.entity?.type === 'person' && subject.resolution === 'name' && subject.ref.end === start + agent[2].length ? subject : null;
}

/** The speaker a paragraph ending in a colon hands to the paragraph after it. */
export interface ColonCue {
  subject: Subject;
  cue: Located;
  /** A post set off by its handle (`@user: …`): only its translation after it carries it on, not plain text. */
  translatedOnly?: boolean;
  /** An excerpt the writer cut with a `[...]` line: its plain paragraphs may run on to the article's end (`runsToNextCue`). */
  cut?: boolean;
}

/** A determiner or possessive right before a word: "their voices", "his reports", "the claims" are nouns, not verbs. */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|their|his|her|its|our|my|your|whose)\s+$/i;

/**
 * `Ng E-Jay is unconvinced of the logic of a code:` / `And from Chairwoman Imelda Sorensen:` / `The
 * ministry said in a statement:` — a paragraph whose last sentence ends in a colon and names who speaks
 * (the subject of a speech verb, else the person or organisation the sentence opens with, or the one
 * after "from"). The paragraph set off after it is that speaker's words: a block quotation (the
 * convention of the AP Stylebook's "quotations" entry for a quote introduced by a colon). Null for a
 * colon that introduces a list or names nobody.
 */
export function colonCue(block: number, text: string, last: SentenceRange | undefined, cues: CueReader, discourse: Discourse): ColonCue | null {
  if (!last) return null;
  const sentence = text.slice(last.start, last.end);
  // "The following is a statement from NASA Administrator Bill Nelson on …." introduces the quotation as a colon does.
  const statement = /\b(?:following (?:is a |joint )?statement|issued (?:the following|this) statement|the following remarks)\b/i.exec(sentence);
  if (statement && !/["“”]/.test(sentence)) {
    const from = /\bfrom\s+/i.exec(sentence.slice(statement.index));
    const subject = from ? cues.subjectAt(block, last.start + statement.index + from.index + from[0].length) : null;
    if (subject) return { subject, cue: { block, start: last.start, end: subject.ref.end } };
  }
  // "Dear President Obama:" names whom a letter is written to, never who writes it.
  if (!/:\s*$/.test(text) || writerLeadIn(sentence) || isSalutation(text)) return null;
  const handle = handleOnly(text);
  if (handle) return { subject: cues.handleSource(block, handle.start, handle.end), cue: { block, ...handle }, translatedOnly: true };
  const quoted = (offset: number) => (sentence.slice(0, offset).match(/["“”]/g) ?? []).length % 2 === 1;
  const head = TITLED_HEAD.exec(sentence)?.indices?.[1];
  const titled = () => (head ? cues.titledSource(block, last.start + head[0], last.start + head[1]) : null);
  for (const verb of wordsOf(sentence).filter((v) => !relativeBeforeMain(sentence, v) && !nounAfterDeterminer(sentence, v))) {
    if (!(isSpeechVerb(verb[0]) || cuesBlock(sentence, verb[0], verb.index)) || quoted(verb.index) || noVerbHere(sentence, verb[0], verb.index)) continue;
    const main = verb.index === 0 ? mainSubjectAfterParticiple(cues, block, sentence, last.start, verb[0]) : null;
    if (main) return { subject: main, cue: { block, start: main.ref.start, end: last.end } };
    // "Charles, a commenter on ZDistrict has this to say:": the verb's subject is the one before "has" (speechNounCue).
    if (/\bthis\s+to\s+$/i.test(sentence.slice(0, verb.index))) break;
    // "… says that the law is historic, and Lou A. Salomé (@Lou_A_S) tweets:": the colon is the later speaker's.
    const joined = nextSpeakerClause(sentence, verb.index);
    const later = joined && cues.subjectAt(block, last.start + joined.subject);
    if (later?.entity && later.entity.type !== 'place') return { subject: later, cue: { block, start: later.ref.start, end: last.end } };
    if (joined) continue;
    const at = last.start + verb.index;
    // "When Omar Bongo was admitted in Barcelona's Quirón clinic …:", "The excerpts … were reported by CNN as such:": a
    // passive is no speech act of its subject's; the quotation it sets off stays unattributed.
    if (PASSIVE_BEFORE.test(sentence.slice(Math.max(0, verb.index - 30), verb.index))) return passiveCue(block, at, verb[0].length);

    // "… issued a statement that was placed on the state house website saying …:": a participle's speaker as a leading cue reads it.
    const before = cues.speakerBefore(block, at, last.start) ?? joinedSubject(cues, block, text, last.start, at);
    // "Pedazos de la Isla uploaded a video tribute to Cuban women, explaining:": a participle after a comma, with no
    // speaker of its own before it, is the titled head's.
    const headBefore = head && (HEAD_TO_VERB.test(sentence.slice(head[1], verb.index)) || (!before && participleAfterComma(sentence, verb.index)));
    const verbSpan = { block, start: last.start, end: at };
    const found = participle(sentence, verb.index, before && text.slice(last.start, before.ref.start))
      ? openingSubject(cues, block, text, last.start)
      : (nationalLeadIn(cues, block, last.start, at, before) ?? inverted(cues, verbSpan, text, verb[0]) ?? (headBefore ? titled() : null));
    // "The North Bank Evening Standard from the Gambia also shared …:": a place before a verb that is no speech verb is
    // where the speaker is from; the speaker is who the text names before "from", if anyone.
    const writer = found?.entity ? null : writerBefore(cues, block, last.start, at);
    const subject = found?.entity?.type === 'place' ? placeSpeaker(cues, { block, text, sentenceStart: last.start }, found, verb[0]) : (writer ?? found);
    const cue = { block, start: Math.min(subject?.ref.start ?? at, at), end: Math.max(subject?.ref.end ?? 0, at + verb[0].length) };
    // A speech verb whose subject the text does not tie to anyone still sets off a quotation: unattributed.
    return { subject: subject ?? { ref: { block, start: at, end: at + verb[0].length }, entity: null, resolution: 'unattributed', antecedent: null }, cue };
  }
  const spoken = speechNounCue(block, sentence, last.start, cues) ?? taggedSource(block, sentence, last, cues);
  if (spoken) return spoken;
  const opinion = forSource(sentence, last.start, block, cues);
  if (opinion) return { subject: opinion, cue: { block, start: opinion.ref.start, end: last.end } };
  const from = /\bfrom\s+/i.exec(sentence);
  const named = from ? cues.subjectAt(block, last.start + from.index + from[0].length) : null;
  // "… did not come from Malawi:": a place after "from" is where something comes from, not who is quoted.
  // "From Erich Jao of the Philippines:": a person's own place after the name still closes the sentence.
  const rest = text
    .slice(named?.ref.end ?? 0)
    .replace(named?.entity?.type === 'person' ? /^\s+(?:of|from|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u : /^$/, '');
  if (named?.entity && named.entity.type !== 'place' && /^[\s,.:]*$/.test(rest))
    return { subject: named, cue: { block, start: last.start + (from?.index ?? 0), end: named.ref.end } };
  const dated = datedLabel(block, sentence, last, discourse);
  if (dated !== undefined) return dated;
  // "The 2024 BIG Idea Challenge awardees are:" lists; a person's name alone ("Isabel:") labels a speaker's turn.
  if (introducesList(sentence) && cues.subjectAt(block, last.start)?.entity?.type !== 'person') return null;
  const acting = actingPerson(sentence, last.start, block, cues) ?? exampleAgent(cues, block, last.start, sentence);
  if (acting) return { subject: acting, cue: { block, start: acting.ref.start, end: last.end } };
  const leading = namedLeadIn(sentence, last.start, block, cues);
  if (leading) return { subject: leading, cue: { block, start: leading.ref.start, end: last.end } };
  const user = platformUser(sentence, last.start, block, cues) ?? labelledUser(sentence, last.start, block, cues);
  if (user) return { subject: user, cue: { block, start: user.ref.start, end: last.end } };
  const focus = announcesList(sentence) ? null : discourse.sentenceSubject(block, text, last);
  // "Kirmizigul's friends and professors started a blog to make his case known:": whose friends they are is not who
  // writes; the people the sentence opens with still set off a quotation, unattributed ("NASA's 2024 Spinoff features
  // …, including:" sets off the writer's own list).
  const owner = focus && /^['’]s?\s/.test(text.slice(focus.at.end));
  if (focus && owner && focus.entity.type === 'person' && focus.at.block === block && focus.at.start <= last.start + 40)
    return { subject: { ref: focus.at, entity: null, resolution: 'unattributed', antecedent: null }, cue: { block, start: focus.at.start, end: last.end } };
  if (focus && !owner && focus.at.block === block && focus.at.start <= last.start + 40 && focus.entity.type !== 'place') {
    const subject: Subject = { ref: focus.at, entity: focus.entity, resolution: 'name', antecedent: null };
    return { subject, cue: { block, start: focus.at.start, end: last.end } };
  }
  const source = titled();
  if (source) return { subject: source, cue: { block, start: source.ref.start, end: last.end } };
  const connected = connectedHead(sentence, last.start, block, cues);
  if (connected) return { subject: connected, cue: { block, start: connected.ref.start, end: last.end } };
  // "After identifying key issues …, he makes a stinging attack on the president:".
  const pronoun = /\b(he|she)\s+(?:[a-z]+ly\s+)?[a-z]+s\b/i.exec(sentence);
  const referred = pronoun ? cues.subjectAt(block, last.start + pronoun.index) : null;
  if (referred?.entity) return { subject: referred, cue: { block, start: referred.ref.start, end: last.end } };
  // "What concerns her most, though, is that:": a short colon sentence that names no one and refers to someone only
  // as "her" or "him" goes on with the person it refers to.
  const object = /\b(her|him)\b/i.exec(sentence);
  if (object && sentence.split(/\s+/).length <= 10 && !discourse.peopleIn(block, last).length) {
    const subject = cues.subjectAt(block, last.start + object.index);
    if (subject?.entity && subject.resolution === 'pronoun') return { subject, cue: { block, start: last.start, end: last.end } };
  }
  // "The president of the University of the Philippines issued this statement after hackers defaced the university
  // website:" (Global Voices, Philippines, May 2012): a statement issued by someone the text describes but names no
  // entity for is still set off by its colon, unattributed (the guide's "Statements" entry).
  return statement && !/["“”]/.test(sentence) ? passiveCue(block, last.start + statement.index, statement[0].length) : null;
}

/**
 * The writer a colon cue's words before its verb at `at` name where they name no one the text knows: an opening
 * writer's name, a handle in parentheses, a user name in lower case before its language tag, or a platform's user
 * named by handle or user-name label ("Twitter user @badasok, referencing Kim's answers …, argued [ko]:").
 */
function writerBefore(cues: CueReader, block: number, sentenceStart: number, at: number): Subject | null {
  const before = (cues.texts[block] ?? '').slice(sentenceStart, at);
  return (
    openingWriter(cues, block, sentenceStart, at) ??
    parenthesisedHandle(cues, block, sentenceStart, at) ??
    lowerCaseUser(cues, block, sentenceStart, before) ??
    platformUser(before, sentenceStart, block, cues) ??
    labelledUser(before, sentenceStart, block, cues)
  );
}

/**
 * "April 5, 2012 [ru]:": a dated label before a blogger's posts hands on the person the text was about (Global Voices);
 * null when the text has named no one yet, undefined when the sentence is no such label.
 */
function datedLabel(block: number, sentence: string, last: SentenceRange, discourse: Discourse): ColonCue | null | undefined {
  if (!/^[\s\d,.]*(?:January|February|March|April|May|June|July|August|September|October|November|December)[\s\d,.]*(?:\[[a-z]{2}\])?\s*:\s*$/.test(sentence))
    return undefined;
  const recent = discourse.recentPerson();
  return recent
    ? {
        subject: { ref: recent.at, entity: recent.entity, resolution: 'continuation', antecedent: recent.at },
        cue: { block, start: last.start, end: last.end },
      }
    : null;
}

/**
 * The speaker of a colon cue whose speaker words end on a place, `place`: the person or body named right before "from"
 * (or "in") and the place (`The North Bank Evening Standard from the Gambia also shared highlights of his career:`,
 * Global Voices); else the place itself, speaking as its government, before a speech verb (`verb`); else null, as a
 * place before another verb is only where the speaker is from. `at` gives the block, its text and where the colon's
 * sentence starts.
 */
function placeSpeaker(cues: CueReader, at: { block: number; text: string; sentenceStart: number }, place: Subject, verb: string): Subject | null {
  const { block, text, sentenceStart } = at;
  const link = /\s+(?:from|in)\s+(?:the\s+)?$/.exec(text.slice(sentenceStart, place.ref.start));
  const named = link ? cues.subjectBefore(block, sentenceStart + link.index, sentenceStart) : null;
  if (named?.entity && named.entity.type !== 'place' && named.resolution === 'name') return named;
  return isSpeechVerb(verb) ? place : null;
}

/**
 * The words of a colon cue's sentence that may be its verb: a word written capitalised inside the sentence is a name's
 * ("The account of the United States Ambassador …, tweeted:" has no verb "States").
 */
export const wordsOf = (sentence: string) => [...sentence.matchAll(/\p{L}+/gu)].filter((word) => word.index === 0 || !/^\p{Lu}/u.test(word[0]));

/** The reporting verbs' base forms: "add", "say", "note". */
const LEMMAS = new Set(REPORTING_VERBS.map((v) => v.lemma));

/**
 * Whether a word that is no reporting verb's form still sets off the block quotation after a colon: a verb that cues
 * only a quote right after it (`lexicon/quoteCueVerbs.ts`) a few words before the colon ("The North Bank Evening
 * Standard from the Gambia also shared highlights of his career:", "Isaac disagrees:", "as this Facebook message by
 * Chai Kadai informs us:"), or a reporting verb's base form after "went on to" ("They went on to add:"). Observed on
 * real news: Global Voices round-ups introduce each post so.
 */
/**
 * "In response to comments made by … Tharman Shanmugaratnam – who said that … – Jackson Tan points out that …:": a
 * relative clause's verb reports what someone else said, when a speech verb of the main clause comes after it and
 * presents the block ("… comes from Ndagha who says …:" has none, so Ndagha's "says" does); so with "that" and "which"
 * ("an editorial that criticized the controversial statement, saying …:", Global Voices).
 */
function relativeBeforeMain(sentence: string, verb: RegExpExecArray): boolean {
  return /\b(?:who|that|which)\s+(?:also\s+|then\s+)?$/i.test(sentence.slice(0, verb.index)) && laterSpeechVerb(sentence, verb.index);
}

/**
 * "… against those who would make their voices heard, concluded:": after a determiner the word is a noun, when a later
 * verb is the cue ("The questions were:" has none, and its noun still sets off the questions asked).
 */
function nounAfterDeterminer(sentence: string, verb: RegExpExecArray): boolean {
  return DETERMINER_BEFORE.test(sentence.slice(Math.max(0, verb.index - 12), verb.index)) && laterSpeechVerb(sentence, verb.index);
}

const laterSpeechVerb = (sentence: string, after: number) => wordsOf(sentence).some((later) => later.index > after && isSpeechVerb(later[0]));

/** The noun right before a verb: "The statement read". */
const DOCUMENT_BEFORE = /(\p{L}+)\s+$/u;
/** The noun a sentence opens with, then where it is from or what it is on: "A comment from the video youtube account". */
const DOCUMENT_FROM = /^(?:(?:a|an|the|one|this|that|another)\s+)?(\p{L}+)\s+(?:from|on|of|in|under|below|at)\s+[^,;:"“”]{1,60}?\s+$/iu;

function cuesBlock(sentence: string, word: string, at: number): boolean {
  if (LEMMAS.has(word) && /\b(?:went|goes|go)\s+on\s+to\s+$/.test(sentence.slice(0, at))) return true;
  // Only as the sentence's last verb ("where Usov shared the link to the interview, user Juriy Prohorov wrote [ru]:"), and
  // right after a name, a pronoun or a document: "This screenshot … sums up the problem nicely:", "Examples of the shared platform:",
  // "please read the following information carefully:" set off the writer's own words.
  const rest = sentence.slice(at + word.length);
  const before = sentence.slice(0, at);
  // A document reads its words: "The statement read:", "Trump's letter reads:", and so it does with where it is from
  // between ("A comment from the video youtube account reads:", Global Voices, Spain, May 2012).
  const document = /^reads?$/i.test(word) && [DOCUMENT_BEFORE, DOCUMENT_FROM].some((head) => DOCUMENT_NOUNS.has(head.exec(before)?.[1]?.toLowerCase() ?? ''));
  const named = document || /(?:\p{Lu}[\p{L}'’.-]*|\b(?:he|she|they))\s+(?:also\s+|\p{L}+ly\s+)?$/u.test(before);
  // "Twitter user Dudinha Sales shared an image of the crowd:" shows a picture, not words.
  const shown = /\b(?:images?|photos?|photographs?|pictures?|videos?|clips?|screenshots?|maps?|charts?|graphics?|infographics?|links?)\b/i.test(rest);
  return named && !shown && QUOTE_CUE_VERBS.has(word.toLowerCase()) && /^(?:\s+[^\s,;]+){0,10}\s*:\s*$/.test(rest) && !rest.split(/\s+/).some(isSpeechVerb);
}

/**
 * `For instance in her post about …, Rebecca remains factual:`: a person named right before a present-tense verb of
 * the sentence is who it presents, wherever the sentence opens. The name must open its clause (at the sentence's
 * start or after a comma) and be followed at once by the verb, and the verb must have words of its own before the
 * colon: a word ending in -s after a name inside a noun phrase is a plural noun ("the traditional native mobile and
 * Web methodologies including:", "at the cost of Black lives:"), not a verb. Null when no person is written so.
 */
function actingPerson(sentence: string, offset: number, block: number, cues: CueReader): Subject | null {
  for (const verb of sentence.matchAll(/\s+(?:also\s+)?(?!is\b|was\b|has\b|does\b)[a-z]{2,}s\b/g)) {
    if (/["“”]/.test(sentence.slice(0, verb.index))) return null;
    const subject = cues.subjectBefore(block, offset + verb.index, offset);
    if (subject?.entity?.type !== 'person' || subject.resolution !== 'name') continue;
    const opensClause = /(?:^|[,;—–])\s*$/.test(sentence.slice(0, subject.ref.start - offset));
    // "Paco Bardales of Diario de Iqt [es] compiles a list of links …:": the outlet the person writes for, with the
    // language tag of its link, may stand between the name and the verb.
    const between = sentence.slice(subject.ref.end - offset, verb.index);
    const nextToVerb = between === '' || /^\s+(?:of|from|at)\s+\p{Lu}[^,;:"“”()[\]]{0,60}\s\[[a-z]{2,3}\]$/u.test(between);
    const hasComplement = /\p{L}/u.test(sentence.slice(verb.index + verb[0].length).replace(/:\s*$/, ''));
    if (opensClause && nextToVerb && hasComplement) return subject;
  }
  return null;
}

/** `and added [ko]:`, `then continued:`, `adding:`: a lower-case speech verb opening the paragraph, with no subject. */
const SUBJECTLESS_CUE = new RegExp(
  String.raw`^\s*(?:(?:and|then|and then|and later|later|also|and also)\s+)?(?:added|adds|adding|continued|continues|went on|goes on|concluded|concludes|wrote|writes|tweeted|tweets)(?:\s+${LANGUAGE_TAG})?\s*:\s*$`,
);

/**
 * `He continues:`, `She went on:`, `He then proceeds to speculate about Al Gore's involvement in negotiations:`: a pronoun
 * and a verb that says the same voice goes on, perhaps with what it goes on to do, and nothing else.
 */
const PRONOUN_GOES_ON = new RegExp(
  String.raw`^\s*(He|She)\s+(?:then\s+)?(?:continues|continued|goes on|went on|proceeds|proceeded)(?:\s+to\s+\p{Ll}+(?:\s+[^.:;!?"“”]{1,80}?)?)?(?:\s+${LANGUAGE_TAG})?\s*:\s*$`,
  'u',
);

/**
 * `and:` alone after a block quotation, or a speech verb with no subject of its own (`and added [ko]:`, `then
 * continued:`): the same source's next words follow, so the quotation's cue goes on to them (observed on real news:
 * Global Voices, "During the May 6 … march …, Svetov tweeted:", the tweet and its translation, "and:", the next tweet and
 * its translation; "Twitter user @tinypencil tweeted [ko]:", the tweet, its translation, "and added [ko]:"). A verb
 * with no subject can only go on from the one before it; so does `He continues:` (`PRONOUN_GOES_ON`), whatever other
 * man the quotation named (`Blogging from Lesotho, Michael Jordan reports:`, his post quoting Tutu, `He continues:`),
 * when the source is a person whose gender the text does not state otherwise (`genderOf`). `previous` is the cue of the
 * block quotation the paragraph before was (a photo caption between them passed over).
 */
export function goesOnAfter(text: string, previous: ColonCue | null, genderOf: (entity: FoundEntity) => Gender | null): ColonCue | null {
  if (!previous) return null;
  if (/^\s*(?:and|also|and also|and then|and later|plus)\s*:\s*$/i.test(text) || SUBJECTLESS_CUE.test(text)) return previous;
  const pronoun = PRONOUN_GOES_ON.exec(text)?.[1]?.toLowerCase();
  const source = previous.subject.entity;
  if (pronoun === undefined || source?.type !== 'person') return null;
  const stated = genderOf(source);
  return stated === null || stated === PRONOUN_GENDER[pronoun] ? previous : null;
}

/**
 * `Dear President Obama:`: a letter's salutation alone in its paragraph names whom the letter is written to, never who
 * writes it; the letter the paragraph before set off goes on after it (the letter convention: salutation, then body).
 */
export const isSalutation = (text: string): boolean => /^\s*Dear\s+[^.!?:;,"“”]{1,60}[:,]\s*$/.test(text);

/** A picture word opening a caption's sentence: "Photo shared on Flickr by DFID", "Image courtesy Wikipedia". */
const CAPTION_OPENER = /\b(?:Photo|Image|Picture|Screenshot|Screen shot)\b/;
/** A picture credited or named at the caption's end: "…, photo by …", "Image by Share Press", "… Code of Conduct image". */
const CAPTION_CREDIT =
  /\b(?:photo|image|picture|screenshot)s?(?:\s*:|\s+(?:by|courtesy|from|credit)\b|\s*\.?\s*$)|\bvia flickr\b|\bcreative commons\b|\bcourtesy of\b/i;

/**
 * Whether a paragraph is a photo caption set between a colon cue and its quotation ("Joyce Banda speaking
 * at the DFID conference in 2010. Photo shared on Flickr by DFID"): the cue passes over it. The picture word opens a
 * sentence of its own ("Photo shared …", "Image courtesy Wikipedia") or credits ("…, photo by Russian Presidential Press
 * …"); in prose it is no caption ("Accounts from neighbours and associates paint a picture of a man who struggled …").
 */
export const isCaption = (text: string): boolean => text.length < 300 && (CAPTION_OPENER.test(text) || CAPTION_CREDIT.test(text)) && !/["“”]/.test(text);

/**
 * `For Leite de Cobra [pt], the way in which … has been treated is outrageous:` / `For Eu, Você e Todo Mundo [pt], the
 * desperate search for specialists is also a problem:` — a blog round-up (Global Voices) gives a post's view as "For
 * SOURCE [language], …:" and sets the post off after it. Only with the language tag that links the post: "For NASA, the
 * mission has three goals:" introduces the writer's list. The source is the person or organisation named, else the
 * words before the tag as a blog's title. Null otherwise.
 */
function forSource(sentence: string, offset: number, block: number, cues: CueReader): Subject | null {
  const found = FOR_TAGGED_NAME.exec(sentence);
  if (!found?.[1]) return null;
  const start = offset + 4 + (found[0].slice(4).length - found[0].slice(4).trimStart().length);
  const end = start + found[1].length;
  const named = cues.subjectAt(block, start);
  if (named?.entity && named.ref.end === end) return named.entity.type === 'place' ? null : named;
  return cues.titledSource(block, start, end);
}
