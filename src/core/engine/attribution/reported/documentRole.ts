import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import type { Subject } from '../types';

/**
 * Whether a cue's subject is a document the text named with "the" and read back to the organisation that put it out
 * (`earlierDocument.ts`): "The statement ascribed his death to complications from a stroke" after "according to a
 * statement released by the Supreme Court" (wikinews-john-paul-stevens-dies-2019-07-17), "The warnings called for gale
 * force winds and heavy rain" after "The orange warning issued by Met Éireann" (wikinews-hurricane-lorenzo-hits-azores-
 * 2019-10-02). Such a document frames and calls as its issuer does, as a body named by its name does
 * (`docs/annotation-guide.md`: a document whose author the text names is the author's). `text` is the subject's block.
 */
export function documentOfBody(subject: Subject, text: string): boolean {
  if (subject.resolution !== 'role' || subject.entity?.type !== 'organization') return false;
  const words = text.slice(subject.ref.start, subject.ref.end).split(/\s+/);
  return /^the$/i.test(words[0] ?? '') && DOCUMENT_NOUNS.has((words.at(-1) ?? '').toLowerCase());
}
