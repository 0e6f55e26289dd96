import { GROUP_POSSESSORS } from '../lexicon/groupPossessors';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { OUTLET_HEADS } from '../lexicon/outletHeads';
import { FOREIGN_NAME_HEADS } from '../lexicon/foreignNameHeads';
import { PARTICLE_PAIRS } from '../lexicon/particlePairs';
import { POST_NOMINALS } from '../lexicon/postNominals';
import { UNIT_NOUNS } from '../lexicon/unitNouns';
import { isCapitalised, startsSentence, tokenize, type Token } from './tokens';
import { bracketedNamePart } from './bracketedNamePart';
import { joinOverConnector, type RunEnd } from './connectorJoin';
import { dayAfterName } from './dayAfterName';

/**
 * A run of capitalised words (with the connectors joining them) at [start, end) of a block's text, in UTF-16 code
 * units; `sentenceStart` when the run begins a sentence or a quotation.
 */
export interface NameGroup {
  start: number;
  end: number;
  words: Array<string>;
  sentenceStart: boolean;
}

/** Words that open a picture's credit after a caption, before a colon (Wikinews: "Susan Rice Image: White House."). */
const CREDIT_WORD = /^(?:Image|Images|Photo|Photos|Picture|Credit|Video)$/;

/**
 * Whether an organisation's or a news outlet's head word is among the capitalised words from token `j` on, at most
 * three, one space apart: "Action Party", "Daily" ("National newspaper The People's Daily has suggested", Wikinews,
 * China's 'Bandit King', 2012).
 */
function headWithin(text: string, tokens: ReadonlyArray<Token>, j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const token = tokens[k];
    if (!token || !isCapitalised(token.text) || (k > j && text.slice(tokens[k - 1]?.end ?? 0, token.start) !== ' ')) return false;
    if (ORG_HEADS.has(token.text) || OUTLET_HEADS.includes(token.text)) return true;
  }
  return false;
}

/**
 * Whether the capitalised token at `j` opens the name of a unit inside the organisation the run names, a name of two
 * words joined by "and" that a unit's noun in lower case follows: "Trust" in `The announcement also mentioned GitHub
 * Trust and Safety team would treat developer's tickets as a "top priority"` (fresh Wikinews, Wikinews discusses DRM and
 * youtube-dl with Richard Stallman). The run stops before it, so the organisation keeps its own name ("GitHub") and
 * no speaker is named "GitHub Trust".
 */
function opensUnitName(text: string, tokens: ReadonlyArray<Token>, j: number): boolean {
  const [first, and, second, noun] = [tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]];
  if (!first || !and || !second || !noun || and.text !== 'and' || !isCapitalised(first.text) || !isCapitalised(second.text)) return false;
  // "Sanders and Warren team up on a bill": "team" there is a verb.
  return UNIT_NOUNS.has(noun.text) && text.slice(first.end, noun.start) === ` and ${second.text} ` && !/^\s+up\b/.test(text.slice(noun.end));
}

/**
 * Whether the tokens from `j` are a surname's two particles and its capitalised part, one space apart: "de la Croix"
 * (NASA, CADRE rovers, 2024: "said JPL’s Jean-Pierre de la Croix, CADRE principal investigator"), "von der Leyen". Not
 * after a place's or an institution's head in the run `words`: "Universidad de la República" names no one.
 */
function particlePair(text: string, tokens: ReadonlyArray<Token>, j: number, words: ReadonlyArray<string>): boolean {
  const [first, second, surname] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!first || !second || !surname || !PARTICLE_PAIRS.has(`${first.text} ${second.text}`)) return false;
  if (words.some((w) => FOREIGN_NAME_HEADS.has(w))) return false;
  return isCapitalised(surname.text) && text.slice(first.end, surname.start) === ` ${second.text} `;
}

/**
 * Takes the token at `j` (and those a connector brings with it) into the run `words` that ends at `end`: a capitalised
 * word, "of 3", "for the X", "and X Council", or a connector before a capital. Returns where the run now ends, or null
 * where it ends before token `j`.
 */
function extendRun(text: string, tokens: ReadonlyArray<Token>, words: Array<string>, end: number, j: number): RunEnd | null {
  const next = tokens[j];
  if (!next) return null;
  const gap = text.slice(end, next.start);
  if (bracketedNamePart(text, words, end, next)) {
    words.push(next.text);
    return { end: next.end, j: j + 1 };
  }
  // "the Worker's Party", "the ruling People's Action Party (PAP)" (Global Voices, Singapore, May 2012), "The People's
  // Daily": a possessive inside an organisation's name (`groupPossessors.ts`), whose head follows within three
  // capitalised words.
  // "the Catholic Bishops' Conference of the Philippines (CBCP)" (fresh Wikinews page, February 2019), "the Workers'
  // Party": a plural possessive inside one too, its head within the three capitalised words after it.
  // "According to Nationwide Children's Hospital in Columbus" (Wikinews, 2014): the possessive may follow other words of the
  // name, as far as three.
  const possessiveOrg =
    ((/^['’]s $/.test(gap) && GROUP_POSSESSORS.has(words.at(-1) ?? '') && words.length <= 3) ||
      (/^['’] $/.test(gap) && /\p{Ll}s$/u.test(words.at(-1) ?? ''))) &&
    headWithin(text, tokens, j);
  if (!/^[ \u00a0-]?$/.test(gap) && !possessiveOrg) return null;
  // "Kamala Harris Image: U.S. Senate.": a caption's name, then the word that opens its picture's credit.
  if (CREDIT_WORD.test(next.text) && text.startsWith(':', next.end)) return null;
  // "Kama Melly QC said": letters closing a name end the run, and are left out of it and of every other run.
  if (POST_NOMINALS.has(next.text) && words.length >= 2 && gap === ' ' && !isCapitalised(tokens[j + 1]?.text ?? '')) return { end, j: j + 1 };
  if (opensUnitName(text, tokens, j) || dayAfterName(text, tokens, j, words)) return null;
  if (isCapitalised(next.text) && (possessiveOrg || !/['’]s$/.test(text.slice(end - 2, end + 1)))) {
    if (/['’]/.test(text.slice(end, end + 1)) && !possessiveOrg) return null;
    words.push(next.text);
    return { end: next.end, j: j + 1 };
  }
  if (particlePair(text, tokens, j, words)) {
    words.push(tokens[j]?.text ?? '', tokens[j + 1]?.text ?? '', tokens[j + 2]?.text ?? '');
    return { end: tokens[j + 2]?.end ?? end, j: j + 3 };
  }
  return joinOverConnector(text, tokens, words, end, j);
}

/** Runs of capitalised words in a block's text, in order, joined across "of", "the", "for" when a capital follows. */
export function nameGroups(text: string): Array<NameGroup> {
  const tokens = tokenize(text);
  const groups: Array<NameGroup> = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapitalised(first.text)) {
      i++;
      continue;
    }
    const words = [first.text];
    let end = first.end;
    let j = i + 1;
    while (j < tokens.length) {
      const extended = extendRun(text, tokens, words, end, j);
      if (!extended) break;
      ({ end, j } = extended);
    }
    // A possessive ends a name: "Kazakhstan's unrest".
    groups.push({ start: first.start, end, words, sentenceStart: startsSentence(text, first.start) });
    i = j;
  }
  return groups;
}
