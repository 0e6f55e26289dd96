import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { pastAsides } from './betweenCueAndContent';
import { opensBareClause } from './clauseStart';

/**
 * Words after the verb that are no object: the clause's end, or a time ("just days before", "a week earlier", "last
 * month"). "… postponing the early elections Netanyahu had announced just days before" (gv-israel-mofaz-derided-unity-
 * government-2012-05-09): the object stands before the verb, in the relative clause, and nothing after it was said.
 */
const NO_OBJECT =
  /^\s*(?:[,.;:!?)\]]|$|(?:just\s+|only\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:before|earlier|ago|later|prior)\b|(?:earlier|before|previously|since|yesterday|today|tonight|ago|then|now|last\s+(?:week|month|year|night))\b)/iu;

/** One word and a comma: "has announced plans, and the council will meet …" names nothing said. */
const LONE_WORD = /^\s+[\p{L}'’-]+\s*,/u;

/** The object up to the clause's first break (not the comma or point inside a number, "a 3,000-strong security force"). */
const OBJECT = /^(?:[^,;:.!?]|(?<=\d)[,.](?=\d))*/u;

/** A that-clause's opening, "that" and a word no auxiliary: what follows is a clause said, not the object's own verb. */
const CONTENT_THAT = /\bthat\s+(?!(?:is|are|was|were|will|would|shall|should|can|could|may|might|must|has|have|had)\b)/iu;

/** An auxiliary or a modal: a finite verb of the object's own ("funds and Syria is taxing", "that should have been"). */
const OWN_VERB = /\b(?:is|are|was|were|will|would|shall|should|can|could|may|might|must|has|have|had)\b/iu;

/**
 * Whether the object, up to its first comma or the clause's end, holds a verb of its own before any that-clause: a
 * clause joined to it ("China, Iran, and Russia have pledged funds and Syria is taxing certain goods …") or a relative
 * on it ("has estimated the number of interstellar dust particles that should have been captured by Stardust") makes
 * the words after the verb more than what was said.
 */
const objectHasOwnVerb = (after: string): boolean => {
  const object = OBJECT.exec(after)?.[0] ?? '';
  const that = CONTENT_THAT.exec(object);
  return OWN_VERB.test(that ? object.slice(0, that.index) : object);
};

/**
 * Whether a perfect ("has", "have" or "had" and the verb ending at `verbEnd`, a UTF-16 offset in `text`; `lower` the
 * verb in lower case) reads what follows as the simple past reads it. After "has" a participle is active ("has been"
 * makes the passive), so "The Movement for the Emancipation of the Niger Delta has claimed responsibility for a series
 * of recent attacks" (wikinews-nigerian-fuel-tanker-explosion-leaves-30-dead-2008-01-12), "The Ministry of Home Affairs
 * has declared the explosions an act of terrorism" (wikinews-buddhist-unesco-site-india-terrorist-attack-2013-07-08) and
 * "The army has denied using live ammunition" (wikinews-mubarak-summoned-egyptian-prosecutors-2011-04-10) are left to
 * the readers of the simple past ("claimed responsibility", "declared … an act", "denied using"), which tell an object
 * said from an object acted on. Not a time or the clause's end (`NO_OBJECT`), a lone word before a comma, an object
 * with a verb of its own (`objectHasOwnVerb`), nor "has added", which adds things more often than words; and not a bare
 * clause ("has stated reconstruction will cost …"), whose subject guards are the perfect's own (auxiliaryCue.ts).
 */
export function perfectAsPast(text: string, verbEnd: number, lower: string): boolean {
  const participle = lower !== 'added' && (/\p{L}{2,}ed$/u.test(lower) || IRREGULAR_PAST.has(lower));
  const after = text.slice(verbEnd, verbEnd + 300);
  return (
    participle &&
    !NO_OBJECT.test(after.slice(0, 60)) &&
    !LONE_WORD.test(after) &&
    !objectHasOwnVerb(after) &&
    !opensBareClause(text, pastAsides(text, verbEnd, lower))
  );
}
