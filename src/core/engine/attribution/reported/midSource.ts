// A source set inside the sentence it backs ("…, but, according to his agent, Hunter had …"): where its content starts.
import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { hasClause } from './notACue';
import { opensClause } from './clauseStart';
import type { ReportedCase } from './reported';

/**
 * A time, place or cause put first: "On Sunday in London", "Earlier this week", "Outside the court", "Longer term", "As a
 * result of Saturday's unrest" (fresh Wikinews, Washington DC protest, 17 November 2020), "Following the crash", "Amid …".
 */
const FRONTED =
  /^\s*(?:on|in|at|during|after|before|since|last|earlier|later|early|late|by|from|near|outside|inside|overnight|longer|long|as\s+(?:a\s+result\s+of|of)|following|amid|despite|due\s+to|because\s+of|throughout)\b/i;

/** A conjunction that opens a new clause right before the source: "…, but, according to his agent, Hunter had …". */
const OPENING_CONJUNCTION = /(?:^|[,\s])\s*(?:but|and|because|so|yet|while|although|though)\s*,?\s*$/i;

/** "and" or "but" and a comma right before the source: the source is set off inside the coordinated part. */
const SET_OFF_AFTER_CONJUNCTION = /(?:^|[\s,;])(?:and|but),\s*$/i;

/** A predicate's first word: an adverb, an auxiliary or a past form, where a clause's subject would stand. */
const PREDICATE_FIRST = /^(?:also|then|later|still|was|were|is|are|had|has|have|would|will|could|can|may|might|must|should|did|does|do|\p{Ll}+ed)\b/u;

/**
 * "On Sunday in London, according to witness accounts, a man … entered a store", "…, but, according to his agent, Hunter
 * had undergone surgery": a source set mid-sentence after words with no verb (a time or a place put first) or after a
 * conjunction backs the clause that follows, which is the content (docs/annotation-guide.md: `according to X,` … up
 * to the end); the words before it are not what was said (AP style puts attribution mid-sentence this way). Returns
 * where that clause starts, or null when the source does not stand so.
 */
export function midSentenceClause(c: ReportedCase, start: number, at: number, sourceEnd: number, namedSource = false): number | null {
  if (namedSource && bareClauseAfterConjunction(c, c.text.slice(start, at), sourceEnd)) return sourceEnd;
  const after = /^[^,;:"“”]*,\s+(?!(?:who|which|whose|where|when|and|but|as|citing|adding|saying)\b)([^;:"“”]+)/i.exec(c.text.slice(sourceEnd, c.end));
  const before = c.text.slice(start, at);
  const rest = after?.[1] ?? '';
  // A possessive is no verb in a fronted phrase ("As a result of Saturday's unrest"), though hasClause reads "'s" as "is".
  const fronted = (FRONTED.test(before) && !hasClause(before.replace(/['’]s\b/g, ''))) || OPENING_CONJUNCTION.test(before);
  if (after !== null && fronted && hasClause(rest) && !PREDICATE_FIRST.test(rest)) return sourceEnd + after[0].length - rest.length;
  // "…; but, according to her memoirs, also had …", "…, largely Kurdish and, according to Turkey, supportive of the PKK":
  // a source set off by commas right after "and" or "but" backs the coordinated part that follows it, a predicate or
  // an adjective phrase whose subject came before (docs/annotation-guide.md, "A cue inside the reported clause").
  if (after !== null && SET_OFF_AFTER_CONJUNCTION.test(before)) return sourceEnd + after[0].length - rest.length;
  return after !== null && sourceInsideClause(before, rest) ? sourceEnd + after[0].length - rest.length : null;
}

/**
 * Words that leave their clause open when the source follows them: a relative, a copula or auxiliary, a preposition
 * ("One child was, according to the fire service, among the dead", "Gen Zers who, according to some researchers, will be
 * …", "including, according to government reports, 54 small children"). Not "and" or "but" (OPENING_CONJUNCTION's).
 */
const OPEN_END = /\b(?:who|which|where|was|were|is|are|be|been|has|have|had|will|would|including|of|with|from|than)\s*,?\s*$/i;

const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)$/i;

/** A subject standing alone, with no verb: "Tesco's Polish operation", "The pirate metrics framework". */
const BARE_SUBJECT = /^[\s"“]*(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,5}[\p{L}\p{N}'’.-]+\s*,\s*$/iu;

/**
 * A source set inside the clause it backs (docs/annotation-guide.md, "A cue inside the reported clause": the content
 * is what comes after the cue): after words that leave the clause open, or between a bare subject and its predicate
 * ("Tesco's Polish operation, according to Gazeta Wyborcza in March, is too big for a single monolithic sale").
 */
function sourceInsideClause(before: string, rest: string): boolean {
  if (OPEN_END.test(before)) return true;
  // hasClause reads plural nouns and possessives as verbs ("metrics", "Tesco's"): a subject is read by its words here.
  const verb = before.split(/[\s,"“]+/).some((w) => AUXILIARY.test(w) || /\p{Ll}{2,}ed$/u.test(w) || IRREGULAR_PAST.has(w));
  return BARE_SUBJECT.test(before) && !FRONTED.test(before) && !verb && PREDICATE_FIRST.test(rest);
}

/** A pronoun or a determiner right after a source written with no comma: where the clause it backs begins. */
const BARE_CLAUSE_START = /^\s+(?:he|she|they|it|we|there|the|a|an|this|these|those|his|her|their|its)\s/u;

/**
 * "Mugabe was hospitalized in Singapore for several months this year and according to the Ministry of Foreign Affairs he
 * died at Gleneagles Hospital in the morning" (wikinews-robert-mugabe-dies-aged-95-2019-09-09): after a conjunction, a
 * source the text names and with no comma after it backs the clause that follows it, as "According to X he died …" does
 * at a sentence's start (bareSource.ts). Only a source the name pass took, whose end is known: an unnamed one's words
 * would run on into the clause (the caller's `namedSource`). `before` is the sentence up to "according to"; `sourceEnd`
 * a UTF-16 offset.
 */
function bareClauseAfterConjunction(c: ReportedCase, before: string, sourceEnd: number): boolean {
  return OPENING_CONJUNCTION.test(before) && !/,\s*$/.test(before) && BARE_CLAUSE_START.test(c.text.slice(sourceEnd, c.end)) && opensClause(c.text, sourceEnd);
}
