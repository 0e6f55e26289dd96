import type { FoundEntity } from '../entities/types';
import { firstNameGender } from '../lexicon/firstNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { Gender } from './gender';
import { objectBefore } from './objectBefore';
import type { Referent } from './types';

/**
 * The people of `others` named after `focus` in its paragraph whom a pronoun of `gender` may mean: neither the gender
 * the text states for them (`genderOf`) nor their first name sets them against it.
 */
function laterOfGender(focus: Referent, others: ReadonlyArray<Referent>, gender: Gender, genderOf: (entity: FoundEntity) => Gender | null): Array<Referent> {
  const opposite: Gender = gender === 'male' ? 'female' : 'male';
  return others.filter((p) => {
    if (p.at.block !== focus.at.block || p.at.start <= focus.at.end) return false;
    const stated = genderOf(p.entity);
    return (stated === null || stated === gender) && firstNameGender(p.entity.name.split(/\s+/)[0] ?? '') !== opposite;
  });
}

/** A verb that sends someone to act, then perhaps their title, right before their name: "asked Vice President ". */
const SENDER_BEFORE =
  /(?<![\p{L}-])(?:asked|asks|invited|invites|urged|urges|sent|sends|called\s+on|called\s+upon|requested|directed|tasked|dispatched)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** "to" and a verb of going to or taking part in an event, right after the name: " to attend", " to address". */
const TO_EVENT = /^\s+to\s+(?:attend|address|speak|represent|lead|join|visit|appear|deliver|open|head|travel|go)\b/;

/**
 * Whether the person at `p` speaks in their own right: right before a speech verb of their own, an adverb perhaps
 * between ("a charge that Correa quickly denied. \"I cannot accept Uribe's lies,\" he said.", AMALGUM_news_leaders),
 * and not as the one addressed ("… and addressed Prime Minister Narendra Modi demanding …", `objectBefore`).
 */
function speaksNext(p: Referent, text: string): boolean {
  const verb = /^\s+(?:also\s+|later\s+|then\s+|\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(text.slice(p.at.end))?.[1];
  if (verb?.endsWith('ing') && objectBefore(text.slice(Math.max(0, p.at.start - 80), p.at.start), true)) return false;
  return verb !== undefined && isSpeechVerb(verb);
}

/** Whether the person at `p` is sent to an event, where they are the one there to speak: "asked Vice President Mike Pence to attend". */
const sentToEvent = (p: Referent, text: string): boolean =>
  SENDER_BEFORE.test(text.slice(Math.max(0, p.at.start - 80), p.at.start)) && TO_EVENT.test(text.slice(p.at.end, p.at.end + 30));

/**
 * The second speakers of a sentence about `focus` that a pronoun of `gender` may as well mean: those of `others` named
 * after the focus in the same paragraph, whose gender the text (`genderOf`) and first name do not set against the
 * pronoun, who either speak right there ("President Andrzej Duda said the victims were … while Interior Minister
 * Joachim Brudziński wrote he had ordered fire safety checks …. He tweeted, “…”", fresh Wikinews 2019) or are sent to an
 * event ("Trump specifically asked Vice President Mike Pence to attend the march. "Life is winning in America!" he told
 * the crowd", wikinews-anti-abortion-march-for-life-draws-thousands-washington-2017-01-27: the one sent is the one there
 * to speak). Empty when there is none. `texts`: the blocks' texts the offsets are in.
 */
export function rivalSpeakers(
  focus: Referent,
  others: ReadonlyArray<Referent>,
  gender: Gender,
  texts: ReadonlyArray<string>,
  genderOf: (entity: FoundEntity) => Gender | null,
): Array<Referent> {
  return laterOfGender(focus, others, gender, genderOf).filter((p) => {
    const text = texts[p.at.block] ?? '';
    return speaksNext(p, text) || sentToEvent(p, text);
  });
}

/**
 * Whom a he or she means after a sentence with second speakers (`rivalSpeakers`): the one person among them, by the
 * preference for the previous speaker over the previous subject (Muzny et al. 2017, "A two-stage sieve approach for
 * quote attribution": a pronoun cue goes to the speaker nearest before it). "At the summit, Uribe charged Correa's
 * government of having links with the FARC rebels, a charge that Correa quickly denied. "I cannot accept Uribe's
 * lies," he said." (wikinews-south-american-leaders-end-border-dispute-2008-03-08): Correa. Measured on the whole
 * development half in session 44: 7 quotes of 3 articles, all right. Null when the rivals are two people or more.
 * The referent is marked `later-speaker`, so that calibration measures the preference apart from a plain pronoun.
 */
export function laterSpeaker(rivals: ReadonlyArray<Referent>): Referent | null {
  const last = rivals.at(-1);
  if (!last || rivals.some((r) => r.entity !== last.entity)) return null;
  return { entity: last.entity, at: last.at, by: 'later-speaker' };
}
