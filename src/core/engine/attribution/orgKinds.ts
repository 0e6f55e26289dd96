import type { FoundEntity } from '../entities/types';
import { COMMERCIAL_NOUNS } from '../lexicon/commercialNouns';
import { isPeopleWord } from '../entities/organizationShortForm';
import { PUBLIC_BODY_HEADS } from '../lexicon/publicBodyHeads';

/**
 * Whether "the <head>" cannot stand for an organisation because its name says it is of another kind: a business noun
 * ("The Company insists") and a court, ministry or party ("the Delhi High Court"). AP style keeps "company" and "firm"
 * for businesses, so the role noun abstains rather than take the body the text was last about. Nor is a body of people
 * a business ("The airline says RPG only conducted their survey …" after "Ryanair Pilots Group (RPG)": the pilots'
 * group is no airline, wikinews-ryanair-sack-sue-pilot-safety-documentary-2013-08-15).
 */
export const namesOtherKind = (head: string, entity: FoundEntity): boolean =>
  COMMERCIAL_NOUNS.has(head) && entity.name.split(/\s+/).some((word) => PUBLIC_BODY_HEADS.has(word) || isPeopleWord(word));
