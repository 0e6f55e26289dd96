import { PLACES } from '../../entities/lookups';
import { LANGUAGE_TAG } from '../../languageTag';
import { DESCRIPTIVE_NOUNS } from '../../lexicon/descriptiveNouns';
import { QUOTE_CUE_VERBS } from '../../lexicon/quoteCueVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { describedNameEnding } from '../handleSubject';
import { openingWriter } from '../loneWriterName';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import { parenthesisedHandle } from './parenthesisedHandle';
import { labelledUser, platformUser } from './platformUser';
import { namesOthersWords } from './othersWords';
import { lowerCaseUser } from './taggedSource';

const FOR_TAGGED_NAME = new RegExp(String.raw`^For\s+(\p{Lu}[^[\]:;"“”]{0,50}?)\s*(?:${LANGUAGE_TAG},|\(@[\p{L}\p{N}_]+\),?)\s+\p{L}`, 'u');

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
export function exampleAgent(cues: CueReader, block: number, sentenceStart: number, sentence: string): Subject | null {
  const agent = EXAMPLE_AGENT.exec(sentence);
  if (!agent?.[1] || !agent[2] || !(isSpeechVerb(agent[1]) || QUOTE_CUE_VERBS.has(agent[1]))) return null;
  const start = sentenceStart + agent.index + agent[0].lastIndexOf(agent[2]);
  const subject = cues.subjectAt(block, start);
  return subject?.entity?.type === 'person' && subject.resolution === 'name' && subject.ref.end === start + agent[2].length ? subject : null;
}

/**
 * The writer a colon cue's words before its verb at `at` name where they name no one the text knows: an opening
 * writer's name, a handle in parentheses, a user name in lower case before its language tag, or a platform's user
 * named by handle or user-name label ("Twitter user @badasok, referencing Kim's answers …, argued [ko]:").
 */
export function writerBefore(cues: CueReader, block: number, sentenceStart: number, at: number): Subject | null {
  const before = (cues.texts[block] ?? '').slice(sentenceStart, at);
  return (
    openingWriter(cues, block, sentenceStart, at) ??
    parenthesisedHandle(cues, block, sentenceStart, at) ??
    lowerCaseUser(cues, block, sentenceStart, before) ??
    platformUser(before, sentenceStart, block, cues) ??
    labelledUser(before, sentenceStart, block, cues) ??
    placeNickname(cues, block, sentenceStart, before)
  );
}

/**
 * The speaker of a colon cue whose speaker words end on a place, `place`: the person or body named right before "from"
 * (or "in") and the place (`The North Bank Evening Standard from the Gambia also shared highlights of his career:`,
 * Global Voices); else the place itself, speaking as its government, before a speech verb (`verb`); else null, as a
 * place before another verb is only where the speaker is from. `at` gives the block, its text and where the colon's
 * sentence starts.
 */
export function placeSpeaker(cues: CueReader, at: { block: number; text: string; sentenceStart: number }, place: Subject, verb: string): Subject | null {
  const { block, text, sentenceStart } = at;
  const link = /\s+(?:from|in)\s+(?:the\s+)?$/.exec(text.slice(sentenceStart, place.ref.start));
  const named = link ? cues.subjectBefore(block, sentenceStart + link.index, sentenceStart) : null;
  if (named?.entity && named.entity.type !== 'place' && named.resolution === 'name') return named;
  return isSpeechVerb(verb) ? place : null;
}

/**
 * `For instance in her post about …, Rebecca remains factual:`: a person named right before a present-tense verb of
 * the sentence is who it presents, wherever the sentence opens. The name must open its clause (at the sentence's
 * start or after a comma) and be followed at once by the verb, and the verb must have words of its own before the
 * colon: a word ending in -s after a name inside a noun phrase is a plural noun ("the traditional native mobile and
 * Web methodologies including:", "at the cost of Black lives:"), not a verb. Null when no person is written so.
 */
export function actingPerson(sentence: string, offset: number, block: number, cues: CueReader): Subject | null {
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

/**
 * `For Leite de Cobra [pt], the way in which … has been treated is outrageous:` / `For Eu, Você e Todo Mundo [pt], the
 * desperate search for specialists is also a problem:` — a blog round-up (Global Voices) gives a post's view as "For
 * SOURCE [language], …:" and sets the post off after it. Only with the language tag that links the post: "For NASA, the
 * mission has three goals:" introduces the writer's list. The account's handle in parentheses links the post as the tag
 * does: `For Kar (@Karkarkarrr) the police actions are negative:` (gv-mexico-bike-ride-protest-supervia-2012-05-01). The
 * source is the person or organisation named, else the words before the tag as a blog's title. Null otherwise.
 */
export function forSource(sentence: string, offset: number, block: number, cues: CueReader): Subject | null {
  const found = FOR_TAGGED_NAME.exec(sentence);
  if (!found?.[1]) return null;
  // "For Kar (@Karkarkarrr), the reply from the police was:" sets off the police's reply, not the account's post.
  if (found[0].includes('(@') && namesOthersWords(sentence.slice(found[0].length - 1), { names: true, verbs: true })) return null;
  const start = offset + 4 + (found[0].slice(4).length - found[0].slice(4).trimStart().length);
  const end = start + found[1].length;
  const named = cues.subjectAt(block, start);
  if (named?.entity && named.ref.end === end) return named.entity.type === 'place' ? null : named;
  return cues.titledSource(block, start, end);
}

/**
 * `Beirut Boy explained why he loves Mohamad Sibai:` (Global Voices, Lebanon, May 2012): a place's name and a noun for a
 * person written with a capital, with no determiner, as the whole subject of a colon cue, is a blogger's name (a singular
 * noun with no determiner is no subject in English, as `loneWriterName.ts` reads "Advocate wrote:"); the blogger
 * speaks, as written, not the place. `before` is the sentence's text from `sentenceStart` of `block` to the cue's verb;
 * null for any other subject.
 */
function placeNickname(cues: CueReader, block: number, sentenceStart: number, before: string): Subject | null {
  const words = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\s+$/u.exec(before);
  if (!words?.[1] || !PLACES.has(words[1]) || !DESCRIPTIVE_NOUNS.has(words[2]?.toLowerCase() ?? '')) return null;
  const end = sentenceStart + before.trimEnd().length;
  // The name pass read the two words as one name, or as nothing: a place it read alone there is the place.
  const place = cues.mentions.between(block, sentenceStart, end).some((m) => m.start === sentenceStart && m.end < end);
  return place ? null : cues.handleSource(block, sentenceStart, end);
}

/** "by", then the agent's words running to the colon that ends the sentence: " by Egyptian professor Rasha Abdullah:". */
const AGENT_TO_COLON = /^\s+by\s+([^,;:"“”()]{2,80}?)\s*:\s*$/u;

/**
 * `Regarding Israel, AboulFotouh had a clear and straightforward reply, tweeted by Egyptian professor Rasha Abdullah:`
 * (Global Voices, Egypt, May 2012): a past participle with no auxiliary (a reduced passive) whose agent closes the colon
 * cue sets off the agent's post, not the words of the clause it hangs on. The agent must be a person or body the text
 * names, read from its first word; null otherwise, and the caller reads the cue as before. `verb` is the participle in
 * `sentence`, which starts at `sentenceStart` of `block`.
 */
export function reducedPassiveAgent(cues: CueReader, block: number, sentence: string, sentenceStart: number, verb: RegExpExecArray): Subject | null {
  if (!/ed$/.test(verb[0])) return null;
  const after = verb.index + verb[0].length;
  const agent = AGENT_TO_COLON.exec(sentence.slice(after));
  if (!agent?.[1]) return null;
  const start = sentenceStart + after + agent[0].indexOf(agent[1]);
  const named = cues.subjectAt(block, start);
  return named?.entity && named.entity.type !== 'place' && named.resolution === 'name' && named.ref.end === start + agent[1].length ? named : null;
}

/**
 * A sentence opening (perhaps after a connector and its comma) on an indefinite description, then a name set off by
 * commas, then a lower-case verb: "But one reader, Jackson, had". Group 1 runs to the comma after the name.
 */
const DESCRIBED_HEAD =
  /^((?:(?:But|And|However|Yet|Still|Meanwhile),?\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+,\s+[^,;:"“”]{1,40},)\s+\p{Ll}/u;

/**
 * `But one reader, Jackson, had a different view:` (gv-zambia-citizen-news-website-hacked-2012-05-13): the name an
 * indefinite description sets off by commas at the head of a colon sentence is who the block after it is by, whatever
 * the verb, as when the name pass reads it (`describedNameEnding`, which reads it before a speech verb). `sentence`
 * starts at `sentenceStart` of `block`; null when the sentence opens otherwise or the name pass read the name.
 */
export function describedNameHead(cues: CueReader, block: number, sentence: string, sentenceStart: number): Subject | null {
  const head = DESCRIBED_HEAD.exec(sentence)?.[1];
  const at = head ? describedNameEnding(cues.texts[block] ?? '', block, sentenceStart, sentenceStart + head.length, cues.mentions) : null;
  return at ? cues.handleSource(block, at.start, at.end) : null;
}
