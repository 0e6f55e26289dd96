import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { OUTLET_NOUNS } from '../../lexicon/outletNouns';
import type { Subject } from '../types';
import type { ReportedCase } from './reported';
import { isEvidenceNoun } from './unnamedGroup';
import { ordinalDocumentBefore } from './ordinalDocument';

/**
 * A definite document noun phrase standing as the whole subject right before the verb: "The decree", "The chain's press
 * release", "The guidelines". Group 1 is the phrase, group 2 its head noun.
 */
const DOCUMENT_SUBJECT = /(?:^|[,;:]\s*|\b(?:and|but)\s+)((?:The|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}+))\s+(?:also\s+|further\s+)?$/u;

/**
 * The speaker of a verb whose subject is a definite document, "The decree instructs archbishops to notify the Vatican City
 * of any sexual allegations" (wikinews-pope-francis-instructs-reporting-sexual-abuse-2019-05-12): what a document says is
 * its issuer's word, or the document's own as a source described by its words (docs/annotation-guide.md, "Documents,
 * studies, teams, unnamed groups"). `documentSource` reads which; when the text supports neither the subject stays
 * unattributed rather than given to the organisation named last; `named`, the subject the readers found, keeps a
 * document a name owns. Not measurements ("The data revealed an increased …"),
 * which show rather than say. `verbStart` is the verb's UTF-16 offset in the block;
 * null when the words before it are no such phrase.
 */
export function documentSubject(c: ReportedCase, verbStart: number, named: Subject | null): Subject | null {
  // One a name owns is that body's: "The Internal Revenue Service website advises citizens to …".
  if (named?.resolution === 'name') return null;
  // "The first charged Trump with abuse of power": an ordinal for one of the documents counted before speaks as one of
  // them, and nothing tells which name to give it, so it stays unattributed.
  const ordinal = named ? null : ordinalDocumentBefore(c.text, c.range.start, verbStart);
  if (ordinal) return { ref: { block: c.block, ...ordinal }, entity: null, resolution: 'unattributed', antecedent: null };
  const found = documentBefore(c, verbStart);
  const phrase = found?.[1];
  if (!found || !phrase) return null;
  // "The website further reported …" after a sentence about Znak.com: a site that speaks is the outlet the role reader
  // found (`outletNoun.ts`), no document of unknown author.
  if (named?.entity && OUTLET_NOUNS.has(found[2] ?? '')) return null;
  const start = c.range.start + found.index + found[0].indexOf(phrase);
  const end = start + phrase.length;
  return c.cues.documentSource(c.block, start, end) ?? { ref: { block: c.block, start, end }, entity: null, resolution: 'unattributed', antecedent: null };
}

/**
 * The definite document phrase standing as the whole subject right before the verb at `verbStart` (UTF-16 offset in the
 * block), group 1 the phrase; null when there is none, or when it names measurements ("The data revealed …").
 */
export function documentBefore(c: ReportedCase, verbStart: number): RegExpExecArray | null {
  const found = DOCUMENT_SUBJECT.exec(c.text.slice(c.range.start, verbStart));
  const head = found?.[2] ?? '';
  return found && DOCUMENT_NOUNS.has(head) && !isEvidenceNoun(head) ? found : null;
}
