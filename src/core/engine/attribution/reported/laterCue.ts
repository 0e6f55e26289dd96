import { POLLED } from './countedSubject';
import { notACue } from './notACue';
import { insideDirect, tailOf, type ReportedCase } from './reported';
import { objectBeforeRelative } from './relativeOnObject';

/**
 * A quantifier after "and"/"but" standing as the subject of a later cue: `… and several said`, `, but others say`; and after
 * a contrasting "while" (`…, while some say flight grew up from the ground, from runners`,
 * wikinews-dinosaurs-flapped-wings-as-they-ran-2019-05-05), and a poll's share (`61 percent said …, while 28 percent said
 * it shouldn't wait for the abdication`, wikinews-national-diet-law-akihito-abdicate-2017-06-10), perhaps with the people
 * it is a share of (`, while 28 percent of those asked said`, a poll's usual wording).
 */
const QUANTIFIER_AFTER_AND = new RegExp(
  String.raw`,?\s+(?:and|but|while|whereas)\s+(?:many|several|some|others|most|(?:a\s+)?few|\d[\d.]*(?:\s*%|\s+percent|\s+per\s+cent)(?:\s+of\s+${POLLED})?)\s+(?:(?:have|had)\s+)?(?:(?:also|later|then)\s+)?$`,
  'i',
);

/** An unnamed subject of at most three lower-case words, then an aside opened by a participle and closed by a comma. */
const SUBJECT_ASIDE = /^\s*(?:(?:the|some|many|several|other)\s+)?\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2},\s+\p{Ll}+ing\s[^,]*,\s*$/u;

/**
 * A cue that closes the sentence after a comma, its subject a name or a pronoun and nothing but the full stop after its
 * verb: `He said Zelensky is "a model of honesty for me"; however, "to remove any doubts …", he added.` (fresh Wikinews,
 * January 2020, Honcharuk's resignation). It adds to what the sentence's opening cue said, so it is no part of that
 * content; the words before its comma are. Returns where the content ends (a closing mark stays with it), or null.
 */
function closingCueComma(c: ReportedCase, subjectStart: number, verbEnd: number, contentStart: number): number | null {
  if (!/^\s*$/.test(c.text.slice(verbEnd, c.end))) return null;
  const comma = /,([”"’]?)\s*$/.exec(c.text.slice(contentStart, subjectStart));
  return comma ? contentStart + comma.index + (comma[1] ? 2 : 0) : null;
}

/** A determined noun phrase with no verb of its own, closed by a comma: "the new political party on the scene, ". */
const SUBJECT_BEFORE_APPOSITIVE =
  /^\s*(?:the|a|an|its|his|her|their|this|that)\s+(?!(?:[^,;:]*\s)?(?:is|are|was|were|has|have|had|will|would|can|could|said|says|\p{Ll}{3,}ed)\b)[^,;:"“”()]{1,80},\s*(?:the\s+)?$/u;
/** The comma that closes an appositive, then perhaps an auxiliary and an adverb before the verb: ", is ". */
const APPOSITIVE_CLOSE = /^,\s+(?:(?:is|are|was|were|has|have|had|will|would)\s+)?(?:(?:also|now|\p{Ll}+ly)\s+)?$/u;

/**
 * Whether a name is an appositive of the content's subject: the content up to the name (`before`) is a determined noun
 * phrase with no verb, closed by a comma, and a comma closes the name before its verb (`between`, from the name's end to
 * the verb).
 */
const renamesContentSubject = (before: string, between: string): boolean => SUBJECT_BEFORE_APPOSITIVE.test(before) && APPOSITIVE_CLOSE.test(between);

/**
 * Where reported content that starts at `contentStart` (UTF-16 offset in the block) ends because a later cue in the
 * sentence takes over: a participle or a verb with no subject of its own joined by a comma or "and"/"but", a ", with
 * the X reporting …" source, or a later cue whose subject is named after a comma, or is a pronoun after ", and". The
 * sentence's end when none does.
 */
export function laterCueStop(c: ReportedCase, laterVerbs: ReadonlyArray<RegExpExecArray>, contentStart: number): number {
  const { block, text, range, cues } = c;
  for (const later of laterVerbs) {
    const at = range.start + later.index;
    if (at - contentStart > 1000) break;
    // "Police reported the attacker exited the Hall and continued to attack others": a verb that is no cue here goes on
    // with the content.
    if (insideDirect(c, at) || notACue(c, at, at + later[0].length, later[0].toLowerCase())) continue;
    // "she loved learning about analyzing performance metrics, reporting, and providing leadership": a participle that
    // is an item of a list, with ", and" right after it, says nothing of its own.
    if (/ing$/i.test(later[0]) && /^,\s+(?:and|or)\s/.test(text.slice(at + later[0].length))) continue;
    const lookBack = tailOf(text, contentStart, at);
    // "One interviewee said people changed their minds and several said they wanted …": some of a group told of before
    // speak for themselves after "and".
    const quantifier = QUANTIFIER_AFTER_AND.exec(lookBack);
    if (quantifier) return at - lookBack.length + quantifier.index;
    // ", with the i reporting …" brings in another source: the content stops before it.
    const withSource = later[0].toLowerCase().endsWith('ing') ? /,\s*with\s+(?:the\s+|a\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?\s+$/u.exec(lookBack) : null;
    // "…, while noting this kind of equipment is needed": a participle after ", while" goes on from the cue as one after
    // ", and" does.
    // "U.S. officials denied having used any chemical weapons and also deny the reports that …" (wikinews-rights-group-
    // afghanistan-phosphorus-claim-2009-05-11): an adverb of sequence may stand between "and" and the verb.
    // "The two sides claimed that there is enough good will and trust to reach an agreement while admitting to have
    // encountered difficulties …" (wikinews-burns-engages-india-civil-nuclear-energy-pact-2006-01-21): a participle
    // after "while" goes on from the cue with no comma too (a finite verb after it has a subject of its own, read below).
    // Only before words it reports ("that", "to have"): in "said profits rose while adding jobs" the participle is the
    // company's act, part of what was said.
    const bareWhile =
      /ing$/i.test(later[0]) && /^\s+(?:that|to|having)\s/.test(text.slice(at + later[0].length, at + later[0].length + 10))
        ? /\s+while\s+$/.exec(lookBack)
        : null;
    const glue =
      withSource ?? bareWhile ?? /(?:,[”"’]?\s*(?:and\s+|but\s+|while\s+)?|\s+(?:and|but)\s+)(?:(?:also|then|later|further|again)\s+)?$/.exec(lookBack);
    // "NDTV later reported officials, following an investigation, stated it was a coconut" (fresh Wikinews page on the
    // Kerala elephant): the words before the later verb are its own unnamed subject and an aside, not content; what the
    // officials stated is theirs, so nothing here is the first cue's.
    if (!/ing$/i.test(later[0]) && SUBJECT_ASIDE.test(text.slice(contentStart, at))) return contentStart;
    if (glue && (later[0].toLowerCase().endsWith('ing') || !cues.subjectBefore(block, at, contentStart))) {
      // A comma inside the closing mark (`as “an historic step,” adding …`) leaves the mark with the content.
      return at - lookBack.length + glue.index + (/^,[”"’]/.test(glue[0]) ? 2 : 0);
    }
    // "As netizens expressed their shock and rage over the "indecent" behavior, Foke's spokesman said that …" / "Shane
    // Warne has stated that …, Glenn McGrath has revealed that …, and Australian batsman Matthew Hayden has vowed to …":
    // a later cue with a named subject of its own (perhaps after a title) after a comma ends the content there, and so
    // does one after "while", comma or not ("Duda said the victims were … while Interior Minister Joachim Brudziński wrote
    // he had ordered …").
    // A comma right before the verb may close an aside after the subject ("Folha on the other hand, says that …").
    const named = cues.subjectBefore(block, at, contentStart);
    // "Jomra … criticizes President García [es], who said [es] that …": a relative clause on the object's name holds the
    // name's own report, not more of the first cue's.
    const object = named ? objectBeforeRelative(text, contentStart, named, at) : null;
    if (object !== null) return object;
    // "Political Bahamas Blog reports that the new political party on the scene, the Democratic National Alliance, is
    // calling for …": a name set off by commas right after the content's own subject renames it, and its verb is the
    // content's; the report inside the report is read too, the content goes on.
    if (named && renamesContentSubject(text.slice(contentStart, named.ref.start), text.slice(named.ref.end, at))) continue;
    const closing = named ? closingCueComma(c, named.ref.start, at + later[0].length, contentStart) : null;
    if (closing !== null) return closing;
    // "Saudi officials later denied that El Gizawy was arrested for defaming the king, and they claimed instead he was
    // …": so does a later cue whose subject is a pronoun after ", and" or ", but" (observed on real news, GV 2012), or
    // after ", although" or ", which" ("He says there's a media “black-out” …, although he says it is being presented in
    // court", VOA 2005; "said … he can and may declare a national state of emergency, which he said would allow him …",
    // English Wikinews 2019), and after a semicolon ("… are unlikely to pollute nearby water supplies; though he also
    // remarked that, because the spray wears off, …", wikinews-slippery-coating-self-cleaning-toilets-2019-11-21).
    const pronoun =
      named &&
      /^(?:he|she|they|we)$/i.test(text.slice(named.ref.start, named.ref.end)) &&
      /[,;]\s*(?:and|but|although|though|while|whereas|which)\s+$/.test(text.slice(contentStart, named.ref.start));
    const comma =
      named && ((named.entity && named.resolution === 'name') || pronoun)
        ? /(?:[,;]\s*(?:and\s+|but\s+)?|,?\s+(?:while|whereas)\s+)(?:[\p{L}'’-]+\s+){0,3}$/u.exec(text.slice(contentStart, named.ref.start))
        : null;
    if (comma && /^\s+(?:that\b|to\s|\p{Ll})/u.test(text.slice(at + later[0].length))) {
      return contentStart + comma.index;
    }
    // "She regretfully emphasized that …, while [Karen] Hakobyan pointed out that …": a "while" clause whose own
    // speech verb opens a that-clause is someone else's report, whether or not the name pass knows the name.
    const contrast = /,\s+(?:while|whereas)\s+(?:[\p{L}[\]'’.-]+\s+){1,4}$/u.exec(text.slice(contentStart, at));
    if (contrast && /^\s+(?:out\s+)?that\b/.test(text.slice(at + later[0].length))) return contentStart + contrast.index;
  }
  return c.end;
}
