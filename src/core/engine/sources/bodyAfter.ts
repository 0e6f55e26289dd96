import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';
import { CIVIC_BODY_HEADS } from '../lexicon/civicBodyHeads';
import { CIVIC_BODY_KINDS } from '../lexicon/civicBodyKinds';
import { GOVERNMENT_WORDS } from '../lexicon/governmentWords';
import { LOWER_BODY_HEADS } from '../lexicon/lowerBodyHeads';
import { MEMBERS_BODIES, RESEARCH_BODIES } from '../lexicon/researchBodies';
import { namesPublicOffice } from './publicOffice';

/**
 * " of the University of Essex", ", of USGS", " from the Asan Institute for Policy Studies", " at NASA", or in brackets
 * (" (Venezuelan Observatory of Prisons)", gv-norway-oslo-freedom-forum-latin-america-2012-05-15): the body a name is
 * said to belong to, right after it: capitalised words and the small words that join them, up to the first word
 * in lower case or a mark that ends the phrase (group 2). Group 1, when present, is a civic body's kind in lower case
 * before its name, with up to three words of its cause (" from the gay rights group Stonewall Scotland").
 */
const BODY = new RegExp(
  String.raw`^(?:,?\s+(?:of|from|at)\s+|\s*\()(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}?(?:${[...CIVIC_BODY_KINDS].join('|')})\s+)?((?:\p{Lu}[\p{L}\p{N}.'’&–-]*)(?:\s+(?:of|for|and|on|the|&|\p{Lu}[\p{L}\p{N}.'’&–-]*))*)`,
  'u',
);

const wordsOf = (body: string) => body.split(/[\s–-]+/).map((w) => w.toLowerCase().replace(/['’]s$|[.,]$/g, ''));

/**
 * The type a person has from the body named right after their name, where no role word says more (`sourceTypes.ts`
 * reads this last): one of a government body ("John Geiger of USGS", "Nikki Holland of the UK's National Crime Agency")
 * speaks for it as its officer, an official; one of a university or a research institute ("Steve Peers of the
 * University of Essex", "Phil Duffy of the Woods Hole Research Center": "research" in its name; "Ryan Cloutier of the
 * Harvard–Smithsonian Center for Astrophysics" is not: no such word) speaks from knowledge, an expert (`docs/annotation-guide.md`, "Sources"); one of a civic body, by a word of its name
 * (`lexicon/civicBodyHeads.ts`: "Tom French from the Equality Network") or its kind in lower case before it
 * (`lexicon/civicBodyKinds.ts`: "from the gay rights group Stonewall Scotland"), speaks for it, a spokesperson. A body of
 * another kind (a company, a party, a band) says nothing sure (its spokesperson, its expert or a member speaking for
 * themself): null, as for a place
 * ("Alexander Gagay of Yekaterinburg"). A body named in lower case by its kind is read last (`lowerBodyAfter`). Where a role word the other readings could not place stands in the mention
 * (`titled`: "Director Anthony Fauci of the United States National Institute of …"), only a government body says what
 * it is ("Chief Francis Bradley of the Hualapai Nation Police Department"): the director of an institute may run it.
 * `text` is the mention's block; the evidence runs from the name to the body's end (UTF-16 offsets, half-open).
 */
export function typeFromBodyAfter(text: string, mention: Located, titled = false): { type: SourceType; evidence: Located } | null {
  return namedBodyAfter(text, mention, titled) ?? lowerBodyAfter(text, mention);
}

/**
 * " of the island's power authority said", " of the Northern Arapaho tribal historic preservation office told": a body
 * the text names by its kind, in lower case, perhaps after its owner's name, up to a mark, a clause word or a verb of
 * saying.
 */
const LOWER_BODY =
  /^,?\s+(?:of|from|at|with)\s+(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+)(?=[,.;:]|\s+(?:who|which|that|and|said|says|told|tells|added|explained|noted|stated)\b|$)/u;

/**
 * "José Ortiz of the island's power authority said" (wikinews-seismic-activity-puerto-rico-5-2-quake-2020-01-17), "Crystal
 * C'Bearing of the Northern Arapaho tribal historic preservation office told" (wikinews-northern-arapaho-welcome-buffalo-
 * herd-wyoming-2019-10-19): one of a government body named in lower case by its head noun (`LOWER_BODY_HEADS`), or of a
 * government's office (`namesPublicOffice`), speaks for it as its officer, an official, as one of a body named in
 * capitals does. Null for any other body ("of the city" tells where one lives).
 */
function lowerBodyAfter(text: string, mention: Located): { type: SourceType; evidence: Located } | null {
  const found = LOWER_BODY.exec(text.slice(mention.end, mention.end + 160));
  const body = found?.[1];
  if (!found || !body) return null;
  const words = wordsOf(body);
  const head = words.at(-1) ?? '';
  if (!LOWER_BODY_HEADS.has(head) && !namesPublicOffice(words)) return null;
  return { type: 'official', evidence: { block: mention.block, start: mention.start, end: mention.end + found[0].length } };
}

/** `typeFromBodyAfter` for a body named in capitals. */
function namedBodyAfter(text: string, mention: Located, titled: boolean): { type: SourceType; evidence: Located } | null {
  const found = BODY.exec(text.slice(mention.end, mention.end + 160));
  // "… Institute. The": a full stop after a word of two letters or more ends the sentence, and the body with it.
  const body = found?.[2]?.replace(/(?<=\p{L}{2})\.(?:\s.*)?$/u, '').replace(/\s+(?:of|for|and|on|the|&)$/, '');
  if (!found || !body) return null;
  const type = typeOfBody(body, titled, found[1] !== undefined);
  const end = mention.end + found[0].indexOf(body) + body.length;
  // The bracket that closes a body set in brackets is the evidence's too.
  const closed = found[0].trimStart().startsWith('(') && text.charAt(end) === ')';
  return type && { type, evidence: { block: mention.block, start: mention.start, end: closed ? end + 1 : end } };
}

/**
 * What one of a body named in capitals is, by the words of its name (`typeFromBodyAfter`): a research body's member an
 * expert, a government body's an official, a civic body's (by a word of its name, or `kindNamed` before it) a
 * spokesperson; a members' body, or any other, says nothing sure. After a role word (`titled`) only a government body
 * says it.
 */
export function typeOfBody(body: string, titled: boolean, kindNamed = false): SourceType | null {
  const words = wordsOf(body);
  if (words.some((w) => MEMBERS_BODIES.has(w))) return null;
  if (!titled && words.some((w) => RESEARCH_BODIES.has(w) || w === 'research')) return 'expert';
  if (words.some((w) => GOVERNMENT_WORDS.has(w))) return 'official';
  // "Jennifer Lu of Marriage Equality Coalition Taiwan", "Tom French from the Equality Network": a civic body's own voice.
  if (!titled && (words.some((w) => CIVIC_BODY_HEADS.has(w)) || kindNamed)) return 'spokesperson';
  return null;
}
