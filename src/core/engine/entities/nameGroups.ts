import { GROUP_POSSESSORS } from '../lexicon/groupPossessors';
import { CONNECTORS } from '../lexicon/connectors';
import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { OUTLET_HEADS } from '../lexicon/outletHeads';
import { FOREIGN_NAME_HEADS } from '../lexicon/foreignNameHeads';
import { PARTICLE_PAIRS } from '../lexicon/particlePairs';
import { POSTING_PLATFORMS } from '../lexicon/postingPlatforms';
import { POST_NOMINALS } from '../lexicon/postNominals';
import { UNIT_NOUNS } from '../lexicon/unitNouns';
import { COUNTRY_BY_ADJECTIVE, PLACE_ALIASES, PLACES, TITLE_WORDS } from './lookups';
import { personAfterAnd } from './personAfterAnd';
import { isTitleQualifier } from './qualifiedTitle';
import { isCapitalised, startsSentence, tokenize, type Token } from './tokens';
import { bracketedNamePart } from './bracketedNamePart';

/** A country's or a place's name, short form or adjective, as it qualifies a title: "US", "Indian", "Spain". */
const countryWord = (word: string): boolean => PLACES.has(word) || PLACE_ALIASES.has(word) || COUNTRY_BY_ADJECTIVE.has(word);

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

/** First words that make a name an institution's: "National", "International", "Federal". */
const INSTITUTION_OPENERS = new Set(['National', 'International', 'Federal', 'American', 'European', 'Royal', 'World', 'Global', 'Regional', 'Joint']);

/** Words that open a picture's credit after a caption, before a colon (Wikinews: "Susan Rice Image: White House."). */
const CREDIT_WORD = /^(?:Image|Images|Photo|Photos|Picture|Credit|Video)$/;

/** Where a run of capitalised words stands after it takes in the next tokens: its end offset and the next token's index. */
interface RunEnd {
  end: number;
  j: number;
}

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
  const possessiveOrg =
    ((/^['’]s $/.test(gap) && GROUP_POSSESSORS.has(words.at(-1) ?? '') && (words.length === 1 || (words.length === 2 && words[0] === 'The'))) ||
      (/^['’] $/.test(gap) && /\p{Ll}s$/u.test(words.at(-1) ?? ''))) &&
    headWithin(text, tokens, j);
  if (!/^[ \u00a0-]?$/.test(gap) && !possessiveOrg) return null;
  // "Kamala Harris Image: U.S. Senate.": a caption's name, then the word that opens its picture's credit.
  if (CREDIT_WORD.test(next.text) && text.startsWith(':', next.end)) return null;
  // "Kama Melly QC said": letters closing a name end the run, and are left out of it and of every other run.
  if (POST_NOMINALS.has(next.text) && words.length >= 2 && gap === ' ' && !isCapitalised(tokens[j + 1]?.text ?? '')) return { end, j: j + 1 };
  if (opensUnitName(text, tokens, j)) return null;
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

/**
 * Takes the token at `j`, which did not join the run `words` (ending at `end`) by its capital, into it with the words it
 * brings: a connector before a capital ("of the", "for the", "and" inside a body's name, "to" after a body's head),
 * "of 3", or a number before an organisation's head. Apart from `extendRun`, which reads the capitalised word itself.
 * Returns where the run now ends, or null where it ends before token `j`.
 */
function joinOverConnector(text: string, tokens: ReadonlyArray<Token>, words: Array<string>, end: number, j: number): RunEnd | null {
  const next = tokens[j];
  if (!next) return null;
  const gap = text.slice(end, next.start);
  const after = tokens[j + 1];
  // "UN Conference on Trade and Development": "on" after a body's head joins its name as "of" does.
  const insideName = words.some((w, i) => (CONNECTORS.has(w) && w !== 'the') || (w === 'on' && ORG_HEADS.has(words[i - 1] ?? '')));
  const joins =
    (CONNECTORS.has(next.text) && !['and', '&'].includes(next.text)) ||
    (next.text === 'on' && !!after && !NOT_NAMES.has(after.text) && !POSTING_PLATFORMS.has(after.text)) ||
    ((next.text === 'and' || next.text === '&') &&
      (insideName || ORG_HEADS.has(words[0] ?? '')) &&
      !TITLE_WORDS.has(after?.text ?? '') &&
      // "the Minister of Interior Eli Yishai and Prime Minister Netanyahu" (Global Voices, Israel, May 2012, fresh text):
      // a qualified title after "and" opens the next titled name, as a bare title does.
      !(isTitleQualifier(after?.text ?? '') && TITLE_WORDS.has(tokens[j + 2]?.text ?? '')) &&
      // "Secretary of State Condoleezza Rice and US Senator John Kerry" (wikinews-burns-engages-india-civil-nuclear-energy-
      // pact-2006-01-21): so does a country's name or adjective before a title.
      !(countryWord(after?.text ?? '') && TITLE_WORDS.has(tokens[j + 2]?.text ?? '')) &&
      // "the President of Colombia Alvaro Uribe Velez and Spain's prime minister" (wikinews-us-secretary-of-defense-
      // rumsfeld-visits-brazil-2005-03-26): a possessive after "and" opens a phrase of its own.
      !/^['’]s\b/.test(text.slice(after?.end ?? 0)) &&
      !personAfterAnd(tokens, j));
  // "The Lost 52 Project announced on Sunday …" (fresh Wikinews page, November 2019): a number inside a name, when an
  // organisation's head follows it.
  if (/^\d{1,4}$/.test(next.text) && gap === ' ' && after && ORG_HEADS.has(after.text) && text.slice(next.end, after.start) === ' ') {
    words.push(next.text, after.text);
    return { end: after.end, j: j + 2 };
  }
  if (next.text === 'of' && after && /^\d{1,3}$/.test(after.text) && text.slice(next.end, after.start) === ' ') {
    words.push(next.text, after.text);
    return { end: after.end, j: j + 2 };
  }
  const afterThe = tokens[j + 2];
  // "The Committee to Protect Journalists reports that …" (Global Voices, Ethiopia, May 2012): a body's head opening
  // its name, "to" and two capitalised words name what the body is for; "the Social Security Institute to Colpensiones"
  // (a transfer's end) has more before the head and one word after "to".
  const lone = words.length === 1 || (words.length === 2 && words[0] === 'The');
  if (next.text === 'to' && lone && ORG_HEADS.has(words.at(-1) ?? '') && after && isCapitalised(after.text) && afterThe) {
    if (text.slice(end, afterThe.start) === ` to ${after.text} ` && isCapitalised(afterThe.text)) {
      words.push(next.text, after.text);
      return { end: after.end, j: j + 2 };
    }
  }
  if (
    (next.text === 'for' || next.text === 'of' || next.text === 'on') &&
    after?.text === 'the' &&
    afterThe &&
    isCapitalised(afterThe.text) &&
    text.slice(next.end, afterThe.start) === ' the '
  ) {
    words.push(next.text, 'the', afterThe.text);
    return { end: afterThe.end, j: j + 3 };
  }
  if ((next.text === 'and' || next.text === '&') && !joins && after && isCapitalised(after.text)) {
    let k = j + 1;
    while (tokens[k + 1] && isCapitalised(tokens[k + 1]?.text ?? '') && text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0) === ' ') k++;
    // "National Snow and Ice Data Center": an institution's name may end in a head as general as Center, when its first
    // word says it is one; "Houston and Johnson Space Center" stays two names.
    const institution = /^(?:Center|Centre|Institute)$/.test(tokens[k]?.text ?? '') && INSTITUTION_OPENERS.has(words[0] ?? '');
    if ((ORG_HEADS.has(tokens[k]?.text ?? '') || institution) && k - j <= 3) {
      for (let t = j; t <= k; t++) words.push(tokens[t]?.text ?? '');
      return { end: tokens[k]?.end ?? end, j: k + 1 };
    }
  }
  // "[Bashir al] Assad": a particle may close the bracketed part of a name.
  const overBracket = !!after && bracketedNamePart(text, [...words, next.text], next.end, after);
  if (joins && after && isCapitalised(after.text) && (text.slice(next.end, after.start) === ' ' || overBracket)) {
    words.push(next.text, after.text);
    return { end: after.end, j: j + 2 };
  }
  return null;
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
