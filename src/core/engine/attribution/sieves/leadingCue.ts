import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { documentOwner, documentRoleOwner } from '../documentOwner';
import { NOT_A_SUBJECT } from '../../lexicon/notSubjectWords';
import { LISTENER_VERBS } from '../../lexicon/listenerVerbs';
import { QUOTE_CUE_VERBS } from '../../lexicon/quoteCueVerbs';
import { isSpeechVerb, REPORTING_VERBS } from '../../lexicon/reportingVerbs';
import { isSayingNoun } from '../reported/sayingNoun';
import { LOOK_BACK } from '../subjectEndingAt';
import { relativeSubjectAs } from '../relativeSubjectAs';
import { isPersonWord } from '../personWord';
import { receivedFromAnother } from '../receivedFrom';
import { reportedWithin } from '../reportedWithin';
import { chantedQuote } from './chantedQuote';
import { attributeCase, type DirectCase, type DirectSieve } from './direct';

/** The reporting verbs' base forms: "add", "say", "note". */
const LEMMAS = new Set(REPORTING_VERBS.map((v) => v.lemma));

/** How many words a lead-in ending in a colon may run from its speech verb to the quote. */
const MAX_COLON_WORDS = 30;

/** A dash set off by spaces, as an aside opens or closes: "commented on the matter — which the BBC noted … — “…”". */
const ASIDE_DASH = /\s[—–]\s/g;
/** An aside set off by dashes, whose words are the writer's and no part of the cue around it. */
const DASH_ASIDE = /\s[—–]\s[^—–"“”]*\s[—–]\s/gu;
const dashesIn = (stretch: string) => stretch.match(ASIDE_DASH)?.length ?? 0;

/** A relative clause opened by a capitalised subject and its verb: "which Ross has referred to as" (not "that": "declared that Soleimani was" reports the verb's subject). */
const OWN_SUBJECT_CLAUSE = /\b(?:which|whom)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:has\s+|have\s+|had\s+)?\p{Ll}/u;

/** The text just before an offset, within a sentence: what the `…$` patterns look at. */
const tailOf = (text: string, sentenceStart: number, at: number) => text.slice(Math.max(sentenceStart, at - 40), at);

/** `Geingob tweeted, "…"`: a surname the name pass left out, right before the verb (see `missedNames.ts`). */
function missedBefore(c: DirectCase, verbStart: number) {
  const space = /\s+$/.exec(c.text.slice(c.range.start, verbStart));
  return space ? c.cues.missed.subject(c.block, { end: verbStart - space[0].length }) : null;
}

/**
 * `The Home Office letter reads "we may extend …"`: a document noun that a named person or organisation owns, then
 * "read" or "reads" right before the mark, comma or not (`lexicon/documentNouns.ts`, `documentOwner.ts`); or one a
 * role noun owns whose holder the text names ("Part of the judge's statement reads" after "Judge Gray Miller"). A
 * document the text names no owner of ("Their statement also read") is left to the other sieves. `m` is the verb found
 * in `left`, which starts at `leftStart` of the case's block.
 */
function documentReads(c: DirectCase, left: string, leftStart: number, m: RegExpExecArray): boolean {
  if (!/^reads?$/.test(m[0]) || !/^\s*[,:]?\s*$/.test(left.slice(m.index + m[0].length))) return false;
  // "Stardom's official statement yesterday read "…"" (Wikinews, May 2020): the day it came out may stand before the verb.
  const noun = /(\p{L}+)(\s+(?:also\s+|(?:yesterday|today|earlier)\s+)?)$/u.exec(left.slice(0, m.index));
  if (!noun?.[1] || !DOCUMENT_NOUNS.has(noun[1].toLowerCase())) return false;
  const nounEnd = leftStart + m.index - (noun[2]?.length ?? 0);
  if (documentOwner(c.text, c.block, c.range.start, nounEnd, c.cues.mentions) !== null) return true;
  // A role noun's document is read here only when the text ties the noun to a holder.
  return documentRoleOwner(c.text, c.range.start, nounEnd) !== null && c.cues.speakerBefore(c.block, leftStart + m.index, c.range.start)?.resolution === 'role';
}

/**
 * `As explained by Tove Aagren, lead simulator at Ames …, “…”`, `As stated by General Raymond Odierno, the Army Chief of
 * Staff, “…”`: a passive speech verb after "As", its agent after "by", then at most an appositive and the comma before
 * the mark. Null when the words after "by" name nobody.
 */
function asStatedBy(c: DirectCase, verbStart: number, verbEnd: number) {
  const { block, text, range, direct, cues } = c;
  const by = /^\s+by\s+/.exec(text.slice(verbEnd, direct.open));
  const as = /[Aa]s\s+$/.exec(text.slice(range.start, verbStart));
  if (!by || !as || !/(?:^|[\s,;—–])$/.test(text.slice(range.start, range.start + as.index))) return null;
  const agent = cues.subjectAt(block, verbEnd + by[0].length);
  if (!agent?.entity || !/^(?:,\s+[^,;:"“”()]{2,120})?,\s*$/.test(text.slice(agent.ref.end, direct.open))) return null;
  return attributeCase(c, agent, { block, start: range.start + as.index, end: agent.ref.end }, 'leading-cue');
}

/**
 * `It has also been criticized by the British Medical Association as being implemented too slowly, saying "…"`: a
 * participle after a passive with its agent named speaks for the agent as often as for the clause's subject, so neither
 * is read as its speaker (fresh Wikinews page, where the subject "It", a white paper, went to the party that wrote it).
 */
function passiveAgentBefore(text: string, subjectEnd: number, verbStart: number, verb: string): boolean {
  const between = text.slice(subjectEnd, verbStart);
  return /^\p{L}+ing$/u.test(verb) && /,\s*$/.test(between) && /\b(?:was|were|is|are|been|being|be)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en)\s+by\s/u.test(between);
}

/**
 * `Matt Drudge posted a report from The Hill about Trump's "mini-strokes" tweet` (Wikinews, On the campaign trail in the
 * USA, September 2020): words in marks right after someone's possessive are that one's (or the name of their thing), not
 * the words of the verb's subject, unless the possessor is the subject. `before` runs from the sentence's start to the
 * mark; `subject` is the subject's words as written.
 */
function ownedByAnother(before: string, subject: string): boolean {
  const owner = /(\p{Lu}[\p{L}.-]*)['’]s?\s*$/u.exec(before)?.[1];
  return owner !== undefined && !subject.split(/\s+/).includes(owner);
}

/**
 * `Republican Senator Mitt Romney, a sometime Trump critic, said the peaceful transfer of power is what separates the U.S.
 * from nations like Belarus, and described Trump's potential unwillingness as "unthinkable and unacceptable."` (Wikinews,
 * On the campaign trail in the USA, September 2020): a verb joined by "and" to the sentence's first speech verb, with no
 * subject of its own, has that verb's subject when the text names it there.
 */
function coordinatedSubject(c: DirectCase, verbStart: number) {
  const before = c.text.slice(c.range.start, verbStart);
  if (!/,\s+and\s+(?:also\s+|then\s+|later\s+)?$/.test(before)) return null;
  const verbs = [...before.matchAll(/\p{L}+/gu)].filter((m) => isSpeechVerb(m[0]) && !/ing$/.test(m[0]));
  const first = verbs[0];
  // "The Atlantic claimed that … Trump refused …, and referred to …": after "that", or a second speech verb, the verb
  // may go on with the reported clause's subject; no one is read for it.
  if (verbs.length !== 1 || !first || /^\s+that\b/.test(before.slice(first.index + first[0].length))) return null;
  const subject = first ? c.cues.speakerBefore(c.block, c.range.start + first.index, c.range.start) : null;
  return subject?.entity && subject.resolution === 'name' ? subject : null;
}

/**
 * What a fronted verb's inverted subject spoke of, then the comma before the mark: `Said Shepard of his return to flight
 * status, “…”` (NASA, "55 Years Ago: Two Months Until the Moon Landing"). Only where the verb opens the sentence: the
 * name then cannot be a clause's subject. "Asked"/"Told" are left out: the name after them is whom the words went to.
 */
const SPOKE_OF = /^\s+(?:of|about|on)\s+[^,;:"“”()]{2,60},\s*$/u;

/** A pronoun as the verb's object right before the quote: `called her a "traitor"`, `called them "cowards"`. */
const PRONOUN_OBJECT = /^\s+(?:her|him|them|it|us|me)\s+(?:(?:a|an|the)\s+)?$/;

/**
 * `guards at the scene called her a "traitor"` (Global Voices, development half): a finite verb right after a common
 * noun, a pronoun its object (`PRONOUN_OBJECT`), has that noun phrase for its subject, a speaker the text does not name; the quote is theirs, and an earlier cue
 * in the sentence (`when Chan reported on Chinese black jails, …`) is not read past it. `before` runs from the
 * sentence's start to the verb; returns where the noun starts in it, or null.
 */
function unnamedSubject(before: string, verb: string): number | null {
  if (/ing$/.test(verb)) return null;
  const word = /(?:^|[\s(])((?:\p{Ll}+-)?\p{Ll}{3,})\s+$/u.exec(before);
  return word?.[1] !== undefined && !/ly$/.test(word[1]) && !NOT_A_SUBJECT.has(word[1]) ? word.index + word[0].length - word[0].trimStart().length : null;
}

/**
 * `A resolution passed by the European Parliament Thursday asked EU states "to find …"` (fresh AMALGUM Wikinews news,
 * wild15: AMALGUM_news_asylum): "states" after a preposition, a quantifier or a verb that takes a listener, perhaps with
 * one capitalised modifier ("EU", "member"), is the plural noun, not the verb "state" with that modifier its subject.
 */
function statesNoun(left: string, m: RegExpExecArray): boolean {
  return (
    m[0] === 'states' &&
    /\b(?:of|among|with|for|from|to|other|all|many|several|some|member|asked|urged|told|called\s+on)\s+(?:[\p{Lu}][\p{L}.]*\s+)?$/u.test(
      tailOf(left, 0, m.index),
    )
  );
}

/** How many words an object ending in "as" may run from a speech verb to the quote ("characterized X as “…”"). */
const MAX_AS_OBJECT_WORDS = 22;
/** A speech verb's object then "as" and at most an article, with no clause punctuation: one noun phrase, however long. */
const AS_OBJECT = /^[^,;:()—–]+\sas(?:\s+(?:a|an|the))?\s*$/u;

/**
 * How many words may stand between a lead-in's speech verb and the quote: 14; 30 before a colon (AP: a colon introduces
 * a long quote); 22 for an object and "as", which can be no new clause with a speaker of its own (`He characterized the
 * conflict between the Church of Scientology and anonymous posters of the Cruise video as "…"`,
 * wikinews-hackers-attack-scientology-website-2008-01-20).
 */
function wordsAllowed(between: string): number {
  if (/:\s*$/.test(between)) return MAX_COLON_WORDS;
  return AS_OBJECT.test(between) ? MAX_AS_OBJECT_WORDS : 14;
}

/**
 * `Peskov told reporters: "…"`, `Putin on Thursday called X "…"`, `said Sgt Matt Knoll: "…"`: a cue
 * before the opening mark in the quote's own sentence, its verb at most 14 words before the mark.
 */
export const leadingCue: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const leftStart = Math.max(range.start, direct.open - LOOK_BACK);
  const left = text.slice(leftStart, direct.open);
  // "Dr. Patel shared, “…”", "Stafford radioed to Mission Control, “…”": a verb that cues only a quote right after it
  // does so across at most four words and a comma or colon.
  const cuesQuote = (m: RegExpExecArray) =>
    isSpeechVerb(m[0]) ||
    (QUOTE_CUE_VERBS.has(m[0].toLowerCase()) && /^(?:\s+[\p{L}'’.-]+){0,4}\s*[,:]\s*$/u.test(left.slice(m.index + m[0].length))) ||
    documentReads(c, left, leftStart, m) ||
    // "Ford also made this point, writing “…”": "writing" after a comma and right before the mark is a participle cue; not
    // a speech verb elsewhere ("academic writing", "the agency writing it").
    (m[0] === 'writing' && /,\s*$/.test(left.slice(0, m.index)) && /^\s*[,:]?\s*$/.test(left.slice(m.index + m[0].length)));
  // "Dittmar went on to add, “…”": the infinitive of a reporting verb after "went on to" cues as its past would.
  const infinitive = (m: RegExpExecArray) => LEMMAS.has(m[0]) && /\b(?:went|goes|go)\s+on\s+to\s+$/.test(tailOf(left, 0, m.index));
  const verbs = [...left.matchAll(/\p{L}+/gu)].filter(
    (m) =>
      (cuesQuote(m) || infinitive(m)) &&
      !/\b(?:was|were|is|are|been|being|be|so)\s+$/i.test(tailOf(left, 0, m.index)) &&
      !statesNoun(left, m) &&
      !isSayingNoun(text, range.start, leftStart + m.index, leftStart + m.index + m[0].length),
  );
  for (const verb of verbs.reverse()) {
    const verbStart = leftStart + verb.index;
    const asBy = asStatedBy(c, verbStart, verbStart + verb[0].length);
    if (asBy) return asBy;
    const between = text.slice(verbStart + verb[0].length, direct.open);
    // "Bercow commented on the matter — which the BBC noted as an unusual move by a Speaker — “…”": a verb inside an
    // aside that closes before the mark is the aside's, not the quote's cue; the aside's words do not count below.
    if (dashesIn(text.slice(range.start, verbStart)) % 2 === 1 && dashesIn(between) > 0) continue;
    // "Trump tweeted he wasn't aware of the event but would go to see it anyway: “…”": a colon right before the mark
    // ends a lead-in that is all cue, however long the reported clause inside it (AP: a colon introduces a long quote).
    // "Kerri Kupec … sharply criticized the House's decision, which Ross has referred to as “…”": a relative clause with a
    // subject of its own between the verb and the mark gives the quote to that subject, not to the verb's.
    if (OWN_SUBJECT_CLAUSE.test(between) || relativeSubjectAs(between)) continue;
    const words = between.replace(DASH_ASIDE, ' ').trim().split(/\s+/).length;
    if (/["“”]/.test(between) || words > wordsAllowed(between)) continue;
    const chanted = chantedQuote(c, between, verbStart + verb[0].length, 'leading-cue');
    if (chanted) return chanted;
    // "Dittmar went on to add, “…”": the speaker is the subject of "went on", before it.
    const goesOn = /\s+(?:went|goes|go)\s+on\s+to\s+$/.exec(text.slice(range.start, verbStart));
    const at = goesOn ? range.start + goesOn.index : verbStart;
    const subject = cues.speakerBefore(block, at, range.start) ?? missedBefore(c, at) ?? coordinatedSubject(c, at);
    if (subject && passiveAgentBefore(text, subject.ref.end, verbStart, verb[0])) return null;
    if (subject && ownedByAnother(text.slice(range.start, direct.open), text.slice(subject.ref.start, subject.ref.end))) return null;
    // "Coates said that after the pseudotheft, Hood told her "…"": told inside another's account, the words are no one's for
    // sure; so are words the subject says it had from someone else ("received confirmation from officials that, "…"").
    if (subject && (reportedWithin(text.slice(range.start, subject.ref.start), range.start, block, subject, cues.mentions) || receivedFromAnother(between))) {
      const ref = { block, start: subject.ref.start, end: verbStart + verb[0].length };
      return attributeCase(c, { ref, entity: null, resolution: 'unattributed', antecedent: null }, ref, 'leading-cue');
    }
    // "he said, adding, “…”": the cue is the speech verb the participle goes on from.
    if (subject) return attributeCase(c, subject, { block, start: subject.ref.start, end: subject.goesOnFrom ?? verbStart + verb[0].length }, 'leading-cue');
    const inverted = cues.subjectAt(block, verbStart + verb[0].length + 1) ?? cues.missed.subject(block, { start: verbStart + verb[0].length + 1 });
    // "said Cummings “worked until his last breath”" (wikinews-elijah-cummings-dies-2019-10-18), "said BIPA “is supported
    // …”": a name the mark follows with no comma or colon is the subject of the quoted clause, not an inverted speaker;
    // unless a quote closes right before the verb, splitting one quote around its cue (`"We stand ready" tweeted Johnson
    // "to provide …"`, wikinews-world-leaders-amazon-fires-g7-2019-08-24).
    const split = /["”],?\s*$/.test(text.slice(range.start, verbStart));
    const afterName = text.slice(inverted?.ref.end ?? 0, direct.open);
    const fronted = /^\s*$/.test(text.slice(range.start, verbStart)) && SPOKE_OF.test(afterName) && !/^(?:ask|tell|told)/i.test(verb[0]);
    // "Rainsey told VOA Khmer Service reporter Pov Sok, “…”" (voa-bbg-cambodian-opposition-leaders-visit-voa-2012-08-10):
    // the name after "told", "asked" or "warned" is who heard the words, never who said them.
    const heard = LISTENER_VERBS.has(verb[0].toLowerCase());
    if (inverted && !heard && (/^\s*,?\s*[:,]\s*$/.test(afterName) || (split && /^\s*$/.test(afterName)) || fronted))
      return attributeCase(c, inverted, { block, start: verbStart, end: inverted.ref.end }, 'leading-cue');
    // "when she exclaimed she could no longer bear being beaten the ex-policeman responded "[y]ou are …"" (wikinews-brazilian-
    // footballer-ex-policeman-arrested-barbaric-murder-2010-07-11): a person's noun before the verb right at the mark is its
    // own subject too. ("Rice said the bombings underlined "…"": a thing's is not, and the words stay in Rice's clause.)
    const adjacent = /^\s*[,:]?\s*$/.test(between);
    const found = PRONOUN_OBJECT.test(between) || adjacent ? unnamedSubject(text.slice(range.start, verbStart), verb[0]) : null;
    const unnamed = found !== null && (!adjacent || isPersonWord(text.slice(range.start + found, verbStart).trim())) ? found : null;
    if (unnamed !== null) {
      const ref = { block, start: range.start + unnamed, end: verbStart + verb[0].length };
      return attributeCase(c, { ref, entity: null, resolution: 'unattributed', antecedent: null }, ref, 'leading-cue');
    }
  }
  return null;
};
