import { endsInColon } from '../textBefore';
import { COUNTRY_BY_ADJECTIVE, PLACES, ROLE_WORDS, TITLE_WORDS } from '../entities/lookups';
import { NOT_NAMES } from '../lexicon/notNames';
import type { FoundEntity } from '../entities/types';
import { firstMentions, givenNameBearers, mentionedBefore } from './firstMentions';
import type { MentionIndex } from './mentions';
import type { CueReader } from './subjects';
import type { Located, Subject } from './types';

/** One capitalised word, as a blogger's or commenter's user name is written: "Zeinobia", "Harutizwi", "Naija-Things". */
const LONE_NAME = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u;
/**
 * A lower-case verb after the word, then the paragraph ends in a colon (words in marks may stand before it): the cue sets
 * off the post that follows, as round-ups print it ("Zeinobia commented:", "Harutizwi asks, “Where is …?”:").
 */
const SETS_OFF_POST = /^\s+\p{Ll}(?:[^.!?;"“”]|["“][^"“”]*["”])*:\s*$/u;
/** Words that open a sentence before a verb without naming anyone: pronouns, quantifiers, "Critics", "Officials". */
const NOT_A_WRITER =
  /^(?:I|We|You|He|She|They|It|This|That|These|Those|Some|Many|Most|Others|Another|One|Both|All|Few|Several|Everyone|Someone|Somebody|Nobody|People|Police|Netizens|Bloggers|Users|Readers|Here|There|Then|Now|Also|And|But|So|Yet)$/;

/**
 * Whether `word`, written at `start` of `block`, is a user name no pass found: not a list's word (a title, a role, a
 * place, a pronoun), not a plain plural, no entity's mention, never written next to another name (then it is part of a
 * person's name, for the passes that know the person: "Lakshmi Grama … Grama says") nor in lower case.
 */
function unknownWriter(texts: ReadonlyArray<string>, block: number, start: number, word: string, mentions: MentionIndex): boolean {
  if (!LONE_NAME.test(word) || NOT_A_WRITER.test(word) || NOT_NAMES.has(word) || TITLE_WORDS.has(word) || PLACES.has(word)) return false;
  if (COUNTRY_BY_ADJECTIVE.has(word)) return false;
  // "Critics say", "Residents wrote": a plain plural is a group.
  if (!word.includes('-') && /[^s]s$/.test(word)) return false;
  if (mentions.between(block, start, start + word.length).length > 0) return false;
  const handle = commenterHandle(texts[block] ?? '', start, word);
  if (ROLE_WORDS.has(word.toLowerCase()) && !handle) return false;
  // "But Phetie reminds critics …": a connector or pronoun before the word opens the sentence, it is no given name.
  const surname = new RegExp(
    `(?<![\\p{L}\\p{M}'’-])(\\p{Lu}[\\p{L}\\p{M}'’.-]*)\\s+${word}(?![\\p{L}\\p{M}'’-])|(?<![\\p{L}\\p{M}'’-])${word}\\s+\\p{Lu}`,
    'gu',
  );
  // The patterns run only over the blocks that hold the word: a plain search finds them, where running them over every
  // block for every cue made a long paste's reading grow with its square.
  const holding = texts.filter((t) => t.includes(word));
  if (holding.some((t) => [...t.matchAll(surname)].some((m) => m[1] === undefined || !NOT_A_WRITER.test(m[1])))) return false;
  const lower = new RegExp(`(?<![\\p{L}\\p{M}'’-])${word.toLowerCase()}(?![\\p{L}\\p{M}'’-])`, 'u');
  return handle || !texts.some((t) => t.includes(word.toLowerCase()) && lower.test(t));
}

/** A commenter's words set off by the verb alone: " wrote:", " commented:". */
const ONLY_WRITES = /^\s+(?:wrote|writes|commented|comments|replied|replies|responded):\s*$/u;

/**
 * "Advocate wrote:" (gv-zambia-sata-sues-critics-defamation-2012-05-21), "Commenting on a related post on Zambian
 * Watchdog, Solicitor wrote:" (gv-zambia-judge-suspensions-embarrassing-drama-2012-05-21): a singular common noun with no
 * determiner cannot be a subject in English, so a capitalised one that is the whole subject of a writing verb closing a
 * colon cue is the name a commenter posts under, though the article writes the noun in lower case too ("the solicitor
 * General"). `word` is written at `start` of `text`, its block; the caller has ruled out titles, places and plurals.
 */
function commenterHandle(text: string, start: number, word: string): boolean {
  return ONLY_WRITES.test(text.slice(start + word.length));
}

/**
 * Whether `head`, the block's text before a word, leaves the word opening a sentence: nothing, a sentence's end and a
 * space, or a quotation mark alone. Read from the ends of `head` (what `\s` matches is what trimEnd and trimStart drop),
 * not by a pattern anchored at its end, which would be tried at every character of the block before each cue.
 */
function opensSentence(head: string): boolean {
  const trimmed = head.trimEnd();
  return head === '' || (trimmed.length < head.length && /[.!?]["”’]?$/u.test(trimmed.slice(-2))) || /^["“]$/.test(head.trimStart());
}

/**
 * A user name that is the whole subject of a cue opening its sentence, as Global Voices round-ups introduce the bloggers
 * and commenters they quote ("Zeinobia commented:", "Harutizwi asks, …:", "Solicitor wrote:"): where the word is
 * (UTF-16 offsets, half-open), or null. The speaker words [from, stop) of `block` must be that one word, with no entity
 * found in it, and the paragraph must end in the cue's colon ("Okafor said, “…”" is a surname the text gave no full
 * name); a word that is no unknown writer's name (`unknownWriter`) names no one, and the sieve abstains.
 */
export function loneWriterName(texts: ReadonlyArray<string>, block: number, from: number, stop: number, mentions: MentionIndex): Located | null {
  const text = texts[block] ?? '';
  const word = text.slice(from, stop).trim();
  const start = from + text.slice(from, stop).indexOf(word);
  // The word opens its sentence, so nothing before it in the cue can be its name's first part.
  if (!opensSentence(text.slice(0, start))) return null;
  // "Zeinobia commented:", "Harutizwi asks, “…”:": only a cue that sets off a post's words, not "Time will tell if …".
  // A match ends the paragraph in a colon and whitespace, which is read from the end first: the pattern itself reads
  // on to the first sentence end, as far as the whole rest of a long paragraph, at each of its cues.
  if (!endsInColon(text) || !SETS_OFF_POST.test(text.slice(start + word.length))) return null;
  return unknownWriter(texts, block, start, word, mentions) ? { block, start, end: start + word.length } : null;
}

/**
 * `Mohamed [Ar] continues:` after `“What if I met Obama?” wonders Mohamed Malouk.`, `Kate writes:` after `Kate A. McGinnis
 * …`: a round-up that has named a blogger in full goes on calling them by the given name alone. The one person named
 * before `block` whose full name (two words or more) opens with `word`, when no one bears the word as a later name (then
 * it may be a surname: "Lee" of "Lee Myung-bak" and "Barbara Lee") and no entity of another kind is called so. Null
 * otherwise: a given name two people share stays unattributed, and so does one whose other bearer is named earlier in
 * the word's own block, at `start` (`The journalist Bassem Sabry Mahmoud tweeted … blogger Bassem Zakaria El-Samragy, who
 * was at the sit-in. Bassem writes:` is not the journalist's). Observed on Global Voices round-ups (fresh pages).
 */
function givenNameHolder(word: string, block: number, start: number, mentions: MentionIndex): FoundEntity | null {
  if (!LONE_NAME.test(word) || NOT_A_WRITER.test(word)) return null;
  const firsts = [...firstMentions(mentions)].filter(([, first]) => mentionedBefore(first, block, start));
  const words = (e: FoundEntity) => e.name.split(/\s+/);
  if (firsts.some(([e]) => (e.type !== 'person' && (e.name === word || e.aliases.has(word))) || (e.type === 'person' && words(e).slice(1).includes(word))))
    return null;
  const holders = givenNameBearers(word, mentions).filter(([, first]) => mentionedBefore(first, block, start));
  // One named first in the word's own block is left to the reading of the name named just before (`givenNameBefore`).
  const [holder] = holders;
  return holders.length === 1 && holder && holder[1].block < block ? holder[0] : null;
}

/**
 * A sentence's opening connector, or an opening phrase closed by a comma: "But ", "In the blogosphere, ", or a
 * participle's ("Commenting on the Zambian Watchdog, ", "Writing at Mideast Youth, "), which may name what is commented
 * on at some length ("Commenting on the judgment published by the Zambian Watchdog, ", Global Voices, Zambia, May 2012).
 */
const CLAUSE_OPENER =
  /^(?:(?:But|And|However|Meanwhile|Finally|Also|Similarly|Likewise|Elsewhere|Then)\b,?\s+|(?:In|On|At)\s+[^,;:"“”]{1,40},\s+|\p{Lu}\p{Ll}{2,}ing\s+[^,;:"“”]{1,80},\s+)?/u;
/**
 * What may stand between a writer's name and the cue verb: a language tag ("Mohamed [Ar] continues:"), the blog the name
 * writes at ("Isabel of Las Burbujas Recargadas [es] writes:"), or a description set off by commas ("Camerini, from blog
 * Transbrasil [pt], states:", "Charles, a commenter on ZDistrict has this to say:"), its article left out before the
 * site whose reader or commenter the writer is ("Rio, Zambian Watchdog reader, responds:"), with no quote mark and no
 * clause of its own.
 */
const BETWEEN_NAME_AND_VERB =
  /^(?:\s+\[[A-Za-z]{2}\])?(?:\s+(?:of|from|at)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*(?:\s+\[[A-Za-z]{2}\])?|,\s+(?:a|an|the|from|of|at|on)\s+[^,;:"“”()]{1,60}?(?:\s+\[[A-Za-z]{2}\])?,?|,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:reader|commenter|blogger|user),)?\s+(?:also\s+)?$/u;

/**
 * `Mohamed [Ar] continues:`, `But Phetie reminds critics that … :`, `Camerini, from blog Transbrasil [pt], states:` — the
 * writer's name a colon cue opens its clause with, when no pass found it (`unknownWriter`): one capitalised word after
 * the sentence's connector or opening phrase, then only a language tag, the blog it writes at or a description set off
 * by commas before the cue verb at `verbStart`. `sentence` starts at `sentenceStart` of `block` (UTF-16 offsets) and must
 * end in the colon that sets off the post (Global Voices round-ups introduce each blogger so). Null otherwise.
 */
function writerOpeningCue(texts: ReadonlyArray<string>, block: number, sentenceStart: number, verbStart: number, mentions: MentionIndex): Located | null {
  const text = texts[block] ?? '';
  const head = text.slice(sentenceStart, verbStart);
  if (!/:\s*$/.test(text)) return null;
  const opener = CLAUSE_OPENER.exec(head)?.[0] ?? '';
  const word = /^\p{Lu}[\p{L}\p{M}-]*/u.exec(head.slice(opener.length))?.[0];
  if (!word || !BETWEEN_NAME_AND_VERB.test(head.slice(opener.length + word.length))) return null;
  const start = sentenceStart + opener.length;
  return unknownWriter(texts, block, start, word, mentions) ? { block, start, end: start + word.length } : null;
}

/** A blog or site the writer is set off as writing at, before the cue verb: " of Las Burbujas …", ", from the … blog,". */
const WRITES_AT = /^(?:\s+\[[A-Za-z]{2}\])?(?:\s+(?:of|from|at)\s+\p{Lu}|,\s+(?:from|of|at|on)\s+(?:the\s+)?(?:blog\s|\p{Lu}[^,;:]*\sblog\b))/u;

/** A description in lower case after a person's name, its closing comma often left out: ", former vice president writes:". */
const LOWER_APPOSITIVE = /^,\s+\p{Ll}[^,;:"“”()]{0,60}?,?\s+(?:also\s+)?$/u;

/**
 * The person a colon cue opens with by given name alone (`Mohamed [Ar] continues:`; see `givenNameHolder`), read as
 * `writerOpeningCue` reads a user name: the word after the sentence's connector, then only a language tag, a blog or a
 * description before the verb at `verbStart`, and the paragraph ends in the colon. Null otherwise.
 */
function givenNameOpening(
  texts: ReadonlyArray<string>,
  block: number,
  sentenceStart: number,
  verbStart: number,
  mentions: MentionIndex,
): { entity: FoundEntity; at: Located } | null {
  const text = texts[block] ?? '';
  const head = text.slice(sentenceStart, verbStart);
  if (!/:\s*$/.test(text)) return null;
  const opener = CLAUSE_OPENER.exec(head)?.[0] ?? '';
  const start = sentenceStart + opener.length;
  // "Mohamed [Ar] continues:" where the name pass took the given name as the person's: the mention, past the tag.
  const mention = mentions.between(block, start, start + 1).find((m) => m.start === start && m.end <= verbStart);
  if (mention) {
    const rest = text.slice(mention.end, verbStart);
    const written = text.slice(start, mention.end);
    // A given name alone ("Ahmed [Ar] continues:" after "Ahmed Shokier and Ahmed Naji") names whom only one person bears.
    const sure = /\s/.test(written) || mention.entity.name.split(/\s+/)[0] !== written || givenNameHolder(written, block, start, mentions) === mention.entity;
    return mention.entity.type === 'person' && sure && (BETWEEN_NAME_AND_VERB.test(rest) || LOWER_APPOSITIVE.test(rest))
      ? { entity: mention.entity, at: { block, start, end: mention.end } }
      : null;
  }
  const word = /^\p{Lu}[\p{L}\p{M}-]*/u.exec(head.slice(opener.length))?.[0];
  if (!word || !BETWEEN_NAME_AND_VERB.test(head.slice(opener.length + word.length))) return null;
  const entity = givenNameHolder(word, block, start, mentions);
  return entity && { entity, at: { block, start, end: start + word.length } };
}

/**
 * The writer a colon cue opens with when the verb's subject was not read: a person named before, by the name or the given
 * name alone, past a language tag or a description (`Mohamed [Ar] continues:`), else a user name no pass found.
 */
export function openingWriter(cues: CueReader, block: number, sentenceStart: number, verbStart: number): Subject | null {
  const given = givenNameOpening(cues.texts, block, sentenceStart, verbStart, cues.mentions);
  if (given) return { ref: given.at, entity: given.entity, resolution: 'name', antecedent: null };
  const writer = writerOpeningCue(cues.texts, block, sentenceStart, verbStart, cues.mentions);
  // "Fefeu, from the Clube da MPB blog, describes [pt] how …:", "Isabel of Las Burbujas Recargadas [es] writes:": one set
  // off as writing at a blog is its writer, a person, not the blog's title.
  const atBlog = writer && WRITES_AT.test((cues.texts[block] ?? '').slice(writer.end, verbStart));
  return writer && cues.handleSource(block, writer.start, writer.end, atBlog ? 'person' : 'titled');
}
