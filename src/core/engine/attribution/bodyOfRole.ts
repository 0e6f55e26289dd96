import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { cityNamedBefore } from './cityNamedBefore';
import { earlierDocumentIssuer, mentionAt } from './earlierDocument';
import { namesOtherCountry } from './foreignBody';
import { endsInDocument } from './ownedDocument';
import { ownNamedHead } from '../entities/ownNamedHead';
import { glossedKind } from './glossedKind';
import { outletBefore } from './outletNoun';
import { possessiveOwner } from './possessiveOwner';
import { recentOrganization } from './recentOrganization';
import type { RolePhrase, RoleReach } from './roleReading';
import type { Referent } from './types';

/**
 * A body's role noun ("the ministry", "its statement"): the document's owner or issuer, else the organisation of that
 * kind (`recentOrganization`), else the outlet the noun names (`outletBefore`), else the one organisation the text
 * glossed by the noun where it named it (`glossedKind`); a bare "the city" is the one town the
 * text introduced as "the city of …" (`cityNamedBefore`). Null for an indefinite noun ("one
 * agency said") and where the text ties the noun to no body.
 */
export function bodyOfRole({ phrase, words, head, forWhom, block, at, texts }: RolePhrase, { mentions, discourse, index }: RoleReach): Referent | null {
  // "One agency said", "one large retailer reported": an indefinite description brings in an organisation the text does
  // not name, never the one it named last (observed on real news: fresh digital.gov pages gave these to SMS and IBM).
  if (/^(?:a|an|one|another)\s/i.test(phrase)) return null;
  // "Their statement also read …" (wikinews-american-samoans-citizenship-ruling-stayed-2019-12-16), "its website notes that
  // …" (wikinews-florida-highway-pileup-fire-kills-children-2019-01-05): a document a pronoun owns is its owner's word
  // (`docs/annotation-guide.md`: what `her website` says is hers), whom the pronoun means.
  const owner = /^(its|their|his|her)\s/i.exec(phrase)?.[1]?.toLowerCase();
  const place = { block, at, texts };
  // "his campaign statement": a body's noun before the document qualifies it; the document is still the owner's.
  if (owner && (DOCUMENT_NOUNS.has(head) || endsInDocument(words))) return possessiveOwner(owner, place, mentions, discourse);
  const document =
    DOCUMENT_NOUNS.has(head) && /^the\s/i.test(phrase)
      ? earlierDocumentIssuer(head, discourse, texts, (b, from) => mentionAt(mentions, texts, b, from), { block, at })
      : null;
  // "The publication of the data …" is an act, not an outlet.
  const town = /^the\s+\S+$/i.test(phrase) ? cityNamedBefore(head, place, mentions) : null;
  if (document ?? town) return document ?? town;
  const body = recentOrganization(head, place, mentions, discourse);
  // "the Indonesian disaster management agency" is no body of another country the text named before, nor "the peoples'
  // Council" the "Community Development Council".
  if (body && (namesOtherCountry(phrase, head, body.entity) || ownNamedHead(phrase, head, body.entity))) return null;
  if (body ?? forWhom) return body;
  // "The paper has also reported …" after "The British newspaper Sunday Telegraph": the one body the text glossed by the noun.
  return outletBefore(head, place, mentions, discourse) ?? (/^the\s/i.test(phrase) ? glossedKind(head, place, mentions, index.entities) : null);
}
