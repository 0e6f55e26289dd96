import { LANGUAGE_TAG } from '../languageTag';
import { endsInColon } from '../textBefore';
import { LISTENER_VERBS } from '../lexicon/listenerVerbs';
import { NOT_NAMES } from '../lexicon/notNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { classify } from './classify';
import { ROLE_WORDS, TITLE_WORDS } from './lookups';
import type { EntityRegistry } from './registry';
import { writesAsCommonWord } from './shapeOnlyPersons';
import { mentionKey } from './types';

/**
 * `"…," Wu said`: a quote's closing mark after its comma, then one capitalised word and a verb. Only a comma carries a
 * quote on into its cue: after `?”` a new sentence may open (`What is the scenario?” Asking questions like these …`).
 */
const WORD_AFTER_QUOTE = /,["”]\s+(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)\b/gu;

/** `"…," said Wu.`: a quote's closing mark after its comma, the verb, then one capitalised word closing the sentence. */
const INVERTED_WORD = /,["”]\s+(\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?=[.;]|,\s)/gu;

/**
 * "Abdulmalik suggests that the move results from donor pressure:", "But Phetie reminds critics that …:": a paragraph
 * leading into a quoted comment, its last sentence opening with one capitalised word and a verb. Global Voices names a
 * commenter so, by the one name they post under.
 */
const COLON_LEAD_IN = /(?:^|[.!?]["”]?\s+)(?:(?:But|And|Yet)\s+)?(\p{Lu}\p{Ll}+)\s+(?:also\s+)?(\p{Ll}+)\b((?:[^.!?]|[!?]["”])*):\s*$/u;

/**
 * `Rio, Zambian Watchdog reader, responds:`, `Another reader, Kapyololo, thinks that fuel shortages is a sign of poor
 * governance:` (Global Voices, Zambia, May 2012), `Another blogger, Tototapalnise [id], tries to understand …:` (Indonesia,
 * May 2012): a lead-in into a quoted comment that calls its one-word name a reader or commenter (or, before it, a
 * blogger), the role noun set off by commas before or after it, the name perhaps with the language tag of its link. A
 * reader who comments is a person, whatever verb presents the comment.
 */
export const READER = 'reader';
const READER_LEAD_IN = new RegExp(
  String.raw`(?:^|[.!?]["”]?\s+)(?:(?:Another|One|A)\s+(?:\p{L}+\s+)?(?:reader|commenter|blogger),\s+(\p{Lu}\p{Ll}+)(?:\s+${LANGUAGE_TAG})?,|(\p{Lu}\p{Ll}+),\s+(?:[\p{L}’']+\s+){0,3}(?:reader|commenter),)\s+(?:also\s+)?\p{Ll}+\b(?:[^.!?]|[!?]["”])*:\s*$`,
  'u',
);

/**
 * `nkhosi believes that there is something wrong with …:`, `Of the former, babalu places blame for Soto's death …:`
 * (Global Voices, South Africa and Cuba, May 2012): a paragraph leading into a quoted comment that opens, perhaps after a
 * short phrase, with a word in lower case and a verb. Edited prose opens no sentence so; a commenter's or blogger's
 * screen name as they write it does. Not a conjunction, relative or pronoun going on from before ("and added [ko]:"), nor
 * a participle after a clause ("Ianyan updates its readers, examining motives:").
 */
const LOWER_CASE_LEAD_IN = new RegExp(
  String.raw`^(?:(?:Of|For|In|On|As\s+for|Meanwhile|Finally|However|Still)\b[^,.:;!?"“”]{0,40},\s+)?(?!(?:and|but|or|so|then|yet|also|while|as|if|when|who|which|whom|whose|here|there|this|that|these|those|it|we|they|he|she|i|one|some|many|most|the|their|his|her|its|our|my|your|all|each|every|both|few|other|such|no|not)\b)(\p{Ll}[\p{Ll}\p{N}_.-]{2,}(?<!ing))(?:\s+${LANGUAGE_TAG})?\s+(?:also\s+)?\p{Ll}+(?:s|ed)\b(?:[^.!?]|[!?]["”])*:\s*$`,
  'u',
);

/** "Ianyan updates its readers, examining motives:": a site or a publication, not a person, has "its" readers. */
const ITS = /(?<!\p{L})(?:its|itself)(?!\p{L})/u;

/**
 * Whether `word`, met at [start, end) of block `block`, can be taken for a person's lone name: written like one, no
 * title, role or word that never names anyone, nothing a lexicon classifies, no word of a name found already, no word
 * the article writes in lower case ("Police said"), and no mention there yet.
 */
function loneName(registry: EntityRegistry, texts: ReadonlyArray<string>, word: string, block: number, start: number, reader = false): boolean {
  if (NOT_NAMES.has(word) || TITLE_WORDS.has(word) || ROLE_WORDS.has(word.toLowerCase()) || classify(word, [word]) !== null) return false;
  if (registry.byMention.has(mentionKey(block, start))) return false;
  for (const entity of registry.entities.values()) {
    const words = entity.name.split(/\s+/);
    // "Cassily said" after thirteen "Chelsi Cassilly": a misspelt surname is someone's, though not one to guess at.
    if (words.includes(word) || entity.aliases.has(word) || words.some((w) => oneEditApart(w, word))) return false;
  }
  // "Chung Yi “Sophie” Hou … said Sophie": a nickname in marks is the nicknamed person's, whom the name pass may have missed.
  if (texts.some((text) => text.includes(`“${word}”`) || text.includes(`"${word}"`))) return false;
  // "don’t say kapyololo did not warn": a reader may write their own user name in lower case.
  return reader || !writesAsCommonWord([word], texts);
}

/** Whether two words differ by one letter added, dropped or changed: "Cassilly" and "Cassily". */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/**
 * People a speech cue right after a quote calls by one word that nothing else settled (`"The integrity of our democracy
 * is at stake," Wu said.`, Wikinews 2004), or a paragraph leading into a quoted comment (`COLON_LEAD_IN`, `READER_LEAD_IN`): AP and
 * Wikinews put only a person's surname, or a child's first name, there;
 * an organisation that speaks so is named elsewhere in the article or known to the lexicons, and a common noun is
 * written in lower case somewhere else. Run after the other cue names, so a full name found anywhere wins; `texts` are
 * the blocks' texts.
 */
export function addLoneSpeakerNames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  texts.forEach((text, block) => {
    const found: Array<{ word: string; start: number }> = [];
    for (const m of text.matchAll(WORD_AFTER_QUOTE)) {
      const word = m[1] ?? '';
      if (isSpeechVerb(m[2] ?? '') && !LISTENER_VERBS.has(m[2] ?? '')) found.push({ word, start: m.index + m[0].indexOf(word, 2) });
    }
    for (const m of text.matchAll(INVERTED_WORD)) {
      const word = m[2] ?? '';
      if (isSpeechVerb(m[1] ?? '') && !LISTENER_VERBS.has(m[1] ?? '')) found.push({ word, start: m.index + m[0].lastIndexOf(word) });
    }
    // The lead-in patterns end in `:\s*$`: a paragraph that does not end in a colon is not read by them at all.
    const colon = endsInColon(text);
    const leadIn = colon ? COLON_LEAD_IN.exec(text) : null;
    if (leadIn?.[1] && isSpeechVerb(leadIn[2] ?? '') && !LISTENER_VERBS.has(leadIn[2] ?? '') && !ITS.test(leadIn[3] ?? ''))
      found.push({ word: leadIn[1], start: leadIn.index + leadIn[0].indexOf(leadIn[1]) });
    for (const { word, start } of found) if (loneName(registry, texts, word, block, start)) registry.add('person', word, block, start, start + word.length);
    if (colon) addReader(registry, texts, block);
    const lower = block > 0 && colon ? LOWER_CASE_LEAD_IN.exec(text) : null;
    const name = lower?.[1];
    const at = lower && name ? lower[0].indexOf(name) : -1;
    if (name && at >= 0 && loneName(registry, texts, name, block, at, true)) registry.add('person', name, block, at, at + name.length, null, [READER]);
  });
}

/**
 * The reader a paragraph's lead-in names (`READER_LEAD_IN`): a person, whom the role word `reader` keeps though they write
 * their own user name in lower case ("don’t say kapyololo did not warn", which `dropCommonWordNames` would read as a
 * common word). A name the other passes made a person already gets the role word.
 */
function addReader(registry: EntityRegistry, texts: ReadonlyArray<string>, block: number): void {
  const text = texts[block] ?? '';
  const lead = READER_LEAD_IN.exec(text);
  const word = lead?.[1] ?? lead?.[2];
  if (!lead || !word) return;
  const start = lead.index + lead[0].indexOf(word);
  const known = registry.byMention.get(mentionKey(block, start));
  if (known?.type === 'person' && known.name === word) known.roleWords.add(READER);
  else if (!known && loneName(registry, texts, word, block, start, true)) registry.add('person', word, block, start, start + word.length, null, [READER]);
}
