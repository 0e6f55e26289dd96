import { QUOTE_ONLY_VERBS } from '../../lexicon/quoteOnlyVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';

/** Where a sentence goes on past a cue set after its content: ", and was left …", " and will work …", ", due to …". */
const GOES_ON = /(?:,\s+|\s+)(?:and|but)\s+|,\s+(?:due\s+to|because(?:\s+of)?|citing)\s+/gu;

/**
 * Whether a word is a speech verb as a cue clause writes it: in lower case (a capitalised one is a name's or a title's
 * word), and not one that only introduces a direct question.
 */
export const isClauseSpeechVerb = (word: string): boolean => /^\p{Ll}/u.test(word) && isSpeechVerb(word) && !QUOTE_ONLY_VERBS.has(word);
const speechVerbIn = (words: ReadonlyArray<string>) => words.some(isClauseSpeechVerb);

/** Speech verbs' forms that are plural nouns as often: "PPIRS reports", "U.S. states". */
const NOUN_FORMS = /^(?:claims|reports|notes|states|comments|answers|estimates|posts|remarks)$/;

/** What may stand after a cue's verb and still close the cue: a day, or the audience ("told the court", "said Monday"). */
const AFTER_VERB = /^(?:|(?:on\s+)?\p{Lu}\p{Ll}+day|yesterday|today|(?:the\s+)?(?:local\s+|state\s+)?(?:court|reporters|journalists|press|media|audience))$/u;

/**
 * Whether words are a whole cue clause: a subject of up to five words and its verb ("David said", "investigators have
 * said", "Norko told the court"), or the verb and a capitalised subject after it ("stated Minister of Information Moammar
 * al-Eryani"). A verb with an object of its own ("Mission Control concluded Florida’s dynamic weather as unsuitable")
 * makes no cue clause.
 */
export function isCueClause(clause: string): boolean {
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (isClauseSpeechVerb(words[0] ?? '')) return words.length > 1 && words.slice(1).every((w) => /^(?:\p{Lu}|of$|the$|al-|de$)/u.test(w));
  // "…, and then we clarified and expanded …", "…, which describes the adjoining U.S. states": a clause of the writer's.
  if (/^(?:and|but|or|then|so|which|who|whom|that|when|while|if|as|where)$/i.test(words[0] ?? '') || words.some((w) => /^(?:which|who|that)$/i.test(w)))
    return false;
  // "CPARS/PPIRS reports": a plural noun, not a verb.
  const verb = words.findIndex((w, i) => i > 0 && isClauseSpeechVerb(w) && !NOUN_FORMS.test(w));
  return verb > 0 && verb <= 6 && AFTER_VERB.test(words.slice(verb + 1).join(' '));
}

/**
 * Where the cue clause of a sentence ends when the cue stands after the content but not at the sentence's end
 * (docs/annotation-guide.md, "Reported content that goes on after its cue": the part before the cue is the quote):
 * `Better estimates have been hard to come by, David said, due to a lack of observations …`, `CASBa will provide …, she
 * said and will work with …`, `Ross had attempted suicide three times in the past, Norko told the court, but he is not
 * suicidal now`, `The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Eryani, and
 * was left outside a restaurant`. The cue clause is the one after the last comma before the sentence goes on: at most
 * a subject and its speech verb, or the verb and its subject (`isCueClause`). Null when there is none, or when the rest has a speech verb of its own (`…, he
 * said, and added that …`), which the cue-verb sieve reads. `whole` is the sentence without its final stop.
 */
export function midSentenceCueEnd(whole: string): number | null {
  for (const m of whole.matchAll(GOES_ON)) {
    const before = whole.slice(0, m.index);
    const comma = before.lastIndexOf(', ');
    if (comma <= 0) continue;
    // "…, said Bryant and Gianna were …": a name after "and" is the content's subject, not a clause going on.
    if (!isCueClause(before.slice(comma + 2)) || !/^\p{Ll}/u.test(whole.slice(m.index + m[0].length))) continue;
    // Only the clause that goes on: a semicolon joins a clause of its own (AP Stylebook, "semicolon"), whose speech verb is
    // another voice's ("…, Maróth said, and paying back this loan seems realistic; unnamed industry experts called this
    // dubious", wikinews-hungarian-state-firm-acquires-hirtenberger-defence-2019-11-07).
    const goesOn = whole.slice(m.index + m[0].length).split(';', 1)[0] ?? '';
    return speechVerbIn(goesOn.match(/\p{L}+/gu) ?? []) ? null : m.index;
  }
  return null;
}

/** A speech verb's participle after a comma, going on with a second reported clause: ", adding that …", ", saying …". */
const PARTICIPLE_GOES_ON = /,\s+(adding|saying|noting|explaining|stressing|insisting|warning)(?:\s+that)?\s+/gu;

/** A cue clause set after its content, then a participle that goes on with more of the speaker's words. */
export interface ParticipleAfterCue {
  /** Where the cue clause ends, at the comma before the participle (an offset in the sentence). */
  cueEnd: number;
  /** The participle ("adding"), the second quote's cue. */
  participle: { start: number; end: number };
  /** Where the second quote's content starts, after the participle and its "that". */
  contentStart: number;
}

/**
 * The cue clause and the participle of `Strong winds over the Channel presented difficulty during the crossing, Zapata
 * said, adding it required much endurance to manage to stay airborne` and `A total of 39 are confirmed dead, officials
 * told state media, adding that rescuers ended their work yesterday` (fresh Wikinews pages): two reported clauses joined
 * by ", adding that …" are two quotes (docs/annotation-guide.md), the first the content before the cue clause. Null when
 * the clause before the participle is no whole cue clause (`isCueClause`). `whole` is the sentence without its final stop.
 */
export function participleAfterCue(whole: string): ParticipleAfterCue | null {
  for (const m of whole.matchAll(PARTICIPLE_GOES_ON)) {
    const before = whole.slice(0, m.index);
    const comma = before.lastIndexOf(', ');
    if (comma <= 0 || !isCueClause(before.slice(comma + 2))) continue;
    const start = m.index + m[0].indexOf(m[1] ?? '');
    return { cueEnd: m.index, participle: { start, end: start + (m[1]?.length ?? 0) }, contentStart: m.index + m[0].length };
  }
  return null;
}
