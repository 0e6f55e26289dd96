import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';
import { leadInCue, namedAt, type LeadIn, type NamedWords } from './leadInCue';
import { quotedPerson } from './quotedPerson';

/**
 * A verb of passing on words, then a piece of writing "by" or "from" its author up to the colon that ends the sentence:
 * "shared a poem by Ahmed Fouad Negm:", "retweeted a statement by the Muslim Brotherhood:", "posted a statement from the
 * April 6 Youth Movement:", "shared an article written by Al Mariam Zelalem on his wall:" (gv-ethiopia-pen-award-eskinder-
 * nega-2012-05-02), "publishes [es] the explanation of Father Jose Chuquillanqui, episcopal vicary of the Archbishopric of
 * Lima:" (gv-peru-priest-gaston-garatea-banned-2012-05-21). Group 1 is the author's words, up to a language tag, a handle,
 * the wall or page it was shared on, or a comma's aside (a relative clause, or a role "of" a body).
 */
const SHARED_WORK = new RegExp(
  String.raw`\b(?:shared|posted|re-?posted|re-?tweeted|tweeted|circulated|forwarded|published|publishes|reproduced|reproduces|recited|translated)(?:\s*${LANGUAGE_TAG})?\s+` +
    String.raw`(?:a|an|the|this|that|one|part\s+of\s+(?:a|an|the))\s+(?:[\p{L}\p{N}-]+\s+){0,3}?` +
    String.raw`(?:statement|poem|letter|post|blog\s+post|tweet|message|song|article|note|comment|excerpt|passage|speech|editorial|column|essay|communique|explanation)\s+` +
    String.raw`(?:(?:written|penned|authored)\s+)?(?:by|from|(?<=explanation\s+)of)\s+([^,:;"“”()[\]]{2,80}?)(?:\s*\(@[\p{L}\p{N}_]+\))?(?:\s*${LANGUAGE_TAG})?` +
    String.raw`(?:\s+on\s+(?:his|her|their|its|the)\s+(?:(?:Facebook|Twitter)\s+)?(?:wall|page|timeline|profile|blog|account))?(?:\s*,\s+(?:who|which)\b[^:;"“”]*|,\s+(?:the\s+|an?\s+)?\p{Ll}+(?:\s+\p{Ll}+)?\s+of\s+[^,:;"“”]*)?\s*:\s*$`,
  'du',
);

/**
 * `Blogger Mona Seif shared a poem by Ahmed Fouad Negm:`, `Some users, like Ahmed Said (@ahmedsaid) [ar], retweeted a
 * statement by the Muslim Brotherhood:` (lane break35, wire-style sentences on the shape of the Global Voices lead-ins
 * `quotedPerson.ts` reads): the block after a colon sentence in which someone passes on a piece of writing by another is
 * the writing's author's words, not the sharer's (the guide's speaker is who wrote the words, `docs/annotation-guide.md`).
 * The author must be the one person or body the name pass read there, the name closing those words; else the block is
 * left unattributed, never given to the sharer. Null when the sentence has no such shape. `sentence` starts at
 * `sentenceStart` of `block`.
 */
const sharedWork = (cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null =>
  leadInCue(SHARED, cues, block, sentence, sentenceStart);

/** The person or body named as the work's author; else no one (a place, an author not read by name), never the sharer. */
function author(cues: CueReader, named: NamedWords): Subject {
  const subject = namedAt(cues, named);
  if (subject && subject.entity?.type !== 'place') return subject;
  return { ref: { block: named.block, start: named.start, end: named.end }, entity: null, resolution: 'unattributed', antecedent: null };
}

const SHARED: LeadIn = { pattern: SHARED_WORK, speaker: author };

/** Words someone passes on from another, whose block is the other's: the one quoted (`quotedPerson`), else a work's author. */
export const passedOnWords = (cues: CueReader, block: number, sentence: string, sentenceStart: number): ColonCue | null =>
  quotedPerson(cues, block, sentence, sentenceStart) ?? sharedWork(cues, block, sentence, sentenceStart);
