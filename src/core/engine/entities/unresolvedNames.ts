import { FAMOUS_SURNAMES } from '../lexicon/famousSurnames';
import { GENERIC_ORG_HEADS } from '../lexicon/genericOrgHeads';
import { isFirstName } from '../lexicon/firstNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { PLACE_PAPER_HEADS } from '../lexicon/placePaperHeads';
import { countVotes } from './contextVotes';
import { afterThe, famousFullName } from './famousFullName';
import { noVotes, type Votes } from './votes';
import { initialsWithoutName, nameWordsShaped, withoutNameSuffix } from './names';
import type { EntityRegistry } from './registry';
import type { RunInBlock } from './runs';
import { onlyShapeSaysPerson } from './shapeOnlyPersons';
import { ownNamedHead } from './ownNamedHead';
import { toldApartByPronoun } from './pronounGender';
import { personOfMisspeltSurname } from './misspeltSurnames';
import { lettersSwapped, vowelChanged } from './nameSpellings';
import {
  arabicArticleName,
  creedName,
  determinedThing,
  facilityThing,
  foreignHeadedName,
  kindNamed,
  namesThing,
  nicknamedThing,
  opensLongerName,
  opensWithVerb,
  programmeName,
} from './personVetoes';
import { settleSkipped } from './skippedRuns';

/**
 * Settles the runs the first pass left: a surname (or last words) of a person already found is that person, a lone
 * first word of an organisation's name is that organisation, and anything else is what the votes of its surroundings
 * say, when they say it strongly enough. Adds each settled mention to `registry`; `texts` are every block's text.
 */
export function resolveUnresolved(registry: EntityRegistry, unresolved: ReadonlyArray<RunInBlock>, texts: ReadonlyArray<string>): void {
  const votes = countVotes(unresolved, texts);
  // Read once: each name the votes made a person asks whether its surname was left alone as a run of its own. A word
  // after "the" is no surname so left: "The Jazz's game was cancelled" after "a Utah Jazz player"
  // (wikinews-nba-suspends-season-covid-19-2020-03-13) calls a team by its nickname, as news calls bands and clubs.
  const loneRuns = new Set(unresolved.flatMap(({ group, text }) => (group.words.length === 1 && !afterThe(text, group.start) ? group.words : [])));
  const skipped: Array<RunInBlock> = [];
  for (const run of unresolved) {
    const { block, group, text } = run;
    const name = text.slice(group.start, group.end);
    const words = group.words;
    if (settledByFound(registry, run, unresolved, texts)) continue;
    const v = votes.get(name) ?? noVotes();
    const best = (['person', 'place', 'organization'] as const).reduce((a, b) => (v[b] > v[a] ? b : a));
    // "Marshall Space Flight Center celebrated": a first name and a verb vote person as strongly as the head word votes
    // place; a tie says nothing, and a name left out is better than a person made of a building. A known first name
    // and one more word is still a person's ("Bill Hill, left, director of Safety").
    const tied =
      (['person', 'place', 'organization'] as const).some((t) => t !== best && v[t] === v[best]) &&
      !(best === 'person' && words.length === 2 && isFirstName(words[0] ?? ''));
    if (v[best] < 2 || tied || (best === 'person' && onlyShapeSaysPerson(words, v, loneRuns, texts))) {
      skipped.push(run);
      continue;
    }
    if (best === 'person' && group.sentenceStart && words.length === 1 && v.person < 3) continue;
    if (best === 'person' && group.sentenceStart && v.personCues === 0 && opensWithVerb(words)) continue;
    // "Officially, the monarch is allowed to …", "Exactly, specifically whether …": a sentence adverb set off by a comma,
    // whose appositive-looking words after it voted for a person.
    if (best === 'person' && group.sentenceStart && words.length === 1 && /ly$/.test(name) && !isFirstName(name) && text.startsWith(',', group.end)) continue;
    // "Head of State and Government" may be voted a person by its surroundings, but a name has no "of" or "and".
    if (best === 'person' && (!nameWordsShaped(words) || initialsWithoutName(words) || programmeName(words) || creedName(words) || foreignHeadedName(words)))
      continue;
    if (
      best === 'person' &&
      (namesThing(words, v) ||
        kindNamed(v) ||
        determinedThing(v) ||
        facilityThing(v) ||
        nicknamedThing(v) ||
        opensLongerName(registry, name, v) ||
        arabicArticleName(words, v, loneRuns))
    ) {
      // "Hungarian daily newspaper Magyar Nemzet revealed", "The Baltimore Sun reported": what an organisation's kind noun or
      // head word named, or an organisation's branch or paper, is an organisation; a film or a building is left out.
      if (kindNamed(v) || (v.organization >= 3 && namesThing(words, v)) || branchOfOrganization(registry, votes, words))
        registry.add('organization', name, block, group.start, group.end);
      continue;
    }
    registry.add(best === 'person' && branchOfOrganization(registry, votes, words) ? 'organization' : best, name, block, group.start, group.end);
  }
  settleSkipped(registry, skipped, texts);
}

/**
 * Whether a run is settled by an entity already found, and so added to `registry`: a person's surname or last words,
 * a name the news calls a person by alone (or two words holding one), the word an organisation was found under, or the
 * head word of the one organisation it heads. `unresolved` are all the runs left, `texts` every block's text.
 */
function settledByFound(registry: EntityRegistry, run: RunInBlock, unresolved: ReadonlyArray<RunInBlock>, texts: ReadonlyArray<string>): boolean {
  const { block, group, text } = run;
  const name = text.slice(group.start, group.end);
  const words = group.words;
  const bearer = registry.personBySurname(name, block, group.start) ?? registry.personBySurname(words.at(-1) ?? '', block, group.start);
  // A surname two people named before share, where the text has not settled which is meant, names neither of them.
  if (bearer === undefined && words.length === 1 && registry.sharedSurname(name, block, group.start)) {
    registry.leftToNoOne.push({ block, start: group.start, end: group.end });
    return true;
  }
  // "Maria, that's her name, is 56" after "Josep Maria … what he's thinking": a given name alone the text tells apart
  // by its pronoun is someone else.
  const apart = bearer !== undefined && words.length === 1 && isFirstName(name) && toldApartByPronoun(bearer, texts, text, group.end);
  if (apart) registry.keepApart(block, group.start);
  const surname = apart ? undefined : bearer;
  // "Harris said" after "Bernard A. Harris Jr.": a surname is the name's last word before its suffix.
  // "De Blasio made the announcement" after "Bill de Blasio", "Bin Zaid" after "Sharif Ali bin Zaid": a sentence
  // capitalises the surname's particle.
  const lowParticle = /^(?:De|Van|Von|Da|Del|Der|Den|Di|Du|La|Le|Bin|Ibn)\s/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  if (
    surname &&
    (words.length === 1 || withoutNameSuffix(surname.name).endsWith(name) || surname.name.endsWith(name) || surname.name.endsWith(` ${lowParticle}`))
  ) {
    // "de Vries added": a lower-case particle before the surname belongs to it.
    const particle = /\b(?:de|van|von|da|del|der|den|di|du|la|le)\s+$/.exec(text.slice(Math.max(0, group.start - 5), group.start));
    const mentionStart = particle && surname.name.includes(`${particle[0]}${name}`) ? group.start - particle[0].length : group.start;
    registry.add('person', surname.name, block, mentionStart, group.end);
    const written = text.slice(mentionStart, group.end);
    if (written !== surname.name) surname.aliases.add(written);
    return true;
  }
  // "Rumsfled stated that" after "Donald Rumsfeld", "Wasif suggested" after "Sally Wasef": a lone word speaking that
  // misspells one person's surname, or writes one of its vowels otherwise, is theirs.
  const misspelt =
    words.length === 1 && isSpeechVerb(/^\s(\p{Ll}+)/u.exec(text.slice(group.end))?.[1] ?? '')
      ? personOfMisspeltSurname(registry.entities.values(), name, (w, s) => lettersSwapped(w, s) || vowelChanged(w, s))
      : undefined;
  if (misspelt) {
    registry.add('person', misspelt.name, block, group.start, group.end);
    misspelt.aliases.add(name);
    return true;
  }
  // "… and kill Putin.", "from Gorbachev to Obama": a name the news calls a person by alone is that person's, as
  // "Trump" is after "the Trump Organization"; "the" before it makes it a thing's ("the Mandela Effect"). Where a
  // longer run holds it after a first name ("President of France Nicolas Sarkozy Monday"), the full name settled
  // later is the person's.
  if (
    words.length === 1 &&
    FAMOUS_SURNAMES.has(name) &&
    !afterThe(text, group.start) &&
    !unresolved.some((r) => r.group.words.some((w, i) => w === name && i > 0 && isFirstName(r.group.words[i - 1] ?? '')))
  ) {
    registry.add('person', name, block, group.start, group.end);
    return true;
  }
  // "ousted Saddam Hussein": two name-shaped words holding a name the news calls a person by alone are that person's.
  if (famousFullName(run)) {
    registry.add('person', name, block, group.start, group.end);
    return true;
  }
  // "Tesco said" after "retailer Tesco … Tesco Polska": an organisation found under the word itself is the one it names.
  const short = words.length === 1 ? (registry.entities.get(`organization:${name}`) ?? registry.orgShort.get(name)) : undefined;
  if (short) {
    registry.add('organization', short.name, block, group.start, group.end);
    return true;
  }
  // "the Department announced": a head word alone refers back to the one organisation it heads ("Justice
  // Department", "Department of Justice"), and to none when it heads several. One it merely opens or sits inside
  // ("Army Capstone Concept", "Department of the Army") is not what it names: with none it heads, "the Army" is an
  // organisation of its own, as before.
  if (words.length === 1 && GENERIC_ORG_HEADS.has(name)) {
    const named = [...registry.entities.values()].filter((e) => e.type === 'organization' && headedBy(e.name, name));
    const modified = OWN_MODIFIER.exec(text.slice(Math.max(0, group.start - 40), group.start));
    const [only] = named;
    if (modified && (named.length !== 1 || !only || ownNamedHead(`${modified[0]}${name}`, name.toLowerCase(), only))) return true;
    if (named.length === 1 && named[0]) registry.add('organization', named[0].name, block, group.start, group.end);
    if (named.length > 0) return true;
  }
  return false;
}

/**
 * "Tesco Polska has cut expenditures" after "UK-based retailer Tesco": a name of two words that opens with an
 * organisation's whole one-word name (found, or voted so by its surroundings), no first name and no found person's
 * surname is that organisation's branch, not a person; so is a paper named after a place the article names.
 */
function branchOfOrganization(registry: EntityRegistry, votes: ReadonlyMap<string, Votes>, words: ReadonlyArray<string>): boolean {
  const first = words[0] ?? '';
  // "on Twitter West accused his wife": a person's surname after it is that person, the organisation a word before.
  if (words.length !== 2 || isFirstName(first) || registry.surnames.has(words[1] ?? '')) return false;
  const v = votes.get(first);
  const voted = (type: 'organization' | 'place') =>
    v !== undefined && v[type] >= 2 && (['person', 'place', 'organization'] as const).every((t) => t === type || v[type] > v[t]);
  // "The Baltimore Sun reported": a paper's weaker head word after a place found in the article (`placePaperHeads.ts`).
  if (PLACE_PAPER_HEADS.has(words[1] ?? '') && (registry.entities.has(`place:${first}`) || voted('place'))) return true;
  return registry.entities.has(`organization:${first}`) || voted('organization');
}

/**
 * "the", then one or two lower-case words before a head word written as a name ("the peoples' Council"): a modifier
 * that may make the head another body than the organisation it heads (`ownNamedHead.ts` tells).
 */
const OWN_MODIFIER = /\bthe\s+(?:(?!(?:the|of|a|an|to|in|for|on|at|by|with|from|and|or)\s)\p{Ll}[\p{L}\p{M}'’-]*\s+){1,2}$/u;

/**
 * Whether `head` is the head word of an organisation's name: its first word before "of" ("Department of Justice"),
 * or its last when no "of" comes before ("Justice Department"; not "Department of the Army").
 */
function headedBy(name: string, head: string): boolean {
  const words = name.split(' ');
  return (words[0] === head && words[1] === 'of') || (words.at(-1) === head && !words.includes('of'));
}
