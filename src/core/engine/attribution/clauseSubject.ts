import { isSpeechVerb, REPORTING_VERBS } from '../lexicon/reportingVerbs';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';
import { clauseCandidates, severalActors, skipAfter, VERB_AFTER, verbOf, type Candidate, type ClauseSpan } from './clauseCandidates';
import { TITLE_WORDS } from '../entities/lookups';
import type { MentionIndex } from './mentions';
import { verdictAgent } from './passiveAgent';
import type { Subject } from './types';

/**
 * A passive verb and "by" after a subject: " were described by ", " was also praised by " (not " was quoted by … as
 * saying", whose participle is the subject's own words).
 */
const PASSIVE_BY =
  /^\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?(?:was|were|is|are|(?:has|have|had)\s+(?:also\s+)?been)\s+(?:\p{Ll}+ly\s+)?(?!quoted\b)\p{Ll}+(?:ed|en)\s+by\s/u;
/** The reporting verbs' base forms, a plural subject's present ("Ryanair claim", British style for a company). */
const LEMMAS = new Set(REPORTING_VERBS.map((v) => v.lemma));

/** Whether a candidate is the subject of a speech verb, in any form or its base form (not one its appositive names). */
const says = (span: ClauseSpan, c: Candidate): boolean => {
  const word = verbOf(span, c) ?? VERB_AFTER.exec(span.text.slice(c.end + skipAfter(span, c), span.comma))?.[1] ?? '';
  return isSpeechVerb(word) || LEMMAS.has(word);
};

/** An opening subordinate clause or phrase, whose subject is not the main clause's: "After Smith resigned, …". */
const OPENING_PHRASE = /^(?:After|Before|When|While|Whilst|As|Because|Although|Though|If|Since|Until|Once|In|On|During|At|With|Following|Despite)\b[^,;]*,\s*/;

/** Words of an object phrase, never of a title: a possessive pronoun, an indefinite article, a preposition of place. */
const OBJECT_WORDS = /\b(?:his|her|their|its|our|my|a|an|on|in|at|to|into|onto|about|over|against|with)\s/i;

/**
 * The speaker of a participle cue (`…, saying "…"`, `…, adding that …`): the subject of the clause the participle
 * hangs on, not the name before its comma, which is as often an object ("defended the Air Force's consideration of
 * Boeing, saying"). That name speaks only as the inverted subject of a speech verb ("said Pohamba, adding"). In the
 * last main clause before the comma, the first name, pronoun or role phrase with a finite verb after it and no
 * preposition before it; null when there is none (the quote then stays unattributed rather than guessed).
 * `comma` is the offset of the comma before the participle.
 */
export function participleSubject(
  text: string,
  block: number,
  comma: number,
  sentenceStart: number,
  mentions: MentionIndex,
  subjectAt: (block: number, at: number) => Subject | null,
  nameBefore: Subject | null,
): Subject | null {
  // "said Pohamba, adding", "“…,” affirmed Daniel Kuhns, Digital Program Manager at FEMA, noting": the inverted subject
  // of a speech verb, perhaps with an appositive, goes on speaking.
  if (nameBefore?.entity && /^(?:,\s+[^,;:"“”]{2,120})?\s*$/.test(text.slice(nameBefore.ref.end, comma))) {
    const lead = text.slice(sentenceStart, nameBefore.ref.start);
    const verb = /(\p{L}+)\s+(?:[\p{L}.’'-]+\s+){0,9}$/u.exec(lead);
    // "announced his country's bid for a non-permanent seat on the Security Council, saying" (wikinews-venezuelan-
    // president-chavez-criticises-bush-un-address-2006-09-22): a name the verb's object ends on is no inverted subject;
    // only a title may stand between the verb and the name.
    const between = lead.slice((verb?.index ?? 0) + (verb?.[1]?.length ?? 0));
    if (verb?.[1] && isSpeechVerb(verb[1]) && !/[,;:"“”]/.test(lead.slice(verb.index)) && !OBJECT_WORDS.test(between)) return nameBefore;
    if (/[”"]\s*,?\s*\p{Ll}+\s+$/u.test(lead)) return nameBefore;
  }
  const opening = OPENING_PHRASE.exec(text.slice(sentenceStart, comma));
  let clause = sentenceStart + (opening?.[0].length ?? 0);
  // A list written as one paragraph ("* The CDC …. * The National Library …") starts a clause at each item.
  const lastJoin = [...text.slice(clause, comma).matchAll(/;\s*|,\s+(?:and|but)\s+|\s[*•]\s+|\n/g)].at(-1);
  if (lastJoin) clause += lastJoin.index + lastJoin[0].length;
  const span: ClauseSpan = { text, clause, comma };
  const candidates = clauseCandidates(span, block, mentions, subjectAt);
  // "EPA uses websites …, Shaw explained, adding": a speech verb before the participle is the one it goes on from.
  const speaking = candidates.findLast((c) => isSpeechVerb(verbOf(span, c) ?? ''));
  // "Webb is helping to enhance these efforts, adding a bounty of distant galaxies": after any other verb, "adding"
  // reports speech only when a that-clause or a quotation follows it, perhaps after whom it went to ("thought of
  // al-Megrahi as …, adding to CNN: “…”", wikinews-lockerbie-convict-al-megrahi-buried-2012-05-20).
  if (!speaking && /^adding(?!\s+that\b|[\s,:]*["“]|\s+to\s+(?:[\p{L}.’'-]+\s+){0,3}[\p{L}.’'-]+\s*[,:]\s*["“])/u.test(text.slice(comma).replace(/^,\s*/, '')))
    return null;
  if (speaking) {
    const own = subjectAt(block, speaking.at);
    const subject =
      own && (own.entity?.type !== 'person' || own.resolution !== 'name') ? (personBeforeAppositive(text, block, speaking, candidates, subjectAt) ?? own) : own;
    // "Ryanair claim Goss wrote to the airline saying …, stating "We will not allow a Ryanair employee …""
    // (wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15): a speaker inside what another says the participle
    // may go on from as well as the one who says it; only the quoted words tell which (here the airline), so neither is
    // read, and no verb further back either.
    const outer = candidates.find((c) => says(span, c) && /\p{L}/u.test(text.slice(c.end + skipAfter(span, c), speaking.at)));
    const named = outer && mentions.between(block, outer.at, outer.end).find((m) => m.start === outer.at && m.end === outer.end);
    if (outer && subject?.entity && (named?.entity ?? subjectAt(block, outer.at)?.entity) !== subject.entity)
      return { ref: { block, start: outer.at, end: speaking.end }, entity: null, resolution: 'unattributed', antecedent: null };
    const skip = skipAfter(span, speaking);
    const verb = VERB_AFTER.exec(text.slice(speaking.end + skip, comma));
    return subject && verb ? { ...subject, goesOnFrom: speaking.end + skip + verb[0].length } : null;
  }
  if (severalActors(span, block, candidates, subjectAt)) return null;
  for (const candidate of candidates) {
    if (!verbOf(span, candidate)) continue;
    // "Election implications regarding … the European Union (EU) were described by Johnson as a "historic mandate",
    // saying he intends to leave …" (Wikinews, UK election, December 2019): after a passive with its agent named, the
    // participle speaks for the agent as often as for the subject, so neither is read (as leadingCue.ts does): the words
    // stay a quote, unattributed; unless the passive is an agent's verdict (passiveAgent.ts).
    const afterSubject = text.slice(candidate.end + skipAfter(span, candidate), comma);
    const agent = verdictAgent(afterSubject, block, candidate.end + skipAfter(span, candidate), subjectAt);
    if (agent) return agent;
    if (PASSIVE_BY.test(afterSubject) || authoredObject(afterSubject))
      return { ref: { block, start: candidate.at, end: candidate.end }, entity: null, resolution: 'unattributed', antecedent: null };
    const subject = subjectAt(block, candidate.at);
    if (subject && !subject.entity) return namedInApposition(text, block, candidate, candidates, subjectAt) ?? subject;
    if (subject) return subject;
  }
  return null;
}

/**
 * `On Thursday, the journal Science published a report by a team from the University of Hawaii at Mānoa … and the
 * University of Southern California (USC), saying the eruption …` (fresh Wikinews, September 2019): when the verb's
 * object is a document by someone else (`a report by`, `a study by`), the participle after the comma tells what the
 * document says, its authors' words, as often as the subject's; neither is read, as after a passive with its agent.
 */
function authoredObject(afterSubject: string): boolean {
  const object = /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+by\s/u.exec(afterSubject);
  return object?.[1] !== undefined && DOCUMENT_NOUNS.has(object[1]);
}

/** The last word of a description, lower case: "group" in "A right wing evangelist group". */
const LAST_WORD = /(\p{Ll}+)\s*$/u;

/**
 * "The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding": a description no entity stands for,
 * then the person it describes set off by commas (AP style's appositive), is that person; null when no person's
 * name follows the description that way. "A right wing evangelist group, Media Evangelism Limited, has launched an
 * online campaign against Lady Gaga's tour, inviting …" (gv-hong-kong-evangelists-lady-gaga-concerts-2012-05-02): a
 * description that ends in an organisation's kind noun (`ORGANIZATION_KINDS`) is the organisation named after it so.
 */
function namedInApposition(
  text: string,
  block: number,
  description: Candidate,
  candidates: ReadonlyArray<Candidate>,
  subjectAt: (block: number, at: number) => Subject | null,
): Subject | null {
  const kind = LAST_WORD.exec(text.slice(description.at, description.end))?.[1];
  const body = kind !== undefined && ORGANIZATION_KINDS.has(kind);
  const named = candidates.find(
    (c) => (c.person || body) && c.at > description.at && /^,\s+$/.test(text.slice(description.end, c.at)) && text.startsWith(',', c.end),
  );
  const subject = named ? subjectAt(block, named.at) : null;
  const type = subject?.entity?.type;
  return type === 'person' || (body && type === 'organization') ? subject : null;
}

/** Title words between a name's comma and the body or title that describes the person: "President of the ". */
const APPOSITIVE_LEAD = /^,\s+(?:[\p{L}'’-]+\s+){0,6}$/u;

/**
 * "Miguel d'Escoto Brockmann, President of the United Nations General Assembly, condemned Israel's attack on the Gaza
 * Strip saying, "…"" (a fresh Wikinews page, January 2009): a title or body set off by commas right after a person's
 * name is that person's appositive (AP style), so the person, not the body or the title, is the clause's subject; null
 * when no person's name stands right before the description that way.
 */
function personBeforeAppositive(
  text: string,
  block: number,
  description: Candidate,
  candidates: ReadonlyArray<Candidate>,
  subjectAt: (block: number, at: number) => Subject | null,
): Subject | null {
  if (!text.startsWith(',', description.end)) return null;
  const named = candidates.findLast((c) => c.person && c.end < description.at && APPOSITIVE_LEAD.test(text.slice(c.end, description.at)));
  const person = named ? subjectAt(block, named.at) : null;
  return person?.entity?.type === 'person' && person.resolution === 'name' ? person : null;
}

/** Small words a title may hold ("former coach and former test player"); a preposition other than "of" may not. */
const TITLE_GLUE = /^(?:and|of|the|former|then|acting|interim|deputy|chief|senior|retired|longtime|veteran|current)$/;
/** Where a person works, right after their name: "of NASA's Goddard …", "at the University of Kentucky". */
export const AFFILIATION = /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u;
/** Words that make the name after them someone other than the speaker: "the wife of", "a lawyer for", "said to". */
const NOT_TITLE = /^(?:to|for|with|by|from|at|in|on|about|that|who|which|whose|his|her|their|its|a|an)$/;

/**
 * The first person mentioned after an inverted speech verb, within `span` UTF-16 code units of `at` (where the words
 * after the verb start) in the block; undefined when there is none.
 */
export function personAfterVerb(mentions: MentionIndex, block: number, at: number, span: number) {
  return mentions.between(block, at + 1, at + span).find((m) => m.start > at && m.entity.type === 'person');
}

/** The subject the text gives at a person's name, its reference widened back to `at`, so the cue covers the words between. */
export function subjectFrom(named: Subject | null, at: number): Subject | null {
  return named && { ...named, ref: { ...named.ref, start: at } };
}

/**
 * Title words with a rank in parentheses left out: U.S. Army style writes a chaplain's rank so, between the title and
 * the name ("said Chaplain (Lt. Col.) Stephen W. Austin", army.mil, 2015). Parentheses holding anything but title
 * words stay, and keep the words from being read as a title.
 */
const withoutBracketedRank = (words: string): string =>
  words.replace(/\(([^()]{1,30})\)/g, (all, inside: string) => (inside.split(/\s+/).every((w) => TITLE_WORDS.has(w)) ? ' ' : all));

/**
 * The inverted subject of a speech verb when a lower-case title stands between the verb and the name: `"…," said former
 * New Zealand coach and former test player John Bracewell`. The words between are a title: at most nine, no
 * punctuation, no preposition but "of" and never "of" right before the name (`said the wife of John Smith` is the
 * wife's); the name ends its clause. Null otherwise. `at` is where the words after the verb start.
 */
export function titledSubjectAt(
  text: string,
  block: number,
  at: number,
  mentions: MentionIndex,
  subjectAt: (block: number, at: number) => Subject | null,
): Subject | null {
  const person = personAfterVerb(mentions, block, at, 120);
  if (!person) return null;
  const words = withoutBracketedRank(text.slice(at, person.start)).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 9 || words.some((w) => /[,;:"“”()—–]/.test(w))) return null;
  if (words.at(-1) === 'of' || words.some((w) => /^\p{Ll}/u.test(w) && NOT_TITLE.test(w))) return null;
  // Lower-case words are role words ("coach", "player") or a title's glue; a verb ("said the decision to fire X") is no title.
  if (words.some((w) => /^\p{Ll}/u.test(w) && !TITLE_GLUE.test(w) && /(?:ed|ing)$/.test(w))) return null;
  // "said study co-author Ted Scambos of CU Boulder's …": where the person works may follow the name (AP style).
  if (!/^\s*(?:[,.;!?)—–-]|$)/.test(text.slice(person.end)) && !AFFILIATION.test(text.slice(person.end))) return null;
  return subjectFrom(subjectAt(block, person.start), at);
}

/** A preposition (not "with") right before a name: the name is its object, not a clause's subject. */
export const PREPOSITION_RIGHT_BEFORE = /\b(?:to|in|at|for|from|of|on|into|toward|towards|against|about|over)\s+(?:the\s+)?$/i;
