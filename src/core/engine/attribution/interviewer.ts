import { INTERVIEWER_NOUNS } from '../lexicon/interviewerNouns';
import type { Located, Referent, SentenceInfo } from './types';

/**
 * A speech act whose object is who heard it, then up to eight words before the name: `spoke to`, `talked with`,
 * `told`, `in an interview with`, `interviewed by`, `asked by`.
 */
const HEARER_LEAD =
  /\b(?:(?:spoke|speaks|speaking|spoken|talked|talks|talking)\s+(?:to|with)|told|tells|telling|interview(?:ed)?\s+(?:with|by)|asked\s+by)((?:\s+(?!that\b)[^\s,;:.!?"“”()]+){0,8})\s+$/iu;

/**
 * Whether the person mentioned at `at` is the journalist a speech act was made to: named after `spoke to`, `told`,
 * `in an interview with`, `asked by` … and described as a reporter, correspondent, host … or as an outlet's (`told
 * VOA's …`, the team's rule, issue 8), in the words before the name or in the mention itself (`spoke to VOA English
 * to Africa Service reporter Joe De Capua`, voa-somali-refugees-thousand-a-day-kenya-2006-10-06). Such a person hears
 * the quotes that follow and speaks none of them (Muzny et al. 2017 take the speaker from the subject, never the
 * addressee), so a he or she after the sentence does not go to them. A listener not so described may well answer (`police … spoke with Anne
 * Sacoolas as a suspect. She informed police …`, wikinews-uk-urges-us-waive-immunity-diplomats-wife-2019-10-10) and is
 * left to the resolver. `sentenceStart` and `at` are UTF-16 offsets into the block's `text`.
 */
export function isInterviewer(text: string, sentenceStart: number, at: Located): boolean {
  const lead = HEARER_LEAD.exec(text.slice(sentenceStart, at.start));
  if (!lead) return false;
  const described = `${lead[1] ?? ''} ${text.slice(at.start, at.end)}`;
  if (/\p{Lu}[\p{L}.&-]*['’]s\s/u.test(`${lead[1] ?? ''} `)) return true;
  return described.split(/[\s-]+/).some((word) => INTERVIEWER_NOUNS.has(word.toLowerCase()));
}

/** The people a sentence names as the journalist a speech act was made to (`isInterviewer`). */
export function interviewersIn({ block, range, people }: SentenceInfo, texts: ReadonlyArray<string>): Array<Referent> {
  const text = texts[block] ?? '';
  return people.filter((p) => isInterviewer(text, range.start, p.at));
}
