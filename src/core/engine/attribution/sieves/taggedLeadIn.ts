import type { SentenceRange } from '../../../sentences';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';
import { foreignProse, wordsIn } from './translation';

/** The language tag Global Voices prints after a link to a source in another language: "[ru]", "[es]", "[AM]". */
const LANGUAGE_TAG = /\[\p{L}{2,3}\]/u;

/** A lower-case word and "that" opening a clause: what follows is the clause a verb or noun takes ("suggested that"). */
const THAT_CLAUSE = /\b\p{Ll}+\s+that\s/u;

/**
 * `In a post [ru] titled, "The Bloody Sunday of the 21st Century," blogger Sparkman likened the violence outside
 * Bolotnaia Square to the 1905 massacre …` then a Russian paragraph and its English (gv-russia-putin-return-online-
 * polemics-2012-05-09), `Voice of the Nightingale voiced its concerns [AM] with the government's disregard for rule of
 * law.` then an Armenian one (gv-armenia-mashtots-park-kiosks-removed-2012-05-02): a lead-in that ends in a full stop
 * but links its source's words in their language does what a colon does when the next paragraph is prose in that
 * language, which an English article's writer does not write. The speaker is the subject of the sentence's main clause
 * (`CueReader.coordinatedSubject`, as for a participle after a comma), a person or an organisation named by name; null
 * otherwise (the quotation then stays unattributed). `next` is the next quotable paragraph; `last` the paragraph's last
 * sentence (UTF-16 offsets, half-open).
 */
export function taggedLeadIn(block: number, text: string, last: SentenceRange | undefined, cues: CueReader, next: string | undefined): ColonCue | null {
  if (!last || next === undefined || !/\.\s*$/.test(text)) return null;
  const sentence = text.slice(last.start, last.end);
  if (!LANGUAGE_TAG.test(sentence) || wordsIn(next) < 8 || foreignProse(text) || !foreignProse(next)) return null;
  const stop = last.start + sentence.trimEnd().length - 1;
  const subject = cues.coordinatedSubject(block, stop, last.start);
  const entity = subject?.entity;
  if (!subject || !entity || subject.resolution !== 'name' || (entity.type !== 'person' && entity.type !== 'organization')) return null;
  // "In a searing open letter [es], Eduardo, a University of Matanzas professor and blogger who helped organize the
  // event, suggested that Díaz might be falling into the “counterrevolutionary” camp, espousing …."
  // (gv-cuba-bloggers-in-revolution-criticism-2012-05-18): a name in the clause a verb's "that" opens is never who
  // speaks; when the main clause's subject went unread, no one does.
  if (THAT_CLAUSE.test(text.slice(last.start, subject.ref.start))) return null;
  return { subject, cue: { block, start: subject.ref.start, end: stop } };
}
