import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';
import { typeOfBody } from './bodyAfter';

/**
 * "The Korean Institute for Defense Analyses's " before "Kim Chang-su": capitalised words and the small words that join
 * them, in the possessive, right before a name (group 1 the body's name, without "'s").
 */
const OWNER = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}\p{N}.&–-]*(?:\s+(?:of|for|and|on|the|&|\p{Lu}[\p{L}\p{N}.&–-]*))*)['’]s\s+$/u;

/**
 * "The Korean Institute for Defense Analyses's Kim Chang-su stated" (wikinews-malaysia-arrests-fourth-suspect-kim-jong-nam-
 * 2017-02-16), "The Native American Rights Fund's Jacqueline De León": a body named in the possessive right before a name
 * says what its person is, as the same body after the name would (`bodyAfter.ts`, `typeOfBody`: a research body's an
 * expert, a government's an official, a civic body's a spokesperson); a person's or a place's possessive ("Putin's",
 * "Russia's") says nothing. `text` is the mention's block; the evidence runs from the body to the name's end (UTF-16
 * offsets, half-open).
 */
export function typeFromBodyBefore(text: string, mention: Located): { type: SourceType; evidence: Located } | null {
  const from = Math.max(0, mention.start - 120);
  const owner = OWNER.exec(text.slice(from, mention.start));
  const body = owner?.[1];
  const type = body ? typeOfBody(body, false) : null;
  return owner && type ? { type, evidence: { ...mention, start: from + owner.index } } : null;
}
