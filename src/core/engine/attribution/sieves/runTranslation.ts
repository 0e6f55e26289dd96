import { translates } from './blockContinuation';
import { foreignProse } from './translation';

/** The most paragraphs in another language one English paragraph is seen to translate at once. */
const LONGEST_RUN = 6;

/**
 * Whether the paragraph `block` is the English of the whole run of paragraphs in another language just before it, two
 * or more of them printed in one paragraph of English (Global Voices: `The newspaper Infobae [es] reported just after
 * the law was passed:` over `Tras más de cuatro horas de debate, …` and `La iniciativa indica que …`, then `After more
 * than four hours of debate, with 55 votes in favour, the Senate passed …`, gv-argentina-death-with-dignity-law-2012-05-11;
 * two paragraphs of Arabic then `In Abbassiya Square the cars were passing by normally; …`,
 * gv-egypt-abbassiya-clashes-eyewitness-2012-05-02). `translates` reads a translation against the one paragraph before
 * it, which is half or a third of what this one renders; here it reads the run as one original: most of its words in
 * English and a translation's length of the run's. The run is the quotable
 * paragraphs (`quotable`, indices into `texts`) after the colon cue's paragraph `cueBlock` and before `block`, each
 * prose in another language.
 */
export function translatesRun(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, cueBlock: number, block: number): boolean {
  const run: Array<string> = [];
  for (let i = block - 1; i > cueBlock && run.length < LONGEST_RUN; i--) {
    if (!quotable[i]) continue;
    const original = texts[i] ?? '';
    if (!foreignProse(original)) break;
    run.unshift(original);
  }
  return run.length >= 2 && translates(texts[block] ?? '', run.join(' '));
}
