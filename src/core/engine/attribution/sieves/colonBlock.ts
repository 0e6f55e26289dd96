import { accordingColon, unnamedAccording } from './accordingColon';
import { authoredOpening } from './authoredOpening';
import { openingAccording } from './openingAccording';
import type { SentenceRange } from '../../../sentences';
import type { Discourse } from '../coreference';
import type { CueReader } from '../subjects';
import type { Located, Subject } from '../types';
import { actingPerson, describedNameHead, exampleAgent, forSource } from './colonSpeakers';
import { connectedHead } from './connectedHead';
import { handleColonCue } from './handleColonCue';
import { headAfterOpening } from './headAfterOpening';
import { handleOnly } from './handleLabel';
import { nameLabelCue, screenNameCue } from './nameLabel';
import { introducesList, writerLeadIn } from './listIntroduction';
import { namedExample } from './namedExample';
import { announcesList, namedLeadIn, showsMedia } from './namedLeadIn';
import { labelledUser, platformUser } from './platformUser';
import { postAside } from './postAside';
import { quotedBlogTitle } from './quotedBlogTitle';
import { passedOnWords } from './sharedWork';
import { quotedWords } from './quotedWords';
import { speechNounCue } from './speechNounCue';
import { statesQuestion } from './statedQuestion';
import { taggedBlogCue } from './taggedBlogTitle';
import { taggedSource } from './taggedSource';
import { passiveCue, speechVerbCue } from './colonVerbCue';
import { subordinateAside } from './mainClause';
import { opensOnPersonalPronoun } from './pronounSubject';
import { titleHolder } from './titleBeforeName';
import { TITLED_HEAD, titledHead } from './titledHead';
import { bloggerOfBlog } from './bloggerOfBlog';
import { taggedOpening } from './taggedOpening';
import { leadInName } from './leadInName';
import { indefiniteSubjectBefore } from '../indefiniteSubject';

/** "The following is a statement from NASA Administrator Bill Nelson on ….": it introduces the quotation as a colon does. */
const FOLLOWING_STATEMENT = /\b(?:following (?:is a |joint )?statement|issued (?:the following|this) statement|the following remarks)\b/i;

/**
 * The colon cue of a sentence that announces a statement (`FOLLOWING_STATEMENT`, matched as `statement`) from someone
 * named after "from"; null when the sentence holds quote marks or names no one there. `sentence` starts at
 * `sentenceStart` of `block`.
 */
function statementFrom(cues: CueReader, block: number, sentence: string, sentenceStart: number, statement: RegExpExecArray): ColonCue | null {
  if (/["“”]/.test(sentence)) return null;
  const from = /\bfrom\s+/i.exec(sentence.slice(statement.index));
  const subject = from ? cues.subjectAt(block, sentenceStart + statement.index + from.index + from[0].length) : null;
  return subject ? { subject, cue: { block, start: sentenceStart, end: subject.ref.end } } : null;
}

/**
 * An introductory phrase set off by a comma before the subject, without quote marks: "In a statement released after the
 * attack, the United States Department of Defense justified the strike …:" (Wikinews, January 2020). AP style sets such
 * an opening phrase off by a comma; the clause's subject comes right after it.
 */
const OPENING_PHRASE = /^[^,;:"“”()]{1,100},\s+(?:the\s+)?$/iu;

/**
 * A lower-case verb form right before a name: the name is that verb's object or the subject of the clause it takes, not
 * the sentence's subject. "Hafriz from Singapore thinks al-Zaidi should become president of the world:" (Global Voices,
 * "Southeast Asia: The shoe, the shoe", a fresh page) quotes Hafriz, whom no name pass reads, never al-Zaidi.
 */
const VERB_BEFORE = /\b\p{Ll}{2,}(?:s|ed)\s+(?:that\s+)?$/u;

/**
 * Whether the subject at `at` opens the sentence starting at `start`: within its first words, or after an opening
 * phrase, and not right after a verb (`VERB_BEFORE`) nor after a pronoun subject (`opensOnPersonalPronoun`).
 */
const opensSentence = (text: string, start: number, at: number) =>
  !opensOnPersonalPronoun(text.slice(start)) && (at <= start + 40 || OPENING_PHRASE.test(text.slice(start, at))) && !VERB_BEFORE.test(text.slice(start, at));

/** The speaker a paragraph ending in a colon hands to the paragraph after it. */
export interface ColonCue {
  subject: Subject;
  cue: Located;
  /** A post set off by its handle (`@user: …`): only its translation after it carries it on, not plain text. */
  translatedOnly?: boolean;
  /** An excerpt the writer cut with a `[...]` line: its plain paragraphs may run on to the article's end (`runsToNextCue`). */
  cut?: boolean;
  /** The cue of a subordinate clause before the main one (`subordinateAside`): its subject speaks the quotes inside it. */
  aside?: ColonCue;
}

/**
 * `Ng E-Jay is unconvinced of the logic of a code:` / `And from Chairwoman Imelda Sorensen:` / `The
 * ministry said in a statement:` — a paragraph whose last sentence ends in a colon and names who speaks
 * (the subject of a speech verb, else the person or organisation the sentence opens with, or the one
 * after "from"). The paragraph set off after it is that speaker's words: a block quotation (the
 * convention of the AP Stylebook's "quotations" entry for a quote introduced by a colon). Null for a
 * colon that introduces a list or names nobody.
 */
export function colonCue(block: number, text: string, last: SentenceRange | undefined, cues: CueReader, discourse: Discourse): ColonCue | null {
  const read = (range: SentenceRange) => readColonCue(block, text, range, cues, discourse);
  const reading = (last && subordinateAside(block, text, last, read)) ?? readColonCue(block, text, last, cues, discourse);
  // A cue read with no one named gives way to the name its sentence opens on, tagged with its post's language, or to
  // the given name or blog title right before its speech verb.
  const found = !reading?.subject.entity && last ? (taggedOpening(cues, block, text, last) ?? leadInName(cues, block, text, last) ?? reading) : reading;
  return found && { ...found, subject: titleHolder(cues, block, text, found.subject) };
}

/** `colonCue`'s reading of the sentence's shapes, before a title read as a body's name gives way to its holder. */
function readColonCue(block: number, text: string, last: SentenceRange | undefined, cues: CueReader, discourse: Discourse): ColonCue | null {
  if (!last) return null;
  const sentence = text.slice(last.start, last.end);
  const statement = FOLLOWING_STATEMENT.exec(sentence);
  // "…, according to Mónica Tapia A. [es] (@monicatapiaa):" and "According to X, the police made threats:" credit the
  // words after them as a statement's "from" does; "The newspaper quotes X, who …:" gives them to the one quoted.
  const stated =
    (statement ? statementFrom(cues, block, sentence, last.start, statement) : null) ??
    accordingColon(cues, block, sentence, last.start) ??
    unnamedAccording(block, sentence, last.start) ??
    openingAccording(cues, block, sentence, last.start) ??
    passedOnWords(cues, block, sentence, last.start);
  if (stated) return stated;
  // "Dear President Obama:" names whom a letter is written to, never who writes it.
  // "Wikinews asked Stamenković if he had any ideas …:" sets off the answer of the one asked, never the asker's words.
  if (!/:\s*$/.test(text) || writerLeadIn(sentence) || isSalutation(text) || statesQuestion(sentence)) return null;
  const handle = handleOnly(text);
  if (handle) return { subject: cues.handleSource(block, handle.start, handle.end), cue: { block, ...handle }, translatedOnly: true };
  const labelled = nameLabelCue(cues, block, text) ?? screenNameCue(cues, block, sentence, last.start);
  if (labelled) return labelled;
  const blog =
    quotedBlogTitle(cues, block, sentence, last.start) ??
    postAside(cues, block, sentence, last.start) ??
    taggedBlogCue(cues, block, last, sentence) ??
    bloggerOfBlog(cues, block, sentence, last.start);
  if (blog) return blog;
  const words = quotedWords(cues, block, sentence, last.start);
  if (words) return { subject: words.subject, cue: { block, ...words.cue } };
  const head = titledHead(sentence);
  const titledAt = (span: readonly [number, number] | undefined) => () => (span ? cues.titledSource(block, last.start + span[0], last.start + span[1]) : null);
  const titled = titledAt(head);
  const verbHead = head ?? headAfterOpening(sentence, (rest) => TITLED_HEAD.exec(rest));
  const verbCue = speechVerbCue(cues, { block, text, last }, verbHead, titledAt(verbHead));
  // A handle names whom a verb cue does not ("Pacho (@ pachitoelche) [es] talks about …:"), as the example of "Some, like X, …:" does.
  const notVerb = () => handleColonCue(cues, block, sentence, last.start) ?? namedExample(cues, block, sentence, last.start);
  const authored = () => {
    const author = authoredOpening(cues, block, sentence, last.start);
    return author && { subject: author, cue: { block, start: author.ref.start, end: last.end } };
  };
  const cued = verbCue?.subject.entity ? verbCue : (notVerb() ?? authored() ?? verbCue);
  if (cued?.subject.entity) return cued;
  const spoken = speechNounCue(block, sentence, last.start, cues) ?? taggedSource(block, sentence, last, cues);
  // "In March the charity Oxfam International gave a dire warning in a press release:" (gv-yemen-millions-hungry-food-
  // crisis-2012-05-21): a speech noun whose giver is named outdoes the noun read as a verb with no subject ("warning").
  if (cued && !spoken?.subject.entity) return cued;
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
  const user =
    platformUser(sentence, last.start, block, cues) ?? labelledUser(sentence, last.start, block, cues) ?? describedNameHead(cues, block, sentence, last.start);
  if (user) return { subject: user, cue: { block, start: user.ref.start, end: last.end } };
  const focused = focusCue(block, text, sentence, last, cues, discourse);
  if (focused) return focused;
  const source = titled();
  if (source) return { subject: source, cue: { block, start: source.ref.start, end: last.end } };
  const connected = connectedHead(sentence, last.start, block, cues);
  if (connected) return { subject: connected, cue: { block, start: connected.ref.start, end: last.end } };
  const referred = referredCue(block, text, sentence, last, cues, discourse);
  if (referred) return referred;
  // "The president of the University of the Philippines issued this statement after hackers defaced the university
  // website:" (Global Voices, Philippines, May 2012): a statement issued by someone the text describes but names no
  // entity for is still set off by its colon, unattributed (the guide's "Statements" entry).
  return statement && !/["“”]/.test(sentence) ? passiveCue(block, last.start + statement.index, statement[0].length) : null;
}

/**
 * The colon cue of the one the sentence is about (`discourse.sentenceSubject`) when it opens the sentence
 * (`opensSentence`): that person or body, named; a body a person's name owns ("The Biden campaign"), or unattributed
 * for any other thing of theirs. Null for a sentence that announces a list or shows media, or whose subject opens no
 * clause of it.
 */
function focusCue(block: number, text: string, sentence: string, last: SentenceRange, cues: CueReader, discourse: Discourse): ColonCue | null {
  const focus = announcesList(sentence) || showsMedia(sentence) ? null : discourse.sentenceSubject(block, text, last);
  // "Kirmizigul's friends and professors started a blog to make his case known:": whose friends they are is not who
  // writes; the people the sentence opens with still set off a quotation, unattributed ("NASA's 2024 Spinoff features
  // …, including:" sets off the writer's own list).
  // "The Biden campaign recycled a statement it first put out in July:" (Wikinews, On the campaign trail in the USA,
  // September 2020): a person's name after "the" and before a common noun names whose campaign it is, as a possessive does.
  const owner = focus && (/^['’]s?\s/.test(text.slice(focus.at.end)) || (focus.entity.type === 'person' && namesModifier(text, focus.at.start, focus.at.end)));
  const opens = focus !== null && focus.at.block === block && opensSentence(text, last.start, focus.at.start);
  if (focus && owner && focus.entity.type === 'person' && opens) {
    // "The Biden campaign", "Biden's administration": the body the name owns speaks (`mentionSubject.ts`); any other
    // thing of theirs ("Kirmizigul's friends") stays unattributed.
    const body = cues.subjectAt(block, focus.at.start);
    const subject: Subject = body?.entity?.type === 'organization' ? body : { ref: focus.at, entity: null, resolution: 'unattributed', antecedent: null };
    return { subject, cue: { block, start: focus.at.start, end: last.end } };
  }
  if (focus && !owner && opens && focus.entity.type !== 'place') {
    const subject: Subject = { ref: focus.at, entity: focus.entity, resolution: 'name', antecedent: null };
    return { subject, cue: { block, start: focus.at.start, end: last.end } };
  }
  return null;
}

/**
 * The colon cue of the person a pronoun in the sentence refers to: a "he" or "she" subject of a present verb, or a short
 * sentence that names no one and speaks of "her" or "him" only. Null when neither refers to anyone.
 */
function referredCue(block: number, text: string, sentence: string, last: SentenceRange, cues: CueReader, discourse: Discourse): ColonCue | null {
  // "After identifying key issues …, he makes a stinging attack on the president:".
  const pronoun = /\b(he|she)\s+(?:[a-z]+ly\s+)?[a-z]+s\b/i.exec(sentence);
  const referred = pronoun ? cues.subjectAt(block, last.start + pronoun.index) : null;
  // "Guadeloupean blogger at Carib Creole News publishes a post … in which he denounces …:": the he of an unnamed
  // subject (`indefiniteSubject.ts`) still sets off the blogger's words, unattributed.
  const unnamed = referred && !referred.entity && pronoun && indefiniteSubjectBefore(text, last.start, last.start + pronoun.index);
  if (referred?.entity || unnamed) return { subject: referred, cue: { block, start: referred.ref.start, end: last.end } };
  // "What concerns her most, though, is that:": a short colon sentence that names no one and refers to someone only
  // as "her" or "him" goes on with the person it refers to.
  const object = /\b(her|him)\b/i.exec(sentence);
  if (object && sentence.split(/\s+/).length <= 10 && !discourse.peopleIn(block, last).length) {
    const subject = cues.subjectAt(block, last.start + object.index);
    if (subject?.entity && subject.resolution === 'pronoun') return { subject, cue: { block, start: last.start, end: last.end } };
  }
  return null;
}

/** Whether the name at [start, end) stands between "the" and a common noun, as a modifier: "The Biden campaign". */
const namesModifier = (text: string, start: number, end: number) =>
  /\b[Tt]he\s+$/.test(text.slice(Math.max(0, start - 5), start)) && /^\s+\p{Ll}{3,}/u.test(text.slice(end));

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
 * `Dear President Obama:`: a letter's salutation alone in its paragraph names whom the letter is written to, never who
 * writes it; the letter the paragraph before set off goes on after it (the letter convention: salutation, then body).
 */
export const isSalutation = (text: string): boolean => /^\s*Dear\s+[^.!?:;,"“”]{1,60}[:,]\s*$/.test(text);
