import type { DirectSpan } from '../../directQuotes';
import { STANCE_VERBS } from '../../lexicon/stanceVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { AGENTLESS_PLURALS } from '../../lexicon/agentlessPlurals';
import { GROUP_SPEAKERS } from '../../lexicon/groupSpeakers';
import { VIEW_PRESENTS } from '../../lexicon/viewPresents';
import { wordCount } from '../../wordCount';

/**
 * Shapes a reported span takes that are not what was said. Offsets are UTF-16, into the block's text, half-open.
 * Rules read from fresh Wikinews text (new-user review): an object noun phrase that only points back at someone
 * else's words, and a span that runs on into a speech verb of its own and the direct quote it introduces.
 */

/**
 * "expressed a similar view", "echoed the same concern", "voiced such a hope": a noun phrase that only likens itself to
 * words said elsewhere says nothing itself (an object-noun cue with content, `voiced support for A`, is reported:
 * docs/annotation-guide.md), so the sieve abstains rather than show a quote with no content. A demonstrative
 * (`welcomed these differing viewpoints`) names what was said and stays reported (cueVerb tests).
 */
const POINTS_BACK = /^(?:a\s+similar|similar|the\s+same|such\s+an?|such)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+$/iu;

/** Whether the content [start, end) is a noun phrase that only points back at words said elsewhere. */
export const pointsBack = (text: string, start: number, end: number): boolean => POINTS_BACK.test(text.slice(start, end));

/** A speech participle right before a quote mark, with the "by", comma or adverb that leads to it. */
const PARTICIPLE_LEAD = /(?:\s*,)?(?:\s+by|\s+(?:further|also|then|later|while|before|after|\p{Ll}+ly))?\s+(\p{L}+ing)\s*[,:]?\s*$/u;

/**
 * Where the content [start, end) should stop when a speech participle inside it introduces a direct quote that opens
 * at `open` (`underlined the call for cooperation by saying "we are ready …"`, `…, further saying, "…"`): the
 * participle is the direct quote's cue, not part of the reported content, so the content ends before it. A finite verb
 * (`as Canon Law demands "…"`) has a subject of its own and may be part of what was said (a partial quote inside
 * reported speech, docs/annotation-guide.md), so it is left alone. `end` when no speech participle leads to the mark.
 */
export function beforeOwnCue(text: string, start: number, end: number, open: number): number {
  if (open <= start || open >= end) return end;
  const lead = PARTICIPLE_LEAD.exec(text.slice(start, open));
  if (!lead || !isSpeechVerb(lead[1] ?? '')) return end;
  return start + lead.index;
}

/**
 * Where the content [start, end) should stop when it runs, after a comma, a semicolon or a colon, into a direct quote
 * that opens a sentence of its own and with which the content ends (`Professor Burrows also said resources and kits
 * would be accessible for schools and communities," For example, schools can run their own flag discussions …"`,
 * wikinews-new-zealand-flag-change-process-2015-05-07; `As … Ilyse Hogue pointed out, the anti-abortion movement now has
 * the opportunity to work at the federal level; "We're living at the apex of …"`, wikinews-anti-abortion-march-for-
 * life-draws-thousands-washington-2017-01-27): the quoted sentence is a direct quote that its own sieves read, and the
 * reported words end at the mark (the dev golds of those articles; docs/annotation-guide.md gives a direct quote beside
 * reported words an entry of its own). A quoted name the content goes on past (`said the slogan, "Make America Great Again",
 * was …`) stays inside. `end` when no such quote ends the content. Offsets are UTF-16, into the block's text, half-open.
 */
export function beforeTrailingQuote(text: string, start: number, end: number, quote: DirectSpan): number {
  if (quote.open <= start || quote.open >= end || !/^\p{Lu}/u.test(text.slice(quote.start, quote.start + 1))) return end;
  const comma = /[,;:]\s*$/.exec(text.slice(start, quote.open));
  if (!comma) return end;
  const after = quote.close === null ? '' : text.slice(quote.close + 1, end);
  return /^[\s\p{P}]*$/u.test(after) ? start + comma.index : end;
}

/**
 * A conjunction, then a subject (a name of at most four words, with or without "the", or a pronoun), then a word that
 * may be its speech verb, perhaps negated: `Saud al Faisal said that talks had begun, but he did not say whether a ransom
 * would be paid` (a fresh Wikinews page, November 2008) ends what he said before the "but". "It" stands for a document
 * or an outlet: `highlighted … that China "could not tolerate the intolerable" regarding the Scarborough Shoal dispute and
 * it revealed that …` (gv-china-philippines-scarborough-shoal-tension-rises-2012-05-10) holds two statements.
 */
const COORDINATED_CUE =
  /(?:,\s*|\s+)(?:and|but|while|whereas)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:he|she|they|it)\s+)(?:(?:did|does|do|would|will|could)\s+not\s+)?(\p{Ll}+)\b/gu;

/**
 * A possessed noun phrase with no verb of its own, then "and", a name and a finite verb: ` its first coronavirus
 * infections and Zambia had …` of `Malawi confirmed its first coronavirus infections and Zambia had its first
 * coronavirus-related death` (wikinews-sars-cov-2-surpasses-one-million-infections-2020-04-05). Group 1 is the noun phrase.
 */
const POSSESSED_THEN_CLAUSE =
  /^\s*((?:its|his|her|their)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|and|but|or|that|which|who)\b)[\p{Ll}\d'’-]+(?<!ed)\s+){0,5}?[\p{Ll}\d'’-]+)\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:had|has|was|were|is|are|\p{Ll}{3,}ed)\b/u;

/**
 * Where the content [start, end) should stop when it is a possessed noun phrase, the object of the cue, and "and" opens
 * another subject's clause after it (`POSSESSED_THEN_CLAUSE`): what Zambia had is the writer's next fact, not what Malawi
 * confirmed. `end` otherwise.
 */
export function beforeOtherSubject(text: string, start: number, end: number): number {
  const object = POSSESSED_THEN_CLAUSE.exec(text.slice(start, end));
  return object ? start + (object[0].length - object[0].trimStart().length) + (object[1]?.length ?? 0) : end;
}

/**
 * An absolute clause with "with": a comma, "with", a noun phrase of people and a participle of speech or belief, then
 * what they said or believe (`, with other protestors believing that …`). Group 1 is a closing mark after the comma, group 2
 * the participle.
 */
const WITH_OTHERS_SAYING =
  /,(["”’]?)\s+with\s+(?:(?:some|many|other|others|most|several|the|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+ing)\s+(?:that\s+)?\p{L}/u;

/**
 * Where the content [start, end) should stop before an absolute clause whose own subject says or believes something:
 * `Demonstration organizer Avery Ng describes Hong Kong as not being a "true democracy," with other protestors believing
 * that Hong Kong would never gain the right to vote` (a fresh Wikinews page, March 2012). The others' belief is theirs,
 * not the first speaker's. `end` when there is none.
 */
export function beforeOthersSaying(text: string, start: number, end: number): number {
  const found = WITH_OTHERS_SAYING.exec(text.slice(start, end));
  const participle = found?.[2] ?? '';
  if (!found || !(BELIEVING.test(participle) || isSpeechVerb(participle))) return end;
  // A comma inside a partial quote's marks stays with the quote: the content ends after the closing mark.
  return start + found.index + (found[1] ? 1 + found[1].length : 0);
}

/** Participles of belief, which report a view as speech verbs do. */
const BELIEVING = /^(?:believing|thinking|fearing|hoping|feeling|expecting)$/;

/** "citing" as a participle, after a comma or not, with no auxiliary before it ("is citing" is a clause's verb). */
const CITING = /(?<!\b(?:is|are|was|were|been)),?\s+citing\s/u;

/**
 * Where the content [start, end) should stop before "citing" and the sources the report rests on: `multiple news outlets
 * reported Hamza bin Laden to be dead citing sources within the United States Department of Defense`
 * (wikinews-trump-says-hamza-bin-laden-killed-2019-09-17). Whom a report cites tells where the writer's source got it, no
 * part of what it said (no development gold's reported text holds a participle "citing"). `end` when there is none.
 */
export function beforeCiting(text: string, start: number, end: number): number {
  const citing = CITING.exec(text.slice(start, end));
  return citing ? start + citing.index : end;
}

/**
 * Where the content [start, end) should stop when it runs on into a clause with a speaker and a speech verb of its own
 * (`Trump described the story as possibly a hoax and the White House claimed it did not brief Trump on the matter`,
 * Wikinews, On the campaign trail in the USA, June 2020): what the second speaker claimed is theirs, not the first's.
 * The content before the conjunction keeps at least four words (`said she and Smith told police …` is one clause).
 * `end` when the content has no such clause.
 */
export function beforeCoordinatedCue(text: string, start: number, end: number): number {
  const content = text.slice(start, end);
  for (const m of content.matchAll(COORDINATED_CUE)) {
    // A negated speech verb ("but he did not say") opens a clause of its own after fewer words.
    const least = /\snot\s/.test(m[0]) ? 2 : 4;
    if (!(isSpeechVerb(m[2] ?? '') || contrastedAct(content, m)) || wordCount(content, { start: 0, end: m.index }) < least) continue;
    return start + m.index;
  }
  return end;
}

/** A past verb, after an adverb in -ly or not: "fully endorsed", "opposed". */
const PAST_ACT = /^(?:\s+\p{Ll}+ly)?\s+(\p{Ll}+)\b/u;

/**
 * Whether the conjunction `m` found is "while" or "whereas" before a capitalised name and a past verb of taking a side
 * (`STANCE_VERBS`): `Blankenship and Carroll expressed opposition to Defund the Police while La Riva fully endorsed it` (Wikinews,
 * On the campaign trail in the USA, October 2020) sets another person's act against the speaker's words, in the
 * writer's voice; what La Riva did is no part of what Carroll expressed. Any other act may be part of the words: in
 * "Senator Smith said the company's profits rose sharply while Apple struggled" Apple's quarter is what Smith said.
 */
function contrastedAct(content: string, m: RegExpMatchArray): boolean {
  if (!/^(?:,\s*|\s+)(?:while|whereas)\s+\p{Lu}/u.test(m[0])) return false;
  const verb = m[2] === undefined ? undefined : PAST_ACT.exec(content.slice((m.index ?? 0) + m[0].length - m[2].length - 1))?.[1];
  return verb !== undefined && STANCE_VERBS.has(verb);
}

/** A contrast that opens a clause of its own: "while", "whereas", "although", "even though", after a comma or not. */
const CONTRAST = /(?:,\s*|\s+)(?:while|whereas|although|even\s+though)\s+(?=(?:the|a|an)\s|\p{Lu})/gu;
/** A relative set off by commas right after the contrast's subject: ", who call themselves the Muadh ibn Jabal Brigades,". */
const RELATIVE_ASIDE = /,\s+(?:who|which)\s+[^,;:"“”]{1,80},/u;
/**
 * Whether the words `rest`, right after a contrast, hold a speech verb of their own within nine words, with no clause
 * break before it but a relative set off by commas: a subject ("the Department of Justice", "his responses in the
 * interview"), perhaps an auxiliary or an adverb, then the verb. Another source's words, set beside the speaker's.
 */
function otherSpeaker(rest: string): boolean {
  const words = rest.replace(RELATIVE_ASIDE, '').split(/\s+/).slice(0, 10);
  for (const [i, word] of words.entries()) {
    // Lower case: "United States Senator …" holds a name's "States", no verb.
    if (i > 0 && /^\p{Ll}/u.test(word) && isSpeechVerb(word)) return true;
    if (/[,;:.?!"“”()]/u.test(word)) return false;
  }
  return false;
}

/**
 * Where the content [start, end) should stop when a contrast brings in another source that speaks for itself:
 * `The Department of Homeland Security issued a statement saying they would comply with the order while the Department
 * of Justice requested an emergency stay of the judge's ruling` (wikinews-travel-to-us-resumes-federal-judge-blocks-
 * executive-order-2017-02-05), `The government has confirmed that the three journalists are all still alive, even though
 * the terrorists, who call themselves the Muadh ibn Jabal Brigades, stated that …` (wikinews-romanian-government-asks-
 * kidnappers-release-journalist-2005-04-30): the writer sets the other source's words against the speaker's, and they
 * are no part of what the speaker said (the golds end the content before the contrast). Only a subject with an article
 * or a capital and a speech verb: "said profits rose while Apple struggled" and "said he would come, although he was
 * tired" may be the speaker's own, and "although his responses in the interview described …" are the speaker's other
 * words, which a direct quote inside them shares. The content before the contrast keeps at least four words. `end` when
 * no such contrast follows.
 */
export function beforeContrastedSpeaker(text: string, start: number, end: number): number {
  const content = text.slice(start, end);
  for (const m of content.matchAll(CONTRAST)) {
    const before = content.slice(0, m.index);
    if (wordCount(before) < 4 || (before.match(/"/g)?.length ?? 0) % 2 === 1) continue;
    // The verb may lie past `end`, where the cue reader already cut the content before the other source's cue.
    if (otherSpeaker(text.slice(start + m.index + m[0].length, end + 120))) return start + m.index;
  }
  return end;
}

/** A contrast that sets the truth against what was said: ", but in reality", ", but in fact", ", but actually". */
const REFUTATION = /,?\s+but\s+(?:in\s+(?:reality|fact|truth)|actually)\b/giu;

/**
 * Where the content [start, end) should stop before a refutation: `Osama bin Laden suggested that he was operating in
 * the name of Islam, but in reality he makes a mockery of …` (Angela Merkel, quoted by Wikinews, May 2011). What comes
 * after "but in reality" is the writer's (or the quoting speaker's) answer to the claim, never the claim itself. `end`
 * when no refutation follows four words of content.
 */
export function beforeRefutation(text: string, start: number, end: number): number {
  for (const m of text.slice(start, end).matchAll(REFUTATION)) {
    if (wordCount(text, { start, end: start + m.index }) >= 4) return start + m.index;
  }
  return end;
}

/**
 * A conjunction, then a plural group (perhaps with a determiner and up to three words before its head), then perhaps an
 * adverb and a word that may be the group's verb. Group 1 is the head, group 2 the word after it.
 */
const GROUP_THEN_VERB =
  /(?:,\s*|\s+)(?:and|but|while|whereas)\s+(?:(?:the|some|many|most|other|several|both)\s+)?(?:[\p{L}.'’-]+\s+){0,3}?(\p{Ll}{3,})\s+(?:(?:also|still|now|further)\s+)?(\p{Ll}+)(?=\s)/gu;

/** A plural that names people or a group: a group noun, or a plural person noun by its ending ("officials", "investigators"). */
const speakingPlural = (head: string): boolean =>
  GROUP_SPEAKERS.has(head) || (/(?:ers|ors|ists|ians|ants|ents|als)$/.test(head) && !AGENTLESS_PLURALS.has(head));

/**
 * Where the content [start, end) should stop when it runs on into another group's view in the present: `Hamas have said
 * Israel had failed to ease its blockade of Gaza but Israeli officials insist that there was no commitment …`
 * (wikinews-hamas-ends-truce-with-israel-2008-12-18), `Witnesses reported acts of sexual violence …, and UN investigators
 * believe at least 10 women were victims of rape`. A plural present after a conjunction is no backshifted part of what
 * was reported: it is the writer's, or the other group's words. At least four words stay. `end` when there is none.
 */
export function beforeGroupView(text: string, start: number, end: number): number {
  const content = text.slice(start, end);
  for (const m of content.matchAll(GROUP_THEN_VERB)) {
    if (!VIEW_PRESENTS.has(m[2] ?? '') || !speakingPlural(m[1] ?? '') || wordCount(content, { start: 0, end: m.index }) < 4) continue;
    return start + m.index;
  }
  return end;
}
