import { AGENTLESS_PLURALS } from '../../lexicon/agentlessPlurals';
import { pastAsides } from './betweenCueAndContent';
import { bareParticipleJoin } from '../issuedStatement';
import { isToTheEffect } from './toTheEffect';
import { opensBareWordClause, opensClause, opensClauseAfterComma } from './clauseStart';
import type { ReportedCase } from './reported';

// A reported clause after a plain verb of saying whose subject no reader took: found, and left unattributed.

/**
 * Plain verbs of saying whose bare clause is what was said whoever says it (`Torres has said Taricani will receive no more
 * than six months`, `Wikinews reported the government had shut off practically all Internet traffic`, `…; the NHC advisory
 * indicated Dorian's maximum sustained winds were near 180 mph (285 kph)`, wikinews-hurricane-dorian-category-5-landfall-
 * bahamas-2019-09-01; `Terri Collins who sponsored the bill remarked the bill was not enforceable …`,
 * wikinews-alabama-governor-signs-anti-abortion-measure-2019-05-18), and the rest of Levin's (1993) "say" verbs that a bare
 * clause follows in news (`Malaysian authorities completed the autopsy … but announced Thursday they would not release
 * the body`, wikinews-malaysia-arrests-fourth-suspect-kim-jong-nam-2017-02-16). Not a verb whose object a clause-like phrase
 * may be ("estimated their numbers based on …"): the clause opener (`clauseStart.ts`) keeps "announced plans …" out. Not
 * "predicted" (a forecast may be thought: "could not have predicted the impact the organization would have", usgov-nasa),
 * nor "told", whose listener (`told those gathered to watch`) may look like a clause's subject, nor what a finding does
 * with no speaker ("The results confirmed …", "The footage revealed …", "Preliminary data suggests …").
 */
const PLAIN_SAYING =
  /^(?:said|says|say|stated|states|claimed|claims|claim|reported|reports|suggested|warned|warns|noted|notes|speculated|insisted|insists|argued|argues|contended|maintained|indicated|indicates|remarked|acknowledged|admitted|asserted|alleged|explained|stressed|emphasized|emphasised|conceded|announced)$/;

/**
 * The participles of those verbs, hung by a comma on the clause before: `Critics among medical experts also dispute these
 * figures, saying more fatalities may have gone unreported …` (voa-zimbabwe-officials-move-contain-cholera-2006-01-10),
 * whose subject the participle reader (`clauseSubject.ts`) takes only when it is a name, a pronoun or a role.
 */
const PLAIN_PARTICIPLE = /^(?:saying|claiming|arguing|stating|insisting|warning)$/;

/** A comma right after a clause's last word, before a participle: not a quotation's close, which the direct sieves read. */
const AFTER_CLAUSE_COMMA = /[\p{L}\d)\]]\s*,\s+$/u;

/**
 * The end of a subject right before its verb: a word that may end a noun phrase or a name, perhaps with an auxiliary
 * and a word of time between (`Torres has said`, `Indonesia Today yesterday suggested`). Group 1 is that word. Not a
 * bracket's close: a word in brackets after words no reader took ("The plan (Hope) said …") is read by speakerWords.ts.
 */
const SUBJECT_END =
  /([\p{L}\d'’.-]+)\s+(?:(?:has|have|had)\s+)?(?:(?:also|previously|later|earlier|already|recently|yesterday|today|publicly|repeatedly)\s+)?$/u;

/**
 * Words that end no subject: a preposition or a determiner before the verb's form makes it an adjective (`Amongst reported
 * incidents of sexual abuse`), a conjunction makes it a second verb of a clause read elsewhere (`wept … and said she
 * believed …`), and a pronoun that is no subject here (`it`, `which`, `who`: the writer's aside or a relative's verb).
 */
const NO_SUBJECT_END =
  /^(?:amongst|among|of|in|on|at|by|for|from|with|into|about|after|before|as|than|to|the|a|an|its|his|her|their|our|and|but|or|nor|then|it|this|that|which|who|whom|what|you|we|i|worth|widely|newly|also)$/i;

/**
 * An aside set off right before the verb, between the subject and it: commas (`officials at the Sidus Space integration
 * facility in Cape Canaveral, Florida, reported it has completed …`, usgov-nasa-stennis-astra-autonomous-systems-milestone-
 * 2024-02-16; `One speaker, who produced a bottle of cannabis oil he had received through the post, asserted this cured his
 * prostate cancer`, wikinews-glasgow-cannabis-enthusiasts-celebrate-green-2014-04-22) or a pair of dashes (AP style sets a
 * description or a relative clause off so). No quotation inside it, which a direct sieve reads; not brackets, whose word
 * after words no reader took is read by speakerWords.ts ("The plan (Hope) said …" has no speaker).
 */
const SET_OFF_ASIDE = /(?:,\s+[^,;:"“”()]{2,120}?,|\s[—–]\s+[^—–,;:"“”()]{2,120}?\s+[—–])\s+$/u;

/**
 * A body's acronym in brackets right before the verb, after its name: "Medecins sans Frontieres (MSF) said …" (a fresh
 * Wikinews page, August 2014). The name before it ends the subject; a word in brackets that is no acronym ("The plan
 * (Hope) said") is still read by speakerWords.ts.
 */
const BRACKETED_ACRONYM = /\s\([A-Z][A-Z0-9&.-]{1,9}\)\s+$/;

/**
 * The word a subject ends with right before the verb, or before an aside set off between them (`SET_OFF_ASIDE`); null
 * when the words before the verb end in neither. `before` is the sentence up to the verb.
 */
function subjectEnd(tail: string, before: string): string | null {
  const last = SUBJECT_END.exec(tail)?.[1] ?? SUBJECT_END.exec(tail.replace(BRACKETED_ACRONYM, ' '))?.[1];
  if (last) return last;
  const aside = SET_OFF_ASIDE.exec(before);
  if (!aside) return null;
  // "In 2019, the year the program started, reported cases rose …": a phrase of time or place before the aside is no
  // subject, and the verb's form there is an adjective.
  const clause =
    before
      .slice(0, aside.index)
      .split(/[,;:]\s*/)
      .at(-1) ?? '';
  return FRONTED.test(clause) ? null : (SUBJECT_END.exec(`${clause} `)?.[1] ?? null);
}

/** Words that open a phrase or a clause put before a sentence's subject, not a subject. */
const FRONTED =
  /^\s*(?:in|on|at|after|before|when|while|as|since|during|for|with|by|from|if|although|though|because|despite|following|according|until|once|under|over|without|through|amid|among)\b/i;

/**
 * A pronoun subject, then its predicate in quote marks: `his daughter reported to the police he "left home four–five hours
 * ago …"` (wikinews-seoul-mayor-park-won-soon-found-dead-2020-07-09), a clause whose verb the speaker's own words hold.
 */
const QUOTED_PREDICATE = /^\s+(?:he|she|they|we|I|\p{Lu}\p{Ll}+)\s+["“]\p{Ll}/u;

/**
 * Whether a plain verb of saying with a bare clause after it reports speech though no subject reader read its subject
 * (a surname the name pass did not take, an outlet's name, a description): the quote stays unattributed. Only in the
 * body (a headline drops its articles, and its own readers take it), only after a word that ends a subject, and only
 * before words that open a clause (`clauseStart.ts`); not in a question. `verbEnd` is a UTF-16 offset in the case's block,
 * `lower` the verb lower case, `tail` the words of the sentence right before the verb (`tailOf`).
 */
export function unreadSubjectSays(c: ReportedCase, verbEnd: number, lower: string, tail: string): boolean {
  const { text, range } = c;
  if (c.block === 0) return false;
  let subjectWord = '';
  if (PLAIN_PARTICIPLE.test(lower)) {
    // "… filed a motion claiming the state of emergency is unconstitutional …": a participle the clause's filing or
    // statement leads to with no comma hangs on the clause as one after a comma does (issuedStatement.ts).
    if (!AFTER_CLAUSE_COMMA.test(tail) && bareParticipleJoin(text, range.start, verbEnd - lower.length) === null) return false;
  } else {
    if (!PLAIN_SAYING.test(lower) && !isToTheEffect(lower)) return false;
    const last = subjectEnd(tail, text.slice(range.start, verbEnd - lower.length));
    if (!last || NO_SUBJECT_END.test(last.replace(/\.$/, ''))) return false;
    subjectWord = last.toLowerCase();
  }
  if (/\b(?:not\s+(?:everyone|everybody|all)|no(?:\s+|-)one|nobody|none)\s+(?:\w+\s+)?$/i.test(tail)) return false;
  if (/\?\s*["”]?\s*$/.test(text.slice(range.start, range.end))) return false;
  // "reported to the police he …": the clause starts past whom it was told to.
  const start = pastAsides(text, verbEnd, lower);
  // "Indeed, News 12 reported, only buildings adjacent to the break were without water service."
  // (wikinews-water-main-bursts-white-plains-2020-08-13): a comma right after the verb may stand before the clause, as
  // contentAfter.ts reads it after a subject some reader took.
  const afterComma = /^,(?=\s)/.test(text.slice(verbEnd)) && opensClauseAfterComma(text, verbEnd + 1);
  // "some reports claim money was laundered …", "Eurocontrol noted airspace was closed …": a bare noun and an auxiliary;
  // not after things that show rather than say ("The numbers suggested turnout had fallen …", agentlessPlurals.ts).
  return (
    opensClause(text, start) ||
    afterComma ||
    QUOTED_PREDICATE.test(text.slice(start, start + 40)) ||
    (opensBareWordClause(text, start) && !AGENTLESS_PLURALS.has(subjectWord))
  );
}
