import { CHARACTERISING_VERBS } from '../../lexicon/characterisingVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { opensClause } from './clauseStart';

const GOES_ON = /^\s+(?:it|there|this|that|we|I|you)\b/;

/**
 * A bare plural and a verb of saying or showing in the plural present, which has no mark of a clause's verb of its own:
 * `The FSB denies the two explosions are related; reports describe speculation the disaster's cause was not in fact a gas
 * leak` (wikinews-magnitogorsk-apartment-building-collapse-2019-01-04). Other sources speak after the semicolon.
 */
const OTHERS_SAY = /^\s+(?:\p{Ll}+\s+)?\p{Ll}{2,}[^s\W]s\s+(?:say|describe|suggest|claim|show|indicate|report|allege|note|believe|estimate)\b/u;

/** A connector that turns to another point, then a quotation: `; however, "to remove …"`, `; but "…"`. */
const CONNECTOR_THEN_QUOTATION = /^\s*(?:however|but|yet|still|nevertheless|meanwhile|instead)\s*,?\s*["“]/;

/**
 * A body or a person the text names, perhaps with its short form in brackets, and a verb of saying in the past:
 * `Phivolcs reported the earthquake's magnitude was 5.5; United States Geological Survey (USGS) reported 5.8` (wikinews-
 * earthquake-injures-25-southern-philippines-2019-07-15). Another source speaks after the semicolon; the name's words
 * are capitalised, so the clause test (`opensClause`, which stops at the bracket) does not see its verb.
 */
const NAMED_SAYS =
  /^\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}.&'’-]*){0,6}(?:\s+\([^()]{1,20}\))?\s+(?:also\s+)?(?:said|reported|stated|estimated|measured|recorded|put|gave)\b/u;

/**
 * A clause's first words with a cue set into it by commas: `his death, they reported, was officially described as viral
 * pneumonia` (wikinews-first-foreigners-die-coronavirus-wuhan-2020-02-10), `many positions, they say, are filled with military
 * figures` (a plural's present, wikinews-egypt-army-will-not-use-force-mubarak-cabinet-2011-01-29). The clause is someone's
 * report of its own.
 */
const INSERTED_CUE =
  /^\s+[^,;:"“”]{1,40},\s+(?:he|she|they|we|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:also\s+)?(?:said|says|say|reported|reports|report|stated|added|claimed|claim|noted|note)\s*,/u;

/**
 * Where reported content [start, stop) ends at a semicolon outside quote marks that joins a clause of the writer's
 * (`Initial reports stated the fruit was a pineapple; NDTV later reported officials …`, `told The Jakarta Post it was
 * intending to end its search …, which is outside its remit; the paper also spoke to the Navy`): a semicolon joins
 * independent clauses (AP Stylebook, "semicolon"), and the speaker's ends before it. `stop` when there is none, or
 * when what follows is no clause (a list's next item) or goes on from a pronoun; also before a quotation that opens a
 * sentence after it. Offsets are UTF-16, half-open.
 */
export function beforeSemicolon(text: string, start: number, stop: number): number {
  return firstUnquotedSemicolon(text, start, stop, (at) => clauseOfItsOwnAfter(text, at) || quotationAfter(text, at));
}

/**
 * A pronoun and "being", an absolute phrase: `Sheikh Abdullah stressed the US$50 billion in trade between the two; this
 * being considered an obstacle to China backing … a stronger sanctions regime` (wikinews-wikileaks-cable-disclosure-arab-
 * fears-iranian-ambitions-2010-11-29). The writer weighs what was said; the speaker's words end before it.
 */
const ABSOLUTE_AFTER = /^\s+(?:this|that|it|which)\s+being\s/i;

/**
 * Whether a clause of its own follows the semicolon at `at`: a clause, others saying, a named source's report or a cue
 * set into the clause. "…is not to have content go viral; it is to build credibility": a pronoun goes on with the
 * speaker's point.
 */
const clauseOfItsOwnAfter = (text: string, at: number): boolean =>
  ABSOLUTE_AFTER.test(text.slice(at + 1, at + 30)) ||
  ((opensClause(text, at + 1) ||
    OTHERS_SAY.test(text.slice(at + 1, at + 81)) ||
    NAMED_SAYS.test(text.slice(at + 1, at + 121)) ||
    INSERTED_CUE.test(text.slice(at + 1, at + 101))) &&
    !GOES_ON.test(text.slice(at + 1)));

/**
 * Whether a quotation opening a sentence follows the semicolon at `at`, a direct quote of its own: "She told Vogue magazine
 * in 2015 she didn't record Respect for a political movement; "Not just me or …"" (wikinews-aretha-franklin-queen-of-soul-
 * dies-2018-08-16). So is one after a connector: `He said Zelensky is "a model of honesty for me"; however, "to remove any
 * doubts …, I wrote a resignation offer", he added.` (wikinews-zelensky-rejects-honcharuk-resignation-2020-01-18).
 */
const quotationAfter = (text: string, at: number): boolean =>
  /^\s*["“]\p{Lu}/u.test(text.slice(at + 1, at + 6)) || CONNECTOR_THEN_QUOTATION.test(text.slice(at + 1, at + 30));

/**
 * A subject of up to six words with no comma, then a verb in the simple past, with "to" after it where it has one:
 * `Chinese authorities referred to`. Group 1 is the verb. A perfect (`the prison's authorities have confirmed that …`) is
 * left to the source's list: it tells what has come about, as the clauses before it do.
 */
const SUBJECT_THEN_PAST =
  /^\s+(?:(?!(?:has|have|had|is|are|was|were|be|been|will|would|may|might|can|could)\s)[\p{L}\d.'’()-]+\s+){1,6}?(?:(?:also|then|later)\s+)?((?:\p{Ll}{2,}ed|said|told|wrote)(?:\s+to)?)\b/u;

/**
 * Where what a source leads (`According to X, …`) ends at a semicolon outside quote marks after which another voice
 * speaks: a subject and a speech verb in the past (`According to the U.S. embassy in Beijing, the infected 60-year-old
 * western man died in February 6; Chinese authorities referred to him as "Chinese-American."`, wikinews-first-foreigners-
 * die-coronavirus-wuhan-2020-02-10), a named source's report (`NAMED_SAYS`) or a cue set into the clause (`INSERTED_CUE`).
 * Other clauses after a semicolon go on with the source's list of points (`According to him, the acting head … has been
 * forced to resign; the government has allotted …`, gv-ukraine-lukyanivska-prison-2012-05-02). `stop` when there is none;
 * offsets are UTF-16, half-open.
 */
export function beforeOtherVoice(text: string, start: number, stop: number): number {
  return firstUnquotedSemicolon(text, start, stop, (at) => {
    const rest = text.slice(at + 1, at + 121);
    const past = SUBJECT_THEN_PAST.exec(rest)?.[1] ?? '';
    return (
      isSpeechVerb(past.replace(/\s+to$/, '')) || CHARACTERISING_VERBS.has(past) || NAMED_SAYS.test(rest) || OTHERS_SAY.test(rest) || INSERTED_CUE.test(rest)
    );
  });
}

/**
 * The first semicolon in [start, stop) outside quote marks at which `endsHere` holds, or `stop`. Curly marks are counted
 * open and shut; a straight mark shuts one that is open and opens one otherwise, since it does not say which it is.
 * Offsets are UTF-16, half-open.
 */
function firstUnquotedSemicolon(text: string, start: number, stop: number, endsHere: (at: number) => boolean): number {
  let open = 0;
  for (let at = start; at < stop; at++) {
    const ch = text[at];
    if (ch === '“') open++;
    else if (ch === '”') open = Math.max(0, open - 1);
    else if (ch === '"') open = open > 0 ? open - 1 : 1;
    else if (ch === ';' && open === 0 && endsHere(at)) return at;
  }
  return stop;
}
