import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { OUTLET_HEADS } from '../lexicon/outletHeads';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { LISTENER_VERBS } from '../lexicon/listenerVerbs';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';
import { OUTLET_WORK_NOUNS } from '../lexicon/outletWorkNouns';
import { VIEW_NOUNS } from '../lexicon/viewNouns';
import { WRITTEN_WORKS } from '../lexicon/writtenWorks';
import { classify } from './classify';
import { PLACE_HEADS, ROLE_WORDS, TITLE_WORDS } from './lookups';
import { nameShapedWord } from './names';
import type { EntityRegistry } from './registry';
import type { TrimmedRun } from './runs';

/** The lower-case word right after a run, past a language tag ("[es]") and "also": the run's verb when it has one. */
const VERB_AFTER = /^(?:\s+\[\p{Ll}{2}\])?\s+(?:also\s+)?(\p{Ll}+)\b/u;

const OUTLETS: ReadonlySet<string> = new Set(OUTLET_HEADS);

/** Whether `word` is a role noun, singular or plural ("Critics of The Times said"), capitalised as it opens a sentence. */
const roleWord = (word: string) => {
  const lower = word.toLowerCase();
  return ROLE_WORDS.has(lower) || ROLE_WORDS.has(lower.replace(/s$/, ''));
};

/**
 * Whether `word`, capitalised as it opens a sentence, is a common noun for what an outlet makes, does or is ("Analysis",
 * "Poll", "Publisher", "Coverage", "Editorial" of The Washington Post says): no writer's surname.
 */
const outletWorkNoun = (word: string) => {
  const lower = word.toLowerCase();
  return [OUTLET_WORK_NOUNS, DOCUMENT_NOUNS, VIEW_NOUNS, WRITTEN_WORKS, ORGANIZATION_KINDS].some((nouns) => nouns.has(lower));
};

/**
 * `Dodds of Time Magazine points out, "…"` (wikinews-nyc-russian-vodka-boycott-homosexuality-laws-2013-08-06): one
 * name-shaped word, then "of" and a news outlet's name (a name ending in an outlet head: "Magazine", "Times", "Post"),
 * then a speech verb in the singular, is a writer called by the surname alone and the outlet they write for (AP style names a columnist
 * so), never one organisation: the word is no title ("Editor of …"), organisation or place head, role noun or non-name.
 * Adds the person and the outlet to `registry`; whether it did.
 */
export function addSurnameOfOutlet(registry: EntityRegistry, run: TrimmedRun, surnamesOfNamed: ReadonlySet<string>): boolean {
  const { block, text, group, words, start } = run;
  const [surname = '', of, ...rest] = words;
  const outlet = rest[0] === 'the' ? rest.slice(1) : rest;
  if (of !== 'of' || outlet.length === 0) return false;
  if (!OUTLETS.has(outlet.at(-1) ?? '')) return addSurnameOfBody(registry, run, surnamesOfNamed);
  if (!nameShapedWord(surname) || NOT_NAMES.has(surname) || TITLE_WORDS.has(surname) || ORG_HEADS.has(surname) || NON_PERSON_HEADS.has(surname)) return false;
  if (PLACE_HEADS.test(surname) || roleWord(surname) || outletWorkNoun(surname) || classify(surname, [surname]) !== null) return false;
  const verb = VERB_AFTER.exec(text.slice(group.end, group.end + 40))?.[1] ?? '';
  // "Friends of The Times say": a present verb with no -s has a plural subject, never one writer.
  if (!isSpeechVerb(verb) || LISTENER_VERBS.has(verb) || isSpeechVerb(`${verb}s`)) return false;
  const end = start + surname.length;
  registry.add('person', surname, block, start, end);
  const outletStart = text.indexOf(outlet[0] ?? '', end);
  registry.add(classify(outlet.join(' '), outlet) ?? 'organization', text.slice(outletStart, group.end), block, outletStart, group.end);
  return true;
}

/**
 * `Soulas of Entraide et Solidarité AF447 disagreed.` after `Robert Soulas, vice president of Entraide et Solidarité
 * AF447, …` (a fresh Wikinews page, April 2011): one word the text writes elsewhere as the last word of a full name
 * (`surnamesOfNamed`), then "of" and a body, is that person called by surname alone (AP style) and the body they belong
 * to, not one body's name. Adds both to `registry`; whether it did. The word is no title, head, role noun or non-name.
 */
function addSurnameOfBody(registry: EntityRegistry, { block, text, group, words, start }: TrimmedRun, surnamesOfNamed: ReadonlySet<string>): boolean {
  const [surname = '', , ...rest] = words;
  const body = rest[0] === 'the' ? rest.slice(1) : rest;
  if (!surnamesOfNamed.has(surname) || body.length === 0 || NOT_NAMES.has(surname) || TITLE_WORDS.has(surname) || ORG_HEADS.has(surname)) return false;
  if (NON_PERSON_HEADS.has(surname) || PLACE_HEADS.test(surname) || roleWord(surname) || classify(surname, [surname]) !== null) return false;
  const end = start + surname.length;
  registry.add('person', surname, block, start, end);
  const bodyStart = text.indexOf(body[0] ?? '', end);
  registry.add(classify(body.join(' '), body) ?? 'organization', text.slice(bodyStart, group.end), block, bodyStart, group.end);
  return true;
}
