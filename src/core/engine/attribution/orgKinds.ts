import type { FoundEntity } from '../entities/types';
import { COMMERCIAL_NOUNS } from '../lexicon/commercialNouns';
import { PUBLIC_BODY_HEADS } from '../lexicon/publicBodyHeads';

/**
 * Whether "the <head>" cannot stand for an organisation because its name says it is of another kind: a business noun
 * ("The Company insists") and a court, ministry or party ("the Delhi High Court"). AP style keeps "company" and "firm"
 * for businesses, so the role noun abstains rather than take the body the text was last about.
 */
export const namesOtherKind = (head: string, entity: FoundEntity): boolean =>
  COMMERCIAL_NOUNS.has(head) && entity.name.split(/\s+/).some((word) => PUBLIC_BODY_HEADS.has(word));
