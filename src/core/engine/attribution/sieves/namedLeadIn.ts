import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { PICTURE_NOUNS } from '../../lexicon/pictureNouns';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

const PICTURES = [...PICTURE_NOUNS].join('|');

/**
 * Words that show the colon sets off something shown or listed, not the source's words: `Amir Schiby posted this altered
 * campaign banner …:`, `Twitter user Dudinha Sales shared an image of the crowd …:`, `Ruslan's News reposted a quote from
 * Evgeni Malkin:` (whose words they are is another's), `… lists these:`.
 */
const SHOWN = new RegExp(
  `\\b(?:${PICTURES}|videos?|maps?|footage|clips?|remix|songs?|poems?|following|below|as follows|these|this|here|list|lists|listed|including|included|includes?|quotes?|quoted|quoting)\\b`,
  'i',
);

/** A still picture a colon sentence presents (`PICTURE_NOUNS`). */
const MEDIA = new RegExp(`\\b(?:${PICTURES})\\b`, 'i');

/**
 * Whether a colon sentence presents a still picture: what it sets off describes or shows the picture, so the person the
 * sentence opens with is no speaker of it.
 */
export const showsMedia = (sentence: string): boolean => MEDIA.test(sentence.replace(/["“][^"“”]*["”]/g, ' '));

/**
 * Whether a colon sentence announces a list (`NASA hardware aboard the lander includes:`, `… identified the following
 * personas:`, `Media accreditation deadlines are as follows:`): what it sets off is the writer's list, whoever the
 * sentence opens with.
 */
export const announcesList = (sentence: string): boolean => LISTING.test(sentence);

const LISTING = /\b(?:following|as follows|below|includes?|including|included|list|lists|listed)\b/i;

/** What follows a present-tense verb: a determiner, a pronoun, a preposition or the colon. */
const PRESENT_OBJECT = /^\s*(?::|(?:the|a|an|its|his|her|their|our|that|this|to|with|on|about|up|out|for|in|how|why|what|some|several|many)\b)/;

/** Verb forms that are no act of the source: auxiliaries and the copula, which ask for more than a name before the colon. */
const NOT_ACTS = new Set(['is', 'was', 'has', 'had', 'does', 'did', 'says', 'its', 'this', 'his', 'us', 'as']);

/** Whether a word is a past (-ed or irregular) or present third-person form of a lexical verb. */
const verbForm = (word: string) => !NOT_ACTS.has(word) && (/^\p{Ll}{2,}ed$/u.test(word) || IRREGULAR_PAST.has(word) || /^\p{Ll}{2,}[^s']s$/u.test(word));

/**
 * `Chan Kwan Yeung defended Lady Gaga [zh]:` / `Zeinobia referred to another Egyptian detainee:` / `Ianyan updates its
 * readers, examining motives:` / `Isaac disagrees:` — a colon sentence whose subject is a named person or organisation
 * acting with a verb that is no speech verb: a blog round-up (Global Voices) presents the post it quotes so, and the
 * block quotation set off after it is that source's words. The name must open its clause (at the sentence's start,
 * after a comma, or after at most three lower-case words such as `blogger`) and come right before the verb (an
 * `also`, a bracketed language tag or a parenthesised handle between); the sentence must quote nothing and show or
 * list nothing (`SHOWN`). `offset` is where the sentence starts in the block (UTF-16). Null when no name is written so.
 */
export function namedLeadIn(sentence: string, offset: number, block: number, cues: CueReader): Subject | null {
  // "… launched three working groups to deliver:" sets off what they are for, a list.
  if (/["“”]/.test(sentence) || SHOWN.test(sentence) || /\bto\s+\p{L}+\s*:\s*$/u.test(sentence)) return null;
  for (const word of sentence.matchAll(/\p{L}+/gu)) {
    if (!verbForm(word[0])) continue;
    // A word in -s is a verb only before what a verb takes ("updates its readers", "disagrees:"), not a lower-case
    // handle or a plural ("Photoblogger chookooloonks meanwhile, confessed").
    const after = sentence.slice(word.index + word[0].length);
    if (!/ed$/.test(word[0]) && !IRREGULAR_PAST.has(word[0]) && !PRESENT_OBJECT.test(after)) return null;
    const subject = cues.subjectBefore(block, offset + word.index, offset);
    if (!subject?.entity || subject.resolution !== 'name' || (subject.entity.type !== 'person' && subject.entity.type !== 'organization')) return null;
    const before = sentence.slice(0, subject.ref.start - offset);
    const between = sentence.slice(subject.ref.end - offset, word.index);
    // "Blogger happydsf [id], voices his concern:" (Global Voices, Indonesia, May 2012): the word for a user may open the
    // sentence, capitalised, before a screen name.
    const opensClause = /(?:^|[,;]\s+)(?:(?:Blogger|Photoblogger|User|Commenter|Netizen)\s+)?(?:\p{Ll}+\s+){0,3}$/u.test(before);
    // "Another blogger, Tototapalnise [id], tries …:" (Global Voices, Indonesia, May 2012): the comma that closes a name
    // set off after a description.
    const nextToVerb = /^\s*(?:\([^()]{1,40}\)\s*)?(?:\[[a-z]{2,3}\]\s*)?(?:,\s+)?(?:also\s+)?$/.test(between);
    // "Isaac disagrees:" — but "Action items:" is a heading: a verb with nothing after it only after a person's name.
    const complement = /\p{L}/u.test(sentence.slice(word.index + word[0].length));
    return opensClause && nextToVerb && (complement || subject.entity.type === 'person') ? subject : null;
  }
  return null;
}
