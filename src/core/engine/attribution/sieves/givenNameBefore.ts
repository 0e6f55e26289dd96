import { givenNameBearers } from '../firstMentions';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/**
 * A capitalised word alone as a clause's subject, right before its verb: where the sentence opens, after an opening
 * phrase's comma, or after the full stop of the sentence before (the colon sentence may run on from it). Group 1 is the word.
 */
const LONE_WORD = /(?:^|[,.!?]\s+)(\p{Lu}[\p{Ll}\p{M}'’-]{2,})\s+(?:(?:also|then|later|now|further)\s+)?$/u;

/** How many sentence ends (a full stop, question or exclamation mark before a space) `between` holds. */
const sentenceEndsBetween = (between: string): number => between.match(/[.!?]["”’]?\s/g)?.length ?? 0;

/**
 * `The following is an eye-witness account [ar] by blogger Bassem Zakaria El-Samragy, who was at the sit-in. Bassem
 * writes:` (gv-egypt-abbassiya-clashes-eyewitness-2012-05-02): a given name alone before the speech verb at `verbAt` of
 * `block` calls the person the text named in full just before, when the name lists know no such given name and the
 * name pass left it to no one. AP style calls a person by the family name, but a blog round-up calls a blogger by the
 * given name a sentence after naming them. The person must be the person named last before it (anyone named between
 * could be meant), and the only one of the article whose name opens with the word, unless that person is named in the
 * same sentence or the one right before it: then the lone name follows that namesake directly (`The journalist Bassem
 * Sabry Mahmoud tweeted … blogger Bassem Zakaria El-Samragy, who was at the sit-in. Bassem writes:`), and further back
 * a namesake leaves it unsettled. Null otherwise. `sentenceStart` is where the colon sentence starts; offsets are UTF-16
 * code units.
 */
export function givenNameBefore(cues: CueReader, block: number, sentenceStart: number, verbAt: number): Subject | null {
  const text = cues.texts[block] ?? '';
  const found = LONE_WORD.exec(text.slice(sentenceStart, verbAt));
  const word = found?.[1];
  if (!found || !word) return null;
  const start = sentenceStart + found.index + found[0].indexOf(word);
  const end = start + word.length;
  if (cues.mentions.between(block, start, end).length > 0) return null;
  const bearers = new Set(givenNameBearers(word, cues.mentions).map(([e]) => e));
  const last = cues.mentions.latest((e) => e.type === 'person', block, start);
  const entity = last?.entity;
  if (!last || !entity || !bearers.has(entity)) return null;
  if (bearers.size > 1 && !(last.at.block === block && sentenceEndsBetween(text.slice(last.at.end, start)) <= 1)) return null;
  return { ref: { block, start, end }, entity, resolution: 'name', antecedent: null };
}
