import type { Located } from '../attribution/types';

/** A peer's title opening a name: "Lord Alli", "Baroness Stowell" ("Lord Mayor" holds the role word "mayor", read before). */
const PEER = /^(?:Lord|Baroness|Viscount|Viscountess|Earl)\s+\p{Lu}/u;

/** The chamber peers sit in, named: "the House of Lords", "the debate in the Lords". */
const LORDS = /\b(?:House\s+of\s+Lords|the\s+Lords)\b/u;

/**
 * "Lord Alli, who is openly gay, said", "Baroness Stowell said" in an article on a debate "in the Lords"
 * (wikinews-house-of-lords-approve-same-sex-marriage-bill-2013-07-16): a peer where the article names the House of Lords
 * speaks as a member of that legislature, an official (`docs/annotation-guide.md`: a legislator holds public office).
 * Without the chamber named the title says nothing of a seat ("Lord Carloway" is a Scottish judge's title). `texts`
 * are the article's blocks; the evidence is the mention whose words open with the title (UTF-16 offsets, half-open).
 */
export function typeFromPeerTitle(texts: ReadonlyArray<string>, mentions: ReadonlyArray<Located>): { type: 'official'; evidence: Located } | null {
  const titled = mentions.find((m) => PEER.test((texts[m.block] ?? '').slice(m.start, m.end)));
  return titled && texts.some((t) => LORDS.test(t)) ? { type: 'official', evidence: titled } : null;
}
