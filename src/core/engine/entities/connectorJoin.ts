import { CONNECTORS } from '../lexicon/connectors';
import { isFirstName } from '../lexicon/firstNames';
import { MONTH_NAMES } from '../lexicon/monthNames';
import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { POSTING_PLATFORMS } from '../lexicon/postingPlatforms';
import { COUNTRY_BY_ADJECTIVE, PLACE_ALIASES, PLACES, TITLE_WORDS } from './lookups';
import { personAfterAnd, titledNameThenTitle } from './personAfterAnd';
import { isTitleQualifier } from './qualifiedTitle';
import { isCapitalised, type Token } from './tokens';
import { bracketedNamePart } from './bracketedNamePart';

/** A country's or a place's name, short form or adjective, as it qualifies a title: "US", "Indian", "Spain". */
const countryWord = (word: string): boolean => PLACES.has(word) || PLACE_ALIASES.has(word) || COUNTRY_BY_ADJECTIVE.has(word);

/** First words that make a name an institution's: "National", "International", "Federal". */
const INSTITUTION_OPENERS = new Set(['National', 'International', 'Federal', 'American', 'European', 'Royal', 'World', 'Global', 'Regional', 'Joint']);

/**
 * A lone capitalised word in -ing, opening its sentence as a participle does: "Writing" of "Writing on the World Bank
 * blog, Justin Yifu Lin … argued:" (gv-africa-development-or-democracy-2012-05-15). "on the", "for the" or "of the"
 * after it starts where the participle is done ("Writing for the Guardian"), not a name's next part.
 */
const openingGerund = (words: ReadonlyArray<string>): boolean =>
  words.length === 1 && /^\p{Lu}\p{Ll}{2,}ing$/u.test(words[0] ?? '') && !isFirstName(words[0] ?? '');

/**
 * "According to SpaceX the Falcon 9 can generate …" (wikinews-spacex-test-fires-falcon-9-texas-2008-11-24), "told VOA the
 * North does not need nuclear weapons", "diverted to Valencia the Spanish Air Authority described …": one word after "to"
 * or "told" is a source, a listener or a destination, and "the" opens the next clause's subject, not an epithet ("Alexander
 * the Great") or a title's words ("Restore the Fourth").
 */
function sourceThenClause(text: string, tokens: ReadonlyArray<Token>, words: ReadonlyArray<string>, j: number): boolean {
  const first = tokens[j - 1];
  return words.length === 1 && !!first && /\b(?:to|told)\s$/u.test(text.slice(Math.max(0, first.start - 6), first.start));
}

/** Where a run of capitalised words stands after it takes in the next tokens: its end offset and the next token's index. */
export interface RunEnd {
  end: number;
  j: number;
}

/**
 * Takes the token at `j`, which did not join the run `words` (ending at `end`) by its capital, into it with the words it
 * brings: a connector before a capital ("of the", "for the", "and" inside a body's name, "to" after a body's head),
 * "of 3", or a number before an organisation's head. Apart from `extendRun`, which reads the capitalised word itself.
 * Returns where the run now ends, or null where it ends before token `j`.
 */
export function joinOverConnector(text: string, tokens: ReadonlyArray<Token>, words: Array<string>, end: number, j: number): RunEnd | null {
  const next = tokens[j];
  if (!next) return null;
  const gap = text.slice(end, next.start);
  const after = tokens[j + 1];
  // "UN Conference on Trade and Development": "on" after a body's head joins its name as "of" does.
  const insideName = words.some((w, i) => (CONNECTORS.has(w) && w !== 'the') || (w === 'on' && ORG_HEADS.has(words[i - 1] ?? '')));
  const joins =
    (CONNECTORS.has(next.text) && !['and', '&'].includes(next.text) && !(next.text === 'the' && sourceThenClause(text, tokens, words, j))) ||
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
      !titledNameThenTitle(words, tokens, j) &&
      // "the President of Colombia Alvaro Uribe Velez and Spain's prime minister" (wikinews-us-secretary-of-defense-
      // rumsfeld-visits-brazil-2005-03-26): a possessive after "and" opens a phrase of its own.
      !/^['’]s\b/.test(text.slice(after?.end ?? 0)) &&
      !personAfterAnd(tokens, j));
  // "The Lost 52 Project announced on Sunday …" (fresh Wikinews page, November 2019): a number inside a name, when an
  // organisation's head follows it.
  // Not a day after its month ("On March 3 Police Chief Ali said", "On May 4 Congress voted"): that is a date.
  const afterMonth = MONTH_NAMES.includes(words.at(-1) ?? '');
  if (/^\d{1,4}$/.test(next.text) && gap === ' ' && after && ORG_HEADS.has(after.text) && text.slice(next.end, after.start) === ' ' && !afterMonth) {
    words.push(next.text, after.text);
    return { end: after.end, j: j + 2 };
  }
  // "the January 25 Youth Coalition said" (Wikinews, Egypt, March 2011), "the April 6 Youth Movement": a month and its
  // day name a movement after the day it began, when capitalised words ending in an organisation's head follow the day.
  if (afterMonth && words.slice(0, -1).every((w) => w === 'The') && /^\d{1,2}$/.test(next.text) && gap === ' ') {
    let k = j + 1;
    while (k - j <= 3 && tokens[k] && isCapitalised(tokens[k]?.text ?? '') && text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0) === ' ') {
      const following = tokens[k + 1];
      const runsOn = !!following && isCapitalised(following.text) && text.slice(tokens[k]?.end ?? 0, following.start) === ' ';
      if (ORG_HEADS.has(tokens[k]?.text ?? '') && !runsOn) {
        for (let t = j; t <= k; t++) words.push(tokens[t]?.text ?? '');
        return { end: tokens[k]?.end ?? end, j: k + 1 };
      }
      k++;
    }
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
  // "Cengiz traveled to New York for the United Nations (UN) General Assembly" (wikinews-fiancee-of-murdered-saudi-
  // journalist-demands-justice-2019-09-29): a whole place's name is no head that "for the" or "of the" goes on naming.
  if (
    (next.text === 'for' || next.text === 'of' || next.text === 'on') &&
    !openingGerund(words) &&
    !PLACES.has(words.join(' ')) &&
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
