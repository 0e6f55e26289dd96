import { articleWords } from '../articleWords';
import { isFirstName } from '../lexicon/firstNames';
import { LISTENER_VERBS } from '../lexicon/listenerVerbs';
import { NAME_QUALIFIERS } from '../lexicon/nameQualifiers';
import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { classify } from './classify';
import { LOWER_ROLES, PLACE_HEADS, TITLE_WORDS } from './lookups';
import { eastAsianName } from './eastAsianName';
import { inPictureRoster } from './pictureRoster';
import { afterRoleWord, personShaped } from './names';
import type { EntityRegistry } from './registry';
import { wordStart, type RunInBlock, type TrimmedRun } from './runs';

/** "said co-author ", "said ": a speech verb, then at most three lower-case words, right before a run. */
const SPEECH_VERB_BEFORE = /(?:^|[\s,”"])(\p{Ll}+)\s+(?:(\p{Ll}[\p{Ll}-]*)\s+){0,3}$/u;

/** Words that make the words after a speech verb the listener or a thing, not the speaker: "told the", "said in". */
const NOT_SPEAKER_LEAD = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'in', 'at', 'on', 'of', 'to', 'for', 'by', 'with']);

/**
 * "said co-author Gagandeep Anand of the Space Telescope Science Institute": two name-shaped words right after a speech
 * verb (and the speaker's lower-case role) name the speaker even when no list holds the first name.
 */
function afterSpeechVerb(text: string, start: number): boolean {
  const m = SPEECH_VERB_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!m || !isSpeechVerb(m[1] ?? '') || LISTENER_VERBS.has(m[1] ?? '')) return false;
  return !m[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .some((w) => NOT_SPEAKER_LEAD.has(w));
}

/**
 * "told reporter Jonga Kandemiiri of VOA's Studio 7", "an interview with reporter Ndimyake Mwakalyele of VOA's Studio 7"
 * (VOA Zimbabwe, 2006–2008): a person's role noun in lower case right before the run, as a body's kind noun would
 * be before a body's name ("the daily Le Monde" is a thing the role list does not hold).
 */
function roleNounBefore(text: string, start: number): boolean {
  return LOWER_ROLES.has(/(?:^|\s)(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '');
}

/** Whether a speech verb (a participle too) comes after `end` in its sentence, before its stop. */
function speechLaterInSentence(text: string, end: number): boolean {
  const rest = /^[^.!?"“”]{0,200}/.exec(text.slice(end))?.[0] ?? '';
  return [...rest.matchAll(/\p{Ll}+/gu)].some((m) => isSpeechVerb(m[0]) && !LISTENER_VERBS.has(m[0]));
}

/** "… of Perú Apartheid [es] writes": a language tag at most, then a speech verb, right after a run. */
const SPEECH_VERB_AFTER = /^(?:\s+\[\p{Ll}{2}\])?\s+(?:also\s+)?(\p{Ll}+)\b/u;

/** Whether a speech verb follows the run ending at `end`: the run is its subject, never its listener. */
function speechVerbAfter(text: string, end: number): boolean {
  const verb = SPEECH_VERB_AFTER.exec(text.slice(end, end + 40))?.[1] ?? '';
  return isSpeechVerb(verb) && !LISTENER_VERBS.has(verb);
}

/**
 * "Lydia Buchtmann for Food Standards Australia", "Matthew Ingram of The Globe and Mail", "Jo Anne Val Tilburg of the
 * University of California": a person, then their organisation. With no list holding the first name, two words are a
 * person as the subject of a speech verb ("Amazilia Fracaso of Perú Apartheid [es] writes"), or when the text also
 * calls them by the surname alone (`loneWords`: AP style's surname after the full name) and the words after "of" name
 * a body or place ("Vlada Stamenković of the NASA Jet Propulsion Laboratory" … "Stamenković told"), or in a photo
 * caption's roster of the people pictured ("from left to right, Zephyr Proffitt and Tayah Day of Red Mountain High
 * School", `pictureRoster.ts`). Whether it added them.
 */
export function addPersonThenOrganization(registry: EntityRegistry, run: TrimmedRun, loneWords: ReadonlySet<string>): boolean {
  const { block, text, group, words, start } = run;
  const ofAt = words.findIndex((w, i) => i >= 2 && i <= 4 && (w === 'of' || w === 'for' || w === 'at'));
  // "Reporter Ndimyake Mwakalyele for VOA's Studio 7 for Zimbabwe interviewed …" (VOA, 2005): a role noun opening the
  // sentence, capitalised there, is the person's role, and the name is the two words after it.
  // "fellow Democrat Adam Schiff of the House Intelligence Committee", "Republican John McCain of Arizona called"
  // (wikinews-trump-defends-sharing-classified-information-russians-2017-05-16): a party or other qualifier before a
  // given name (`nameQualifiers.ts`) is the person's, anywhere in the sentence.
  const qualified = ofAt >= 3 && NAME_QUALIFIERS.has(words[0] ?? '') && isFirstName(words[1] ?? '');
  const roleLed = qualified || (ofAt === 3 && group.sentenceStart && start === group.start && afterRoleWord(words.slice(0, ofAt)) === 1) ? 1 : 0;
  const person = words.slice(roleLed, ofAt);
  // "the Roosevelt Room of the White House": a room, a hall or a day of something is no person of it.
  const notPerson = PLACE_HEADS.test(person.join(' ')) || NON_PERSON_HEADS.has(person.at(-1) ?? '');
  const orgWords = words.slice(ofAt + 1).filter((w, i) => i > 0 || w !== 'the');
  const untitled = !person.some((w) => TITLE_WORDS.has(w));
  // The surname alone elsewhere tells a person only before a body or place the words after "of" plainly name.
  const surnameOfBody = loneWords.has(person[1] ?? '') && classify(orgWords.join(' '), orgWords) !== null;
  // "Saleh Kinyongo of the Humanitarian Affairs Ministry revised previous information, saying …" (a fresh Wikinews page,
  // October 2007): two name-shaped words, then "of the" and a name ending in an organisation's head, in a sentence that
  // goes on to a speech verb, are someone of that body who speaks.
  const ofHeadedBody = words[ofAt] === 'of' && words[ofAt + 1] === 'the' && ORG_HEADS.has(orgWords.at(-1) ?? '') && speechLaterInSentence(text, group.end);
  const named =
    isFirstName(person[0] ?? '') ||
    eastAsianName(person) ||
    (ofAt - roleLed === 2 &&
      untitled &&
      (roleLed === 1 ||
        afterSpeechVerb(text, start) ||
        speechVerbAfter(text, group.end) ||
        surnameOfBody ||
        ofHeadedBody ||
        roleNounBefore(text, start) ||
        inPictureRoster(text, start)));
  if (!(ofAt > 0 && named && personShaped(person) && !notPerson && !classify(person.join(' '), person))) return false;
  // Each word is found where it stands ("Sirhan Sirhan of Jordan" writes its first word twice), not at its first use.
  const personStart = wordStart(run, roleLed);
  const personEnd = wordStart(run, ofAt - 1) + (words[ofAt - 1] ?? '').length;
  const role = roleLed ? (words[0] ?? null) : null;
  registry.add('person', text.slice(personStart, personEnd), block, personStart, personEnd, role, role ? [role.toLowerCase()] : []);
  const orgStart = wordStart(run, words.length - orgWords.length);
  if (orgWords.length > 0 && orgStart >= 0)
    registry.add(classify(orgWords.join(' '), orgWords) ?? 'organization', text.slice(orgStart, group.end), block, orgStart, group.end);
  return true;
}

const LOWER_FIRST = /^\p{Ll}/u;

/**
 * The words the article writes alone as a name of one word ("Stamenković told") and never in lower case, as a common
 * word would be somewhere ("Testing" of a heading is "testing" in the prose) in a block the runs are in. `texts` are
 * every block's text, the runs' texts among them.
 */
export function loneNames(runs: ReadonlyArray<RunInBlock>, texts: ReadonlyArray<string>): Set<string> {
  // A word in lower case is looked up among the article's words (whole runs of letters, apostrophes and hyphens), read
  // once an article, not read again from every block here.
  const { blocksOfWord } = articleWords(texts);
  const runBlocks = new Set(runs.map((r) => r.block));
  const writtenLower = (word: string) => LOWER_FIRST.test(word) && (blocksOfWord.get(word) ?? []).some((block) => runBlocks.has(block));
  return new Set(runs.flatMap(({ group }) => (group.words.length === 1 && !writtenLower(group.words[0]?.toLowerCase() ?? '') ? group.words : [])));
}
