import { isFirstName } from '../lexicon/firstNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { eastAsianName } from './eastAsianName';
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
