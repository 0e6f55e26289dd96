import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';
import { GOVERNMENT_WORDS } from '../lexicon/governmentWords';
import { MEMBERS_BODIES, RESEARCH_BODIES } from '../lexicon/researchBodies';

/**
 * " of the University of Essex", ", of USGS", " from the Asan Institute for Policy Studies", " at NASA": the body a
 * name is said to belong to, right after it: capitalised words and the small words that join them, up to the first word
 * in lower case or a mark that ends the phrase.
 */
const BODY = /^,?\s+(?:of|from|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}.'’&–-]*)(?:\s+(?:of|for|and|on|the|&|\p{Lu}[\p{L}\p{N}.'’&–-]*))*)/u;

const wordsOf = (body: string) => body.split(/[\s–-]+/).map((w) => w.toLowerCase().replace(/['’]s$|[.,]$/g, ''));

/**
 * The type a person has from the body named right after their name, where no role word says more (`sourceTypes.ts`
 * reads this last): one of a government body ("John Geiger of USGS", "Nikki Holland of the UK's National Crime Agency")
 * speaks for it as its officer, an official; one of a university or a research institute ("Steve Peers of the
 * University of Essex", "Ryan Cloutier of the Harvard–Smithsonian Center for Astrophysics" is not: no such word) speaks
 * from knowledge, an expert (`docs/annotation-guide.md`, "Sources"). A body of another kind (a company, a charity, a
 * party, a band) says nothing sure (its spokesperson, its expert or a member speaking for themself): null, as for a place
 * ("Alexander Gagay of Yekaterinburg"). Where a role word the other readings could not place stands in the mention
 * (`titled`: "Director Anthony Fauci of the United States National Institute of …"), only a government body says what
 * it is ("Chief Francis Bradley of the Hualapai Nation Police Department"): the director of an institute may run it.
 * `text` is the mention's block; the evidence runs from the name to the body's end (UTF-16 offsets, half-open).
 */
export function typeFromBodyAfter(text: string, mention: Located, titled = false): { type: SourceType; evidence: Located } | null {
  const found = BODY.exec(text.slice(mention.end, mention.end + 160));
  // "… Institute. The": a full stop after a word of two letters or more ends the sentence, and the body with it.
  const body = found?.[1]?.replace(/(?<=\p{L}{2})\.(?:\s.*)?$/u, '').replace(/\s+(?:of|for|and|on|the|&)$/, '');
  if (!found || !body) return null;
  const words = wordsOf(body);
  const evidence = { block: mention.block, start: mention.start, end: mention.end + found[0].indexOf(body) + body.length };
  if (words.some((w) => MEMBERS_BODIES.has(w))) return null;
  if (!titled && words.some((w) => RESEARCH_BODIES.has(w))) return { type: 'expert', evidence };
  if (words.some((w) => GOVERNMENT_WORDS.has(w))) return { type: 'official', evidence };
  return null;
}
