import { isSpeechVerb, reportingVerbOf } from '../../lexicon/reportingVerbs';
import type { Subject } from '../types';
import { endsCueClause } from './cueClauseEnd';
import { insideDirect, reportedQuote, type ReportedCase, type ReportedSieve } from './reported';
import { isClauseSpeechVerb, midSentenceCueEnd, participleAfterCue, type ParticipleAfterCue } from './midCue';
import { hasSpeechVerb, finalSubject } from './finalSubject';
import { isPluralPresent, pluralPresentCue } from './pluralPresent';
import { UNNAMED_GROUP } from '../groupSubjects';

/**
 * A sentence's end after a word (not an initial or an abbreviation such as "St.") and the next one's opening words: a
 * capitalised word, then one in lower case.
 */
const NEXT_SENTENCE = /\p{Ll}{2,}[.!?]["”’]?\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u;

/**
 * "…, Cassilly said, improving agencywide standards …": a short cue set between commas before a participle that goes on
 * with the content (docs/annotation-guide.md, "Reported content that goes on after its cue": the part before the cue is
 * the quote).
 */
const PARTICIPLE_AFTER_CUE = /^(?:(?:he|she|they)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?:said|says|added|noted|explained)\s*,\s+\p{Ll}{3,}ing\s/u;

/**
 * A cue of a subject and its verb set between commas before a closing phrase: `Saturday's parade started at Portland
 * Place at noon and ended at Whitehall, the BBC reported, with 30 thousand people participating in the march.`
 * (wikinews-london-pride-organisers-apologise-protestors-2018-07-10). The subject is "the" or a capitalised word and up
 * to three more words; the phrase after the comma tells the scene, not more of what was said (docs/annotation-guide.md,
 * "Reported content that goes on after its cue": the part before the cue is the quote).
 */
const SUBJECT_CUE_THEN_PHRASE =
  /^(?:the\s+|The\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,3}\s+(?:said|says|reported|reports|added|noted|wrote|stated|announced|confirmed),\s+(?:with|in|on|at|after|before|amid|during|as|citing)\s/u;

/**
 * Where the comma before an inverted cue ("…, said Jane Rigby, …") is, when the sentence ends in an appositive after it
 * that has no speech verb and at most 30 words; null otherwise. The commas are tried from the end, at most four back.
 */
function invertedCueBefore(sentence: string, lastComma: number): number | null {
  let at = lastComma;
  for (let tries = 0; tries < 4; tries++) {
    at = sentence.lastIndexOf(', ', at - 1);
    if (at <= 0) return null;
    const rest = sentence.slice(at + 2);
    if (
      /^(?:said|says|added|adds|noted|explained|wrote|reported|argued|stated|warned|insisted|according)\s/i.test(rest) ||
      PARTICIPLE_AFTER_CUE.test(rest) ||
      SUBJECT_CUE_THEN_PHRASE.test(rest)
    )
      return rest.split(/\s+/).length <= 30 && !hasSpeechVerb(rest.slice(rest.indexOf(', '))) ? at : null;
  }
  return null;
}

/**
 * Whether a direct quote opens at `from` (a UTF-16 offset after a cue's dash) or after a short aside closed by a dash,
 * comma or colon, within the same sentence.
 */
function leadsIntoDirect(c: ReportedCase, from: number): boolean {
  return c.directs.some((d) => d.open >= from && d.open < c.range.end && /^(?:|(?:\S+\s+){0,11}?\S+\s*[–—,:]\s*)$/u.test(c.text.slice(from, d.open)));
}

/** A sentence's opening cue up to its verb: a pronoun or up to four capitalised words, perhaps then "also". */
const OPENING_SUBJECT = String.raw`^(?:[Hh]e|[Ss]he|[Tt]hey|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:also\s+)?`;

/**
 * A sentence's opening cue: its subject (`OPENING_SUBJECT`), then "said", "says", "told", "added", "noted", "wrote" or
 * "stated" (`He said`, `Ana Ruiz also noted`). Only these: "Better estimates have …" opens on a noun.
 */
const OPENING_CUE = new RegExp(String.raw`${OPENING_SUBJECT}(?:said|says|told|added|adds|noted|notes|wrote|writes|stated|states)\s`, 'u');

/** An opening cue's subject, then a word (group 1) and "that": `Uribe insisted that`. */
const OPENING_THAT = new RegExp(String.raw`${OPENING_SUBJECT}(\p{Ll}+)\s+that\s`, 'u');

/**
 * Whether a sentence opens on a cue with "that" of its own: its subject (`OPENING_SUBJECT`), then a speech verb and
 * "that" (`Uribe insisted that Ecuador has not done enough …, he said.`, AMALGUM_news_leaders): the final clause only
 * repeats who spoke, and the opening cue's own reading holds the content.
 */
const openingThatCue = (words: string) => isSpeechVerb(OPENING_THAT.exec(words)?.[1] ?? '');

/** A sentence without its closing stop, closing quote mark and the white space around them (read from the end, once). */
function withoutClosingMarks(sentence: string): string {
  let end = sentence.trimEnd().length;
  if (sentence[end - 1] === '"' || sentence[end - 1] === '”') end = sentence.slice(0, end - 1).trimEnd().length;
  if (sentence[end - 1] === '.' || sentence[end - 1] === '!' || sentence[end - 1] === '?') end = sentence.slice(0, end - 1).trimEnd().length;
  return sentence.slice(0, end);
}

/**
 * A clock gloss closing the sentence after the cue's time: "…, police reported Friday morning, local time (UTC+0900)."
 * (fresh Wikinews, 9 July 2020). It tells when the cue's day fell, not who spoke, so the cue is the clause before it.
 */
const LOCAL_TIME_GLOSS = /,\s+local\s+time(?:\s*\([^()]{1,20}\))?$/i;

/** A sentence without its closing marks (`withoutClosingMarks`) and without a closing local-time gloss. */
const withoutTimeGloss = (sentence: string) => {
  const whole = withoutClosingMarks(sentence);
  const gloss = LOCAL_TIME_GLOSS.exec(whole);
  return gloss ? whole.slice(0, gloss.index) : whole;
};

/** The second quote of `…, Zapata said, adding it required …`: the words after the participle, the participle its cue. */
function addedQuote(c: ReportedCase, subject: Subject, { participle, contentStart }: ParticipleAfterCue) {
  const { block, range, end } = c;
  const cue = { block, start: range.start + participle.start, end: range.start + participle.end };
  return reportedQuote(c, subject, cue, range.start + contentStart, end, 'reported-final-clause');
}

/**
 * Whether the content [start, end) ends on a direct quote that a colon or a speech verb introduces: in `Blankenship
 * concurred: "We need to stop policing the world …", he argued.` (Wikinews, On the campaign trail in the USA, September
 * 2020) and `Super Eagle ex-goal keeper Ike Shorunmu also confirmed to Saturday Tribune saying ‘It’s so sad … is dead,
 * Shorunmu lamented.` (gv-nigeria-rashidi-yekini-obituary-2012-05-08) the final clause is the quotation's own trailing
 * cue, and the words before the quotation are a cue too, not content.
 */
const endsOnIntroducedQuote = (c: ReportedCase, { start, end }: { start: number; end: number }) =>
  c.directs.some((d) => {
    if (d.close === null || d.open <= start || !/^[\s\p{P}]*$/u.test(c.text.slice(d.close + 1, end))) return false;
    const before = c.text.slice(start, d.open);
    return /:\s*$/.test(before) || isSpeechVerb(/(\p{L}+)\s*$/u.exec(before)?.[1] ?? '');
  });

/**
 * The dash that ends a final cue clause: a comma, up to six words ending on a speech verb (a day may follow it), then a
 * dash (`…, NASA researchers said – even more so …`). Its match in `whole`, or undefined.
 */
function cueDash(whole: string): RegExpExecArray | undefined {
  return [...whole.matchAll(/\s+[–—]\s+/g)].find(
    (m) =>
      /,\s+(?:[\p{L}.'’-]+\s+){0,5}?[\p{L}'’-]+$/u.test(whole.slice(0, m.index)) &&
      isSpeechVerb(/(\p{L}+)(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|yesterday|today))?$/u.exec(whole.slice(0, m.index))?.[1] ?? ''),
  );
}

/**
 * Whether a word of a final cue clause (`w`, matched in `clause`) is a plural present whose subject is an unnamed group,
 * after it or before it: `This was the most intense fighting in months, claim residents.`, `There also has been an
 * explosion during a college graduation ceremony, claim civilians.` (wikinews-at-least-twelve-die-mogadishu-attacks-
 * 2010-01-30), "…, residents claim." The present is the group's own cue, as "say residents" is (`pluralPresent.ts`).
 */
function groupPluralPresent(clause: string, w: RegExpMatchArray): boolean {
  if (!isPluralPresent(w[0])) return false;
  const after = clause.slice((w.index ?? 0) + w[0].length).trim();
  const inverted = UNNAMED_GROUP.exec(after);
  return (inverted !== null && inverted[0].length === after.length) || (after === '' && pluralPresentCue(w[0], clause.slice(0, w.index)));
}

/**
 * "…, Peskov said." and "…, said Peskov on Thursday.": the last clause after a comma is the cue, read
 * word by word for its speech verb; the content is everything before that comma.
 */
/** A comma, then one to four capitalised words and nothing else: a name alone after a quotation's closing mark. */
const NAME_ONLY = /^,?\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u;

export const finalClause: ReportedSieve = (c) => {
  const { block, text, range, directs } = c;
  const raw = text.slice(range.start, range.end);
  // No comma, no final clause: most sentences end here, before any reading.
  if (!raw.includes(', ')) return null;
  const whole = withoutTimeGloss(raw);
  // "…, NASA researchers said – even more so compared to …": the cue clause ends at a dash, and what follows the dash
  // goes on with the same speaker's words; a day may follow the verb ("…, they said Sunday — …").
  const dash = cueDash(whole);
  // "…, President Erdogan said — as reported by Hurriyet Daily News — "Ayasofya …"": a cue whose dash aside leads into a
  // direct quote introduces that quote; the words before its comma are the writer's scene-setting, not content.
  if (dash && leadsIntoDirect(c, range.start + dash.index + dash[0].length)) return null;
  const midCue = dash ? null : midSentenceCueEnd(whole);
  const participle = dash || midCue !== null ? null : participleAfterCue(whole);
  const sentence = dash ? whole.slice(0, dash.index) : whole.slice(0, midCue ?? participle?.cueEnd ?? whole.length);
  let lastComma = sentence.lastIndexOf(', ');
  if (lastComma <= 0) return null;
  let clause = sentence.slice(lastComma + 2);
  // "…, said Jono Bacon, director of community at GitHub.", "…, said Jane Rigby, Webb operations project scientist at
  // NASA's Goddard Space Flight Center in Greenbelt, Maryland.": the cue is the clause before a closing appositive, which
  // may hold commas and a relative clause of its own.
  const inverted = hasSpeechVerb(clause) ? null : invertedCueBefore(sentence, lastComma);
  if (inverted !== null) {
    clause = sentence.slice(inverted + 2);
    lastComma = inverted;
  }
  // The closing appositive only describes the speaker: what follows the verb is read up to it.
  const appositiveAt = inverted === null ? clause.length - (sentence.length - sentence.lastIndexOf(', ')) : clause.indexOf(', ');
  const clauseWords = [...clause.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
  // A capitalised verb is a name's word: "…, Ohio in the United States in 1922" has no cue; nor is a participle after an
  // article a verb: "…, who was a noted Civil Rights activist" (NASA_RAG article 840, a Q&A profile) describes.
  const verbMatch =
    clauseWords[
      clauseWords.findIndex(
        (w, i) => i <= 8 && (isClauseSpeechVerb(w[0]) || groupPluralPresent(clause, w)) && !/\b(?:a|an|the)\s+$/i.test(clause.slice(0, w.index)),
      )
    ];
  if (!verbMatch || clauseWords.length > 18) return null;
  const clauseStart = range.start + lastComma + 2;
  const verbAt = clauseStart + verbMatch.index;
  const verb = verbMatch[0];
  const afterVerb = clause.slice(verbMatch.index + verb.length, appositiveAt > verbMatch.index ? appositiveAt : undefined);
  if (!endsCueClause(c, { clause, verb, afterVerb, lastComma }) || insideDirect(c, verbAt)) return null;
  // "…: the ultra-long GRB 220627A …, and GRB 230307A the second brightest GRB observed in over 50 years" (NASA_RAG article
  // 689): a clause joined by "and", "but" or "or" is the writer's next item or clause, not a cue for the words before it.
  if (/^(?:and|but|or|nor)\s/i.test(clause)) return null;
  // "…, which he denied.", "Bolton claims Trump asked Xi …, which Trump denied.", "Uribe charged Correa's government of
  // having links with the FARC rebels, a charge that Correa quickly denied." (AMALGUM_news_leaders): what is denied is
  // someone else's accusation; the denier's own words are not in the sentence (docs/annotation-guide.md: the content is
  // what was said).
  if (/^(?:which|(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(?:that|which))\s/iu.test(clause) && reportingVerbOf(verb)?.lemma === 'deny') return null;
  // "The new regulations do not apply to José Martí International Airport, for which Pompeo requested an exemption."
  // (wikinews-us-restricts-flights-to-cuba-2019-10-27), "…, in which he highlighted the miseries of partition."
  // (gv-pakistan-saadat-hasan-manto-lives-on-2012-05-14): a relative clause opened by a preposition and "which" or
  // "whom" tells of the noun before it, whose clause is the writer's; its verb's own object is what was said.
  if (/^(?:for|to|in|of|on|at|by|with|from|about|under|against|over|after|before|during|through)\s+(?:which|whom)\s/iu.test(clause)) return null;
  // "…, for which he was criticized.": a passive cue tells what was said of the subject, not by it; so with "also" or
  // "then" before the participle ("…, the court was also told.", wikinews-judge-jails-two-men-life-liam-aitchison-
  // murder-2013-06-10: the court heard it).
  if (/\b(?:was|were|is|are|be|been|being)\s+(?:\p{Ll}+ly\s+|(?:also|then|later|again|not)\s+)?$/u.test(text.slice(clauseStart, verbAt))) return null;
  const subject = finalSubject(c, { verb, verbAt, clauseStart, afterVerb });
  // A speaker is never taken from the next sentence ("…, urged the immunity be waived. The embassy declined …"); a
  // title's abbreviation ("said Brig. Gen. Terry McKenrick") ends none.
  if (!subject || NEXT_SENTENCE.test(text.slice(verbAt, Math.max(subject.ref.end, verbAt)))) return null;
  const cue = { block, start: Math.min(subject.ref.start, verbAt), end: Math.max(subject.ref.end, verbAt + verb.length) };
  // "He said Zelensky is "a model of honesty for me"; however, "to remove any doubts …", he added." (fresh Wikinews, January
  // 2020): a sentence that opens on a cue of its own is no content of the final one; its quotes have their own cues.
  if (OPENING_CUE.test(text.slice(range.start, verbAt)) || openingThatCue(text.slice(range.start, verbAt))) return null;
  const quote = reportedQuote(c, subject, cue, range.start, range.start + lastComma, 'reported-final-clause');
  if (!quote || directs.some((d) => d.start <= quote.start && d.end >= quote.end) || endsOnIntroducedQuote(c, quote)) return null;
  // "“It was a joy,” Christine Cheung, the site's lead developer said." (the shape of usgov-gsa-18f-every-kid-in-a-park-site-
  // for-kids-2015-09-03 with the quote before it): words in marks, then only the name of the one who said them, are a
  // direct quote and the start of its cue, the appositive's closing comma left out; no clause of the writer's is reported.
  if (directs.some((d) => d.close !== null && Math.abs(d.open - quote.start) <= 1 && d.close < quote.end && NAME_ONLY.test(text.slice(d.close + 1, quote.end))))
    return null;
  // "… with capital murder, they said Sunday — murder carrying the possibility of the death penalty": words after the dash
  // that open by restating the content's last word gloss it in the writer's voice.
  const after = whole.slice(dash ? dash.index + dash[0].length : whole.length);
  const restates = /^(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() === /(\p{L}+)\W*$/u.exec(whole.slice(0, lastComma))?.[1]?.toLowerCase();
  const goesOn =
    dash && !restates ? reportedQuote(c, subject, cue, range.start + dash.index + dash[0].length, range.start + whole.length, 'reported-final-clause') : null;
  const added = participle ? addedQuote(c, subject, participle) : null;
  return goesOn ? [quote, goesOn] : added ? [quote, added] : [quote];
};
