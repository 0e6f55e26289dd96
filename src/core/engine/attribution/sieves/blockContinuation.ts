import { LANGUAGE_TAG } from '../../languageTag';
import { splitSentences } from '../../../sentences';
import type { ColonCue } from './colonBlock';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { WRITER_TRANSITION } from '../../lexicon/writerTransitions';
import { leadsIn } from './fullStopLeadIn';
import { foreignProse, translationOf } from './translation';
import { isOwnLabel } from './excerptable';
import { editorsNote, reportsStatement, writerReturns } from './writerVoice';
import type { FoundEntity } from '../../entities/types';
import type { MentionIndex } from '../mentions';

const LAST_WORD = new RegExp(String.raw`(\p{L}+)(?:\s*${LANGUAGE_TAG})?\s*[.!?]?\s*$`, 'u');

// Whether the paragraphs after a block quotation go on with it: in the first person, after an ellipsis, as its
// translation, or in a blog round-up's run of a post's paragraphs up to the writer's next lead-in.

/** Whether a paragraph's quote marks only set off a word or two (scare quotes), which a block quotation may hold. */
export const onlyScareQuotes = (text: string, directs: ReadonlyArray<{ start: number; end: number }>): boolean =>
  directs.every((d) => text.slice(d.start, d.end).split(/\s+/).length <= 3);

/** Whether a paragraph opens with an ellipsis ("[...] Many influential …", "...What was"): an excerpt's, not the writer's. */
export const opensWithElision = (text: string): boolean => /^(?:\[(?:\.\.\.|…)\]|\.\.\.|…)/.test(text);

/**
 * A list item lettered after its first ("b) The government is making such fake gesture …" after a blogger's paragraph
 * ending "Two scenarios sound plausible: a) …", gv-ethiopia-muslims-campaign-online-2012-05-12): the list the quotation
 * opened goes on. Not "a)", which may open the writer's own list.
 */
const LETTERED_ITEM = /^\(?[b-h]\)\s/;

/**
 * Whether a paragraph after a block quotation carries it on: it opens with an ellipsis or a list number (in any script's
 * digits: Bengali `৩. ২৬ জুন …` after `২. …`, a programme in Global Voices, Bangladesh, May 2012) or a later letter
 * (`LETTERED_ITEM`), marks
 * words left out with a bracketed ellipsis ("[...]", which a writer puts only in someone else's words), or speaks
 * in the first person, without introducing another quotation.
 */
export function carriesOn(text: string): boolean {
  if (isOwnLabel(text)) return true;
  if (/:\s*$/.test(text) || quotesWords(text) || presentsAnother(text) || editorsNote(text)) return false;
  // "And it is further ordered that …", "And what is the purpose of it all, …?": a paragraph opening on "And" goes on
  // from the words before it, which a writer's own paragraph does not do after someone else's.
  return (
    opensWithElision(text) ||
    /^\p{Nd}{1,2}\.\s/u.test(text) ||
    LETTERED_ITEM.test(text) ||
    /\[(?:\.\.\.|…)\]/.test(text) ||
    FIRST_PERSON.test(withoutGlossedTitles(text)) ||
    /^And\b/.test(text)
  );
}

/**
 * `Dave Winer then suggests Europe …`: a paragraph opening on a capitalised name and a presenting verb in the present
 * tense is the writer's, moving on to another voice, whatever first-person words of their own follow (Global Voices,
 * fresh page gv/26, after a block quotation of Jay Rosen's).
 */
const presentsAnother = (text: string): boolean => {
  const opening = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:then\s+|also\s+|now\s+)?(\p{Ll}+(?:\s+out)?)\b/u.exec(text);
  return opening?.[1] !== undefined && !/^I\s/.test(text) && PRESENTING.test(opening[1]);
};

/**
 * A quoted title and the English of it in parentheses after it: `'Não Vou Ficar' (I Will Not Stay)` (gv-cape-verde-creative-
 * writing-competition-2012-05-18). The "I" of a title is no one speaking in the first person.
 */
const GLOSSED_TITLE = /['‘"“][^'’"”]{1,80}['’"”]\s*\([^()]{1,80}\)/gu;

/** The paragraph without its quoted titles and their glosses (`GLOSSED_TITLE`). */
const withoutGlossedTitles = (text: string) => text.replace(GLOSSED_TITLE, ' ');

/** First-person words; "I" not as a letter of an abbreviation ("D.I.Y.", "U.S.I.S."). */
const FIRST_PERSON = /(?<![.\p{L}])I(?:'m|’m|'ve|’ve)?(?![.\p{L}])|\b(?:we|We|my|My|our|Our|me|us)\b/u;

/** Whether a paragraph quotes more than a scare-quoted word or two ("boxes"), or leaves a quote mark open. */
function quotesWords(text: string): boolean {
  const marks = text.match(/["“”]/g) ?? [];
  if (marks.length % 2 === 1) return true;
  return [...text.matchAll(/["“]([^"“”]*)["”]/g)].some((m) => (m[1] ?? '').trim().split(/\s+/).length > 3);
}

/** Whether a paragraph is only an ellipsis ("...", "[...]"): words left out of a block quotation, which goes on after it. */
export const isElision = (text: string): boolean => /^\s*(?:\[(?:\.\.\.|…)\]|\.\.\.|…)\s*$/.test(text);

/** How many quotable paragraphs after a plain one `between` reads for the one that carries the quotation on. */
const BETWEEN_REACH = 3;
/** The fewest words of a paragraph `between` passes over on its way to a later one: prose, no heading or lead-in. */
const PROSE_WORDS = 12;
/** A picture's credit or source, which a caption has and a quotation's prose does not. */
const CAPTION = /\b(?:photo|image|picture|screenshot)s?\b/i;

/**
 * Whether a paragraph in the third person between two parts of a block quotation is part of it: a paragraph after it
 * carries the quotation on (`following`: the quotable paragraphs after it, in order), and this one neither names the
 * quoted source nor introduces anything. A blog round-up sets a post's paragraphs off one after another, and only the
 * first-person ones show it in plain text. The next paragraph may carry it on by any sign `carriesOn` reads; one further
 * on, past plain paragraphs like this one, only by a bracketed ellipsis (`[...] But the tsunami of bad press …` two
 * paragraphs after `[...] In previous tournaments …`, gv-ukraine-tymoshenko-euro-2012-boycott-2012-05-17), which a
 * writer puts only in someone else's words.
 */
export function between(text: string, following: ReadonlyArray<string>, source: string | null): boolean {
  if (!plainBetween(text, source)) return false;
  // Past the next paragraph, only prose runs unseen inside a quotation: no short line (`The Armenian Observer blog
  // comments.` before its excerpt) nor a caption.
  const run = [text];
  for (const [i, next] of following.slice(0, BETWEEN_REACH).entries()) {
    if (i > 0 && run.some((t) => t.trim().split(/\s+/).length < PROSE_WORDS || CAPTION.test(t))) return false;
    run.push(next);
    // "On Twitter, the news quickly attracted attention." before "@mugumya: … Why do I think …?": a post under its handle is
    // a new source's, so the paragraph before it introduces it in the writer's words.
    if (isElision(next) || /^\s*@[\p{L}\p{N}_]+\s*:/u.test(next)) return false;
    if (carriesOn(next) && (i === 0 || /\[(?:\.\.\.|…)\]/.test(next))) return true;
    if (!plainBetween(next, source)) return false;
  }
  return false;
}

/** A paragraph that may stand inside a block quotation unseen: no lead-in, quotation, new source or writer's turn, and no mention of the source. */
const plainBetween = (text: string, source: string | null): boolean =>
  !/:\s*$/.test(text) && !leadsIn(text) && !quotesWords(text) && !presentsAnother(text) && !movesOn(text) && (source === null || !text.includes(source));

/** The verbs a blog round-up presents a post with, in the present tense: "Jing Gao reflects:", "Rebecca remains factual:". */
const PRESENTING =
  /\b(?:writes|says|notes|states|adds|continues|argues|explains|reflects|finds|remains|calls|asks|observes|comments|concludes|tweets|posts|blogs|shares|suggests|believes|thinks|wonders|laments|complains|recalls|points out|makes|describes|identifies|agrees|disagrees|warns|insists|claims|replies|responds)\b/;

/**
 * Whether a paragraph in the third person may still be the block quotation's that `cue` set off and `previous` (the
 * quoted paragraph before it) went on, with `earlier` the quotable paragraph before that: not after a quotation's first
 * paragraph in the first person (a post that says "I" goes on saying it, and `To save the film industry …, the government
 * decided to remove the ban …` after Russel Ashraf's one paragraph "Me and my uncle went to see the movie …" is the
 * writer's; a post already quoted over two paragraphs or more may go on in the third person, `It is hoped that with the BLOG
 * RING, …` after Brenda Zulu's "We believe in freedom of expression …", gv-zambia-bloggers-network-2012-05-10, unless
 * `inOriginal` says the quotation was printed in its own language first: its English ends where the originals' run
 * does, and `Several hours later, Cha apologised …` after a blogger's Korean post and its English is the writer's,
 * fresh Global Voices post 314830, May 2012), nor after a quotation printed in its
 * original language and then in English (each of its paragraphs comes so, and `On Twitter, through the hashtag
 * #CotasSim, statements of support were intense.` after a blogger's Portuguese and its English is the writer's), nor
 * after a statement as news reports one (`cueParagraph`, the colon cue's paragraph: `reportsStatement`). Observed on
 * Global Voices round-ups, whose later paragraphs of a post in the third person read as the writer's own do.
 */
export function keepsVoice(
  cue: ColonCue,
  cueParagraph: string,
  text: string,
  previous: string | undefined,
  earlier: string | undefined,
  inOriginal = false,
): boolean {
  // A place before a colon is where the words were said, which a round-up does not present a post by.
  if (cue.subject.entity?.type === 'place' || reportsStatement(cueParagraph) || previous === undefined) return false;
  if (FIRST_PERSON.test(previous) && !FIRST_PERSON.test(text) && (earlier === cueParagraph || inOriginal)) return false;
  return earlier === undefined || !foreignProse(earlier) || foreignProse(previous);
}

/** A paragraph after a block quotation, and whether it reads as the writer's own (`writerVoice.ts`). */
export interface Following {
  text: string;
  writer: boolean;
}

/**
 * `The case is one of a kind, …, as Leopoldo Loureiro and Luís Borrelli Neto, the lawyers of Falha, stated [pt].`: a
 * paragraph whose last word is a speech verb (before a language tag) is the writer reporting someone, however the name
 * pass read the speaker.
 */
const endsInCue = (text: string) => isSpeechVerb(LAST_WORD.exec(text)?.[1] ?? '');

/**
 * `Le Retour in 3 Parts is also concerned.` / `Following the attack on D.I.Y. …, others are disturbed by recent events as
 * well.`: a first sentence with a word that adds another voice to those before (`lexicon/writerTransitions.ts`) is the
 * writer moving on from the quotation.
 */
function movesOn(text: string): boolean {
  const first = splitSentences(text)[0];
  return WRITER_TRANSITION.test(first ? text.slice(first.start, first.end) : text);
}

/**
 * `For instance in her post about …, Rebecca remains factual:` / her post's first paragraph / `According to the
 * president, the country could not have hosted …` / `Madame Banda, then ceremonial vice president, vehemently opposed
 * …` / `One final reaction comes from Ndagha who says …:` — a round-up sets a post's paragraphs off one after another,
 * and its writer speaks again to introduce the next post, in a paragraph ending in a colon. A paragraph in the third
 * person after a block quotation carries it on when it and each paragraph after it up to the writer's next colon, or to
 * an elision, are plain text (at most three of them): five words or more, no quotation, not in the writer's voice
 * (`writerVoice.ts`: someone named speaking, the source named, a time, place, dateline or connective opening, …), no
 * word of the writer moving on, not the post's source named. When that colon hands back to the source (`handsBack`, the
 * walk's one reading of `He continues:` in `sameVoiceGoesOn.ts`, which a woman's post never passes: Global Voices,
 * `Blogging from Lesotho, Michael Jordan reports:`, three paragraphs of his post, the third quoting Tutu, a photo
 * caption, then `He continues:`), a quotation or the writer's voice no longer stops the run. `following` is this
 * paragraph and the quotable ones after it, captions left out.
 */
export function runsToNextCue(following: ReadonlyArray<Following>, source: string | null, handsBack: (text: string) => boolean, excerpt = false): boolean {
  const ends = (text: string) => /:\s*$/.test(text) || leadsIn(text) || isElision(text);
  const closing = following.find((p) => ends(p.text))?.text;
  const resumed = closing !== undefined && handsBack(closing);
  for (const [i, paragraph] of following.entries()) {
    const { text, writer } = paragraph;
    // "The PAP's battle encompasses …" before "...": a writer marks words left out only inside someone else's words.
    if (ends(text)) return i > 0;
    // Before "He continues:" what reads as the writer's, quoting included, is the post's.
    const writerLike = !resumed && (writer || quotesWords(text));
    if (i >= 3 || writerLike || movesOn(text) || endsInCue(text) || text.split(/\s+/).length < 5 || (source !== null && text.includes(source))) return false;
  }
  // The article ends without the writer introducing anything more: its last words are as often the writer's own
  // conclusion ("Who wins? Do China’s social media outlets really challenge …?") as the post's, except after an
  // excerpt the writer cut with a "[...]" line, whose plain paragraphs run on to the end (`excerpt`).
  return excerpt && following.length > 0;
}

/**
 * The paragraphs from `block` on that `counts` keeps, each with whether it reads as the writer's (`writerReturns`, with
 * `mentions` the article's and `source` the entity the block quotation's cue named): the first four, all that
 * `runsToNextCue` reads. Reading every one to the article's end made a long article's walk grow with the
 * square of its length.
 */
export function firstFollowing(
  texts: ReadonlyArray<string>,
  block: number,
  counts: (i: number) => boolean,
  mentions: MentionIndex,
  source: FoundEntity | null,
): Array<Following> {
  const found: Array<Following> = [];
  for (let i = block; i < texts.length && found.length < 4; i++) {
    const text = texts[i] ?? '';
    if (counts(i)) found.push({ text, writer: writerReturns(i, text, mentions, source) });
  }
  return found;
}

/**
 * Whether a paragraph is the English translation of the block quotation before it, which a round-up of blogs prints
 * in the original language first (Global Voices: the French, then "A week ago, a 5-month-old foetus was found …"):
 * the paragraph before has almost no English words, this one many, and their lengths are alike.
 */
export function translates(text: string, previous: string | undefined): boolean {
  // Quote marks tell nothing here: a translation drops some of its original's (four for eight,
  // gv-hong-kong-say-no-to-cctvb-2009-06-08) or adds some, for words the original set off in single marks or italics, or
  // a quotation the original ran into its sentence (`'Aile ici siddet …' diyor biri …` → `Someone said, "These sounds
  // have the same effect on children as an abusive family."`, gv-turkey-uludere-airstrike-poetic-commemoration-2012-05-21;
  // `… هتفت غزة مبارح .. يسقط حكم العسكر` → `Gaza chanted yesterday, "Down with military rule, …"`,
  // gv-palestine-palfest-gaza-first-time-2012-05-18). The writer's own paragraph after a quotation in another language
  // is told by its English share and length, which a translation's are, not by its marks.
  if (previous === undefined || /:\s*$/.test(text)) return false;
  return foreignProse(previous) && translationOf(text, previous);
}
