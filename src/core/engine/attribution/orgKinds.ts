import type { FoundEntity } from '../entities/types';
import { COMMERCIAL_NOUNS } from '../lexicon/commercialNouns';
import { isPeopleWord } from '../entities/organizationShortForm';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { OUTLET_HEADS } from '../lexicon/outletHeads';
import { PUBLIC_BODY_HEADS } from '../lexicon/publicBodyHeads';

/**
 * "The trust's statement said …. The union said talks would resume" (lane break36, on the shape of "Spielberg's
 * statement said", wikinews-international-row-spielberg-quits-beijing-olympics-2008-02-14): a speaker named after a
 * document an owner the text leaves unnamed issued is no body any "the <noun>" can mean.
 */
const isOwnedDocument = (words: ReadonlyArray<string>): boolean =>
  words.length > 1 && /['’]s?$/u.test(words.at(-2) ?? '') && DOCUMENT_NOUNS.has((words.at(-1) ?? '').toLowerCase());

/**
 * Whether "the <head>" cannot stand for an organisation because its name says it is of another kind: a business noun
 * ("The Company insists") and a court, ministry, board or party ("the Delhi High Court"). AP style keeps "company" and
 * "firm" for businesses, so the role noun abstains rather than take the body the text was last about. Nor is a body of
 * people a business ("The airline says RPG only conducted their survey …" after "Ryanair Pilots Group (RPG)": the
 * pilots' group is no airline, wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15), nor a newspaper that
 * reported on one ("Sales at the chain fell, The Guardian reported. The company said …", lane break36), nor a document.
 */
export function namesOtherKind(head: string, entity: FoundEntity): boolean {
  const words = entity.name.split(/\s+/);
  if (isOwnedDocument(words)) return true;
  if (!COMMERCIAL_NOUNS.has(head)) return false;
  return OUTLET_HEADS.includes(words.at(-1) ?? '') || words.some((word) => PUBLIC_BODY_HEADS.has(word) || isPeopleWord(word));
}
