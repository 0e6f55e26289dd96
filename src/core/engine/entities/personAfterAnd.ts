import { isFirstName } from '../lexicon/firstNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { eastAsianName } from './eastAsianName';
import { TITLE_WORDS } from './lookups';
import { nameShapedWord } from './names';
import type { Token } from './tokens';

/**
 * "Researchers at the University of Miami and Chris Fallows of Apex Shark Expeditions said": whether the words after the
 * "and" at token `and` open a person's name — a common first name, a name-shaped surname that heads no organisation,
 * then a lower-case word, "of"/"for"/"at" or the end — so that the "and" joins two names instead of one organisation's.
 */
export function personAfterAnd(tokens: ReadonlyArray<Token>, and: number): boolean {
  const first = tokens[and + 1]?.text ?? '';
  const surname = tokens[and + 2]?.text ?? '';
  const next = tokens[and + 3]?.text;
  return (
    (isFirstName(first) || eastAsianName([first, surname])) &&
    nameShapedWord(surname) &&
    /^\p{Lu}/u.test(surname) &&
    !ORG_HEADS.has(surname) &&
    (next === undefined || /^\p{Ll}/u.test(next) || next === 'of' || next === 'for' || next === 'at')
  );
}

/**
 * "former Secretary of State Hillary Rodham Clinton and Republican Senator Rob Portman of Ohio"
 * (wikinews-supreme-court-united-states-contemplates-same-sex-marriage-2013-03-26): whether the run's words (`words`)
 * already hold a titled person's name (a title word, then a common first name) and the "and" at token `and` is followed
 * by a capitalised word and a title, which opens the next titled name: a party, a country or a rank qualifies the title
 * ("Republican Senator", "US Senator", "Deputy Governor"), and no body's name goes on after a person's. A run with no
 * person before the "and" still joins ("Department of Science and Technology Secretary" names the department's head).
 */
export function titledNameThenTitle(words: ReadonlyArray<string>, tokens: ReadonlyArray<Token>, and: number): boolean {
  const titled = words.some((w, i) => TITLE_WORDS.has(w) && words.slice(i + 1).some((given) => isFirstName(given)));
  return titled && /^\p{Lu}/u.test(tokens[and + 1]?.text ?? '') && TITLE_WORDS.has(tokens[and + 2]?.text ?? '');
}
