import type { SentenceRange } from '../../../sentences';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';
import type { ColonCue } from './colonBlock';
import { foreignProse } from './translation';

/**
 * A verb and the words it hands over, named by a noun, with no colon after them: `left this message`, `texted this message
 * on the website`, `summed up his feelings`, `expresses his condolences [fr] to the passengers …`, `quotes one of its
 * Facebook contacts`. Group 1 is the verb.
 */
const PRESENTED =
  /\b(\p{Ll}+(?:\s+up)?)\s+(?:(?:this|these|the\s+following)\s+(?:message|messages|comment|comments|note|words|reply|response|post)|(?:his|her|their|its)\s+(?:feelings|thoughts|condolences|views|opinion|opinions|frustration|reaction|sadness|anger)|one\s+of\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:contacts|friends|readers|commenters|followers))\b[^.:;!?"“”]{0,80}\.?\s*$/u;

/** A word before a name that shows the name is a blog's or a user's, whatever type the name pass gave it: "the blogger ZDistrict". */
const WRITER_NOUN = /\b(?:blogger|blog|commenter|user|site|forum)\s+$/i;

/** An indefinite pronoun as the whole subject, the sentence's connector aside: "Another", "Someone", "One reader". */
const INDEFINITE_SPEAKER = /^\s*(?:(?:And|But|Meanwhile|Similarly|Finally),?\s+)?(?:Another|Someone|Somebody|One|Others|Another\s+\p{Ll}+|One\s+\p{Ll}+)\s+$/u;

/** Whether a paragraph's last sentence presents someone's words without a colon (see `fullStopLeadIn`). */
export const leadsIn = (sentence: string): boolean => PRESENTED.test(sentence) && !/:\s*$/.test(sentence);

/** Whether a paragraph reads as someone's own words, not a writer's report: in the first person, or prose in another language. */
const ownWords = (text: string): boolean => foreignProse(text) || /(?<![.\p{L}])I(?:'m|’m|'ve|’ve)?(?![.\p{L}])|\b(?:my|My|we|We)\b/u.test(text);

/**
 * `Monika Neff from Malaysia left this message` / `From Kuwait, the blogger ZDistrict summed up his feelings.` — a blog
 * round-up (Global Voices) may present a post in a sentence ending in a full stop or in nothing: the verb and a noun for
 * the words ("this message", "his feelings", "his condolences") do what a colon does. The next paragraph is the named
 * source's words only when it reads as their own: in the first person or in another language (then its translation
 * follows); otherwise it is the writer's. `next` is the next quotable paragraph. Null unless a named person or
 * organisation (or a blog named after "the blogger") acts so, or quotes someone unnamed ("quotes one of its Facebook
 * contacts."), or one the writer leaves unnamed presents them ("Another voiced their opinion as a Facebook status
 * update."): those words then stay unattributed.
 */
export function fullStopLeadIn(block: number, last: SentenceRange | undefined, cues: CueReader, next: string | undefined): ColonCue | null {
  if (!last || next === undefined) return null;
  const text = cues.texts[block] ?? '';
  const sentence = text.slice(last.start, last.end);
  const found = leadsIn(sentence) ? PRESENTED.exec(sentence) : null;
  if (!found || /["“”]/.test(sentence.slice(0, found.index))) return null;
  const at = last.start + found.index;
  // "The blog also notes … and quotes one of its Facebook contacts.": the words are the unnamed contact's, addressed to
  // the reader ("do you see the cycle?") as often as in the first person.
  if (/^quote[sd]$/.test(found[1] ?? '') && (ownWords(next) || /\byou\b|\?\s*$/i.test(next))) {
    const ref = { block, start: at, end: last.start + sentence.trimEnd().replace(/\.$/, '').length };
    return { subject: { ref, entity: null, resolution: 'unattributed', antecedent: null }, cue: ref };
  }
  if (!ownWords(next)) return null;
  // "Another voiced their opinion as a Facebook status update.": one the writer leaves unnamed presents the words.
  if (INDEFINITE_SPEAKER.test(sentence.slice(0, found.index))) {
    const ref = { block, start: last.start, end: at + (found[1]?.length ?? 0) };
    return { subject: { ref, entity: null, resolution: 'unattributed', antecedent: null }, cue: ref };
  }
  const named = cues.speakerBefore(block, at, last.start) ?? writerBefore(text, last.start, at, block, cues);
  if (!named?.entity || named.resolution !== 'name') return null;
  const blog = WRITER_NOUN.test(text.slice(last.start, named.ref.start));
  if (named.entity.type !== 'person' && named.entity.type !== 'organization' && !blog) return null;
  const subject: Subject = named.entity.type === 'place' ? cues.handleSource(block, named.ref.start, named.ref.end) : named;
  return { subject, cue: { block, start: subject.ref.start, end: at + (found[1]?.length ?? 0) } };
}

/**
 * `the blogger ZDistrict` right before the verb: the blog's or user's name after a writer noun, however the name pass
 * typed it (it may read a blog's name as a place). Null when the words before the verb are not so.
 */
function writerBefore(text: string, from: number, at: number, block: number, cues: CueReader): Subject | null {
  const found = /\b(?:blogger|commenter|user)\s+(\p{Lu}[\p{L}\p{N}_.-]*(?:\s+\p{Lu}[\p{L}\p{N}_.-]*){0,3})\s+$/u.exec(text.slice(from, at));
  if (!found?.[1]) return null;
  const start = from + found.index + found[0].length - found[1].length - (found[0].length - found[0].trimEnd().length);
  return cues.handleSource(block, start, start + found[1].length);
}
