import { ORG_HEADS } from '../lexicon/orgHeads';
import type { FoundEntity } from './types';

/**
 * The organisation a capitalised head word after "the" refers back to: "the Church announced their decision to protest
 * funerals …" after "the Westboro Baptist Church (WBC)" (Wikinews, "Internet security firm to donate revenue to charity
 * after Anonymous protest of Westboro Baptist Church", 2012, fresh text); "the Department announced charges" after "the
 * Justice Department". Only the one organisation named so far whose name of several words ends in that head word;
 * undefined when none or several do, when the word is no organisation's head (`lexicon/orgHeads.ts`) or when "the"
 * does not stand right before it. `name` is the mention's name, `before` the block's text up to it.
 */
export function headReference(name: string, before: string, organizations: Iterable<FoundEntity>): FoundEntity | undefined {
  if (name.includes(' ') || !ORG_HEADS.has(name) || !/\bthe\s$/i.test(before)) return undefined;
  const ending = [...organizations].filter((e) => e.type === 'organization' && e.name.endsWith(` ${name}`));
  return ending.length === 1 ? ending[0] : undefined;
}
