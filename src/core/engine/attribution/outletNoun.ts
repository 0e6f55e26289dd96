import type { FoundEntity } from '../entities/types';
import { OUTLET_HEADS } from '../lexicon/outletHeads';
import { OUTLET_NOUNS } from '../lexicon/outletNouns';
import type { Discourse } from './coreference';
import type { MentionIndex } from './mentions';
import type { Referent, SentenceInfo } from './types';

/** A kind noun set before an outlet's name: "the website Znak.com", "news agency Petra", "the newspaper Infobae". */
const KIND_BEFORE = /\b(?:newspaper|website|web\s+site|news\s+site|magazine|publication|tabloid|daily|weekly|news\s+agency|newswire|outlet)\s+(?:the\s+)?$/iu;

/**
 * Whether an organisation is a publication by its name or by what the text calls it: a name ending in a newspaper's word
 * ("The Aviation Herald", `outletHeads.ts`), a site's domain ("Znak.com"), or one the text sets after an outlet's kind
 * noun ("news agency Petra"). `texts` are the blocks.
 */
function isOutlet(entity: FoundEntity, texts: ReadonlyArray<string>): boolean {
  const last = entity.name.split(/\s+/).at(-1) ?? '';
  if (OUTLET_HEADS.includes(last) || /\.\p{Ll}{2,}$/u.test(entity.name)) return true;
  return entity.mentions.some((m) => KIND_BEFORE.test((texts[m.block] ?? '').slice(Math.max(0, m.start - 40), m.start)));
}

/**
 * "The Aviation Herald reported … . The industry publication stated the aircraft overran the runway …"
 * (wikinews-iranian-cargo-plane-crashes-into-karaj-houses-2019-01-15), "Znak.com reported … . The website further
 * reported …" (wikinews-magnitogorsk-apartment-building-collapse-2019-01-04): a definite outlet noun (`head`, lower
 * case, `outletNouns.ts`) in the speaker words at `at` of `block` names anew the publication the sentence before was
 * about, as news style refers to a source a second time by its kind (AP Stylebook, "second reference"). The guide gives
 * such words to the outlet (`docs/annotation-guide.md`: an outlet printed under two names, `The website`). Null unless
 * that sentence is about an outlet and names no other organisation, and the cue's own sentence names none other before
 * the noun ("Vessel Tracker's database had no sighting …; the website noted …" after a sentence about VesselFinder,
 * wikinews-investigates-disappearance-cargo-ship-namse-bangdzod): never a guess between two.
 */
export function outletBefore(
  head: string,
  { block, at, texts }: { block: number; at: number; texts: ReadonlyArray<string> },
  mentions: MentionIndex,
  discourse: Discourse,
): Referent | null {
  const last = discourse.sentences.at(-1);
  if (!OUTLET_NOUNS.has(head) || !last) return null;
  const outlet = aboutOutlet(last, texts, mentions);
  if (!outlet) return null;
  const other = (b: number, start: number, end: number) =>
    mentions.between(b, start, end).some((m) => m.entity.type === 'organization' && m.entity !== outlet.entity);
  if (other(last.block, last.range.start, last.range.end) || namesOtherOutlet(head, last, texts, outlet)) return null;
  return other(block, last.block === block ? last.range.end : 0, at) ? null : outlet;
}

/**
 * The outlet a sentence is about: its focus, or the name it opens on when its focus went to someone the outlet quotes
 * ("Znak.com reported its source said …", whose last speaker is the source); null when neither is an outlet.
 */
function aboutOutlet(sentence: SentenceInfo, texts: ReadonlyArray<string>, mentions: MentionIndex): Referent | null {
  const { block, range, focus } = sentence;
  if (focus?.entity.type === 'organization') return isOutlet(focus.entity, texts) ? focus : null;
  const start =
    range.start + ((texts[block] ?? '').slice(range.start, range.end).length - (texts[block] ?? '').slice(range.start, range.end).trimStart().length);
  const opening = mentions.between(block, start, start + 1).find((m) => m.start === start);
  return opening?.entity.type === 'organization' && isOutlet(opening.entity, texts)
    ? { entity: opening.entity, at: { block, start: opening.start, end: opening.end } }
    : null;
}

/**
 * Whether the sentence before uses the outlet noun for something other than the outlet ("The Daily Telegraph reported
 * that the ministry had launched a new website for complaints. The website says …", lane break35, constructed on the
 * shape of the Znak.com sentences): "the website" may mean that one, so the noun names neither. The noun set right before
 * or after the outlet's own name ("the website Znak.com", "The Daily Nation newspaper") is the outlet's.
 */
function namesOtherOutlet(head: string, { block, range }: SentenceInfo, texts: ReadonlyArray<string>, outlet: Referent): boolean {
  const text = texts[block] ?? '';
  const { start, end } = outlet.at.block === block ? outlet.at : { start: -1, end: -1 };
  return [...text.slice(range.start, range.end).matchAll(new RegExp(`\\b${head}s?\\b`, 'giu'))].some((m) => {
    const at = range.start + m.index;
    const before = /^\s+(?:the\s+)?$/iu.test(text.slice(at + m[0].length, start));
    const after = /^\s+$/u.test(text.slice(end, at));
    return !before && !after;
  });
}
