import { splitSentences } from '../../../sentences';
import { LANGUAGE_TAG } from '../../languageTag';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { foreignBlock } from '../foreignBlocks';
import { quotableIndexAfter, quotableIndexBefore } from '../nearestQuotable';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import { isElision } from './blockContinuation';
import { awaitsItems } from './listIntroduction';
import { translationOf } from './translation';
import type { ColonCue } from './colonBlock';

/** A connective a round-up opens its lead-in with, before the source's name or an inverted verb: `Indeed, reports …`. */
const CONNECTIVE = /^(?:(?:Indeed|Meanwhile|Similarly|Also|And|But|Finally|However|Elsewhere),?\s+)?/;

/**
 * Title-case words up to a verb that need not be a speech verb, the elision after the excerpt showing it is one: `Le
 * Retour in 3 Parts is also concerned.`, `Unzipped: Gay Armenia likens the 21 May disruption to fascism.`
 */
const TITLED_OPENING =
  /^(\p{Lu}[\p{L}\p{N}'’:.-]*(?:\s+(?:(?:of|the|and|in|de|la)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’:.-]*)+)\s+(?:is|was|has|had|also|too|(?!does\b|goes\b)\p{Ll}{3,}s)\b/u;

/** A blog's title set off by commas after the noun that says what it is: `Another Armenian blog, Le Retour in 3 Parts, comments …`. */
const BLOG_APPOSITIVE = /^(?:(?:Another|The|One|A)\s+)?(?:\p{L}+\s+){0,2}(?:blog|blogger|website)\s*,\s+(?=\p{Lu})/u;

/** The blog a lead-in refers back to in its last sentence: `…, the blog notes the presence of Armenian priests.` */
const THE_BLOG = /\bthe\s+(?:blog|blogger|website)\s+(?:also\s+)?\p{Ll}+s\b/u;

/** Title-case words closed by a comma, right after an inverted verb: `reports Unzipped: Gay Armenia, one official …`. */
const TITLED_BEFORE_COMMA = /^(\p{Lu}[\p{L}\p{N}'’:.-]*(?:\s+(?:(?:of|the|and|in|de|la)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’:.-]*){0,5}),/u;

/**
 * Whether a paragraph is the first part of an excerpt whose later part follows an elision: `next` (the next quotable
 * paragraph) is only `[...]` or `...`, which a writer puts only between two parts of someone else's words, never
 * between two of their own paragraphs. Observed on Global Voices round-ups, which present a post in a sentence ending in a
 * full stop (`Le Retour in 3 Parts is also concerned.`, `Indeed, reports Unzipped: Gay Armenia, one government official
 * even set up a homophobic Facebook page …`) and set its excerpt's parts off around the elision. The paragraph itself
 * must be prose: five words or more, no colon at its end, not an elision.
 */
function beforeElision(text: string, next: string | undefined): boolean {
  return next !== undefined && isElision(next) && !isElision(text) && !/:\s*$/.test(text) && text.trim().split(/\s+/).length >= 5;
}

/**
 * The source of an excerpt set off before an elision (`beforeElision`), read from the lead-in paragraph `block` before
 * it: the person, organisation or titled blog its last sentence opens with (`Le Retour in 3 Parts is also concerned.`),
 * or names right after a present-tense speech verb that opens it (`Indeed, reports Unzipped: Gay Armenia, …`). Where
 * the lead-in names no one so, the excerpt is still a quotation, by no one the text names: unattributed. Offsets are
 * UTF-16, half-open, into the lead-in's text.
 */
function elisionLeadIn(block: number, cues: CueReader): ColonCue {
  const text = cues.texts[block] ?? '';
  const last = splitSentences(text).at(-1) ?? { start: 0, end: text.length };
  const sentence = text.slice(last.start, last.end);
  const opening = CONNECTIVE.exec(sentence)?.[0].length ?? 0;
  const cue = { block, start: last.start, end: last.end };
  // "Global Chaos also posts an extensive account, …. While also stressing …, the blog notes the presence of Armenian
  // priests.": the blog the last sentence refers back to is the one the paragraph opens with.
  const first = last.start > 0 && THE_BLOG.test(sentence) ? text.slice(CONNECTIVE.exec(text)?.[0].length ?? 0) : null;
  const subject =
    openingSource(block, last.start + opening, sentence.slice(opening), cues) ??
    (first === null ? null : openingSource(block, text.length - first.length, first, cues));
  return { subject: subject ?? { ref: cue, entity: null, resolution: 'unattributed', antecedent: null }, cue };
}

/** See `elisionLeadIn`: the source at `at`, where `rest` (the sentence from `at`) opens with it; null when none. */
function openingSource(block: number, at: number, rest: string, cues: CueReader): Subject | null {
  const verb = /^(\p{Ll}+s)\s+/u.exec(rest);
  if (verb?.[1] !== undefined && isSpeechVerb(verb[1])) {
    const from = at + verb[0].length;
    // A blog's title the name pass reads as holding a place ("Unzipped: Gay Armenia") is still the blog's name, as written.
    const title = TITLED_BEFORE_COMMA.exec(rest.slice(verb[0].length))?.[1];
    return named(cues.invertedSubjectAt(block, from)) ?? (title === undefined ? null : cues.handleSource(block, from, from + title.length));
  }
  const appositive = BLOG_APPOSITIVE.exec(rest)?.[0].length;
  if (appositive !== undefined) return openingSource(block, at + appositive, rest.slice(appositive).replace(/,\s+/, ' '), cues);
  const titled = TITLED_OPENING.exec(rest)?.[1];
  if (titled === undefined) return null;
  // A title and its subtitle ("Unzipped: Gay Armenia") are the blog's name as written, whatever the name pass read in them.
  if (titled.includes(':')) return cues.handleSource(block, at, at + titled.length);
  const subject = cues.subjectAt(block, at);
  if (subject) return named(subject);
  return cues.titledSource(block, at, at + titled.length);
}

/** A subject only where it names its source (a name, not a pronoun or a role), and not a place. */
const named = (subject: Subject | null): Subject | null =>
  subject?.entity && subject.resolution === 'name' && subject.entity.type !== 'place' ? subject : null;

/** A user named by handle, then a verb and the language tag of the post it links: "Another Twitter user (@__hope_) criticized [ko]". */
const TAGGED_USER = new RegExp(String.raw`(?:\buser\s+(@\w{1,30})|\((@\w{1,30})\))\s+(?:also\s+)?\p{Ll}+(?:ed|s)\s+${LANGUAGE_TAG}`, 'gu');

/**
 * `Another Twitter user (@__hope_) criticized [ko] the police for probing the hosts …. It is also ironic that …`, then a
 * post in Korean and its translation (Global Voices): the one user the lead-in paragraph `block` names by handle before a
 * verb and the language tag linking the post wrote the original, though the paragraph does not end in a colon. Null when
 * the paragraph names no such user, or several.
 */
function taggedUserLeadIn(block: number, cues: CueReader): ColonCue | null {
  const users = [...(cues.texts[block] ?? '').matchAll(TAGGED_USER)];
  const user = users.length === 1 ? users[0] : undefined;
  const handle = user?.[1] ?? user?.[2];
  if (!user || !handle) return null;
  const start = user.index + user[0].indexOf(handle);
  return { subject: cues.handleSource(block, start, start + handle.length), cue: { block, start: user.index, end: user.index + user[0].length } };
}

/**
 * Whether paragraph `block` of `texts` is prose in another language with its English translation right after it (`next`,
 * the index of the next quotable paragraph, -1 when there is none): words a
 * source spoke or wrote, which an English article's writer prints so only when quoting, never for their own words,
 * even with no cue before them (Global Voices, `Both are dressed up in the green t-shirts …` over a protester's `Yo no
 * encuentro trabajo y mi marido, …` and `I can't find a job nor my husband, …`). Who said it is left to no guess:
 * unattributed, as the writer sets it off by no name.
 */
const translatedOriginal = (texts: ReadonlyArray<string>, block: number, next: number): boolean =>
  foreignBlock(texts, block) && next >= 0 && !foreignBlock(texts, next) && translationOf(texts[next] ?? '', texts[block] ?? '');

/**
 * The cue of paragraph `block` as an excerpt set off by no colon: an original in another language before its
 * translation (`translatedOriginal`, unattributed, the cue an empty span at the paragraph's start; not an item of the
 * writer's list after a lead-in that awaits it, `awaitsItems`), or an excerpt's first
 * part before an elision (`beforeElision`, its source read from the nearest quotable paragraph before it by
 * `elisionLeadIn`); null when the paragraph is neither or nothing comes before it. `texts` are the article's paragraphs,
 * `quotable` which of them may hold a quote. The walk asks only for a paragraph no colon cue or block quotation before it
 * already sets off.
 */
export function excerptCue(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number, cues: CueReader): ColonCue | null {
  const before = quotableIndexBefore(quotable, block);
  const text = texts[block] ?? '';
  const nextAt = quotableIndexAfter(texts, quotable, block);
  const next = nextAt < 0 ? undefined : texts[nextAt];
  if (before < 0) return null;
  const lead = texts[before] ?? '';
  const leadEnd = splitSentences(lead).at(-1);
  // A list item of nouns alone has no English function word, but after "…, including:" it is the writer's own item.
  if (translatedOriginal(texts, block, nextAt) && !(leadEnd && awaitsItems(lead.slice(leadEnd.start, leadEnd.end)))) {
    const cue = { block, start: 0, end: 0 };
    return taggedUserLeadIn(before, cues) ?? { subject: { ref: cue, entity: null, resolution: 'unattributed', antecedent: null }, cue };
  }
  return beforeElision(text, next) ? elisionLeadIn(before, cues) : null;
}
