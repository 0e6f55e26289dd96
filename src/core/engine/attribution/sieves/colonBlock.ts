import { accordingColon, unnamedAccording } from './accordingColon';
import { asideBeforeVerb } from './asideBeforeVerb';
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
import { namedLeadIn } from './namedLeadIn';
import { labelledUser, platformUser } from './platformUser';
import { postAside } from './postAside';
import { quotedBlogTitle } from './quotedBlogTitle';
import { passedOnWords } from './sharedWork';
import { quotedWords } from './quotedWords';
import { speechNounCue } from './speechNounCue';
import { statesQuestion } from './statedQuestion';
import { taggedBlogCue } from './taggedBlogTitle';
import { taggedSource } from './taggedSource';
import { speechVerbCue } from './colonVerbCue';
import { subordinateAside } from './mainClause';
import { titleHolder } from './titleBeforeName';
import { TITLED_HEAD, titledHead } from './titledHead';
import { bloggerOfBlog } from './bloggerOfBlog';
import { taggedOpening } from './taggedOpening';
import { translatedWork } from './translatedWork';
import { possessedView } from './possessedView';
import { leadInName } from './leadInName';
import { datedLabel } from './datedLabel';
import { focusCue } from './focusCue';
import { nameShapedLeadIn } from './nameShapedLeadIn';
import { describedStatement, followingStatement, statementFrom } from './followingStatement';
import { fromSpeaker } from './fromSpeaker';
import { referredCue } from './referredCue';
import { promptedColon, promptsOthers } from './promptedColon';

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
  // "X's post prompted readers to ask:" leaves the readers unnamed; the name it opens on only prompts them.
  const found =
    !reading?.subject.entity && last && !promptsOthers(text.slice(last.start, last.end))
      ? (taggedOpening(cues, block, text, last) ??
        leadInName(cues, block, text, last) ??
        asideBeforeVerb(cues, block, text.slice(last.start, last.end), last.start) ??
        translatedWork(cues, block, text, last) ??
        possessedView(cues, block, text, last) ??
        reading)
      : reading;
  return found && { ...found, subject: titleHolder(cues, block, text, found.subject) };
}

/** `colonCue`'s reading of the sentence's shapes, before a title read as a body's name gives way to its holder. */
function readColonCue(block: number, text: string, last: SentenceRange | undefined, cues: CueReader, discourse: Discourse): ColonCue | null {
  if (!last) return null;
  const sentence = text.slice(last.start, last.end);
  const statement = followingStatement(sentence);
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
  // "This prompted Cuban blogger Yasmín Silvia Portales [es] … to ask:": the one prompted speaks, not the clause subject.
  const prompted = promptedColon(cues, block, sentence, last.start);
  if (prompted) return prompted;
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
  const from = fromSpeaker(cues, block, text, sentence, last.start);
  if (from) return from;
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
  const opening = nameShapedLeadIn(cues, block, sentence, last.start);
  if (opening) return { subject: opening, cue: { block, start: opening.ref.start, end: last.end } };
  const focused = focusCue(block, text, sentence, last, cues, discourse);
  if (focused) return focused;
  const source = titled();
  if (source) return { subject: source, cue: { block, start: source.ref.start, end: last.end } };
  const connected = connectedHead(sentence, last.start, block, cues);
  if (connected) return { subject: connected, cue: { block, start: connected.ref.start, end: last.end } };
  const referred = referredCue(block, text, sentence, last, cues, discourse);
  if (referred) return referred;
  return describedStatement(block, sentence, last.start, statement);
}

/**
 * `Dear President Obama:`: a letter's salutation alone in its paragraph names whom the letter is written to, never who
 * writes it; the letter the paragraph before set off goes on after it (the letter convention: salutation, then body).
 */
export const isSalutation = (text: string): boolean => /^\s*Dear\s+[^.!?:;,"“”]{1,60}[:,]\s*$/.test(text);
