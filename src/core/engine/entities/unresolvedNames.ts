import { FAMOUS_SURNAMES } from '../lexicon/famousSurnames';
import { GENERIC_ORG_HEADS } from '../lexicon/genericOrgHeads';
import { isFirstName } from '../lexicon/firstNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { PLACE_PAPER_HEADS } from '../lexicon/placePaperHeads';
import { countVotes } from './contextVotes';
import { afterThe, famousFullName } from './famousFullName';
import { noVotes, type Votes } from './votes';
import { listedWithPerson, settleListed } from './listedNames';
import { givenNamesAlike } from './sharedSurnames';
import { mandarinName } from './eastAsianName';
import { initialsWithoutName, nameWordsShaped, personShaped, withoutNameSuffix } from './names';
import type { EntityRegistry } from './registry';
import type { RunInBlock } from './runs';
import type { FoundEntity } from './types';
import { onlyShapeSaysPerson, writesAsCommonWord } from './shapeOnlyPersons';
import { toldApartByPronoun } from './pronounGender';
import { personOfMisspeltSurname } from './misspeltSurnames';
import { lettersSwapped, vowelChanged } from './nameSpellings';
import {
  creedName,
  determinedThing,
  facilityThing,
  kindNamed,
  namesThing,
  nicknamedThing,
  opensLongerName,
  opensWithVerb,
  programmeName,
} from './personVetoes';

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
    if (best === 'person' && (!nameWordsShaped(words) || initialsWithoutName(words) || programmeName(words) || creedName(words))) continue;
    if (
      best === 'person' &&
      (namesThing(words, v) || kindNamed(v) || determinedThing(v) || facilityThing(v) || nicknamedThing(v) || opensLongerName(registry, name, v))
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
    if (named.length === 1 && named[0]) registry.add('organization', named[0].name, block, group.start, group.end);
    if (named.length > 0) return true;
  }
  return false;
}

/**
 * The runs the votes left unsettled, in order. "Kostiantyn Usov's documentary … Usov said": a full name first seen
 * where nothing tells it is a person is the person its surname turned out to be; one listed next to a person is a
 * person too; and so is one the article goes on to call by the surname alone, as AP and Wikinews style does ("Shimon
 * Peres … — Peres, on whether"): when it opens with a common first name and the lone surname is met inside a sentence,
 * or when the lone surname speaks or signs a quote; unless the article writes one of its words as a common word or the
 * name opens with a verb ("Assuming Apollo 9 met its objectives … Apollo 10"). A Mandarin name, surname first, whose
 * surname speaks alone ("Lai Changxing … Lai said") is a person too. A lone surname left so is the person settled before it.
 */
function settleSkipped(registry: EntityRegistry, skipped: ReadonlyArray<RunInBlock>, texts: ReadonlyArray<string>): void {
  // "Apollo 10" is a mission's number, no surname.
  const loneRuns = skipped.filter(({ group, text }) => group.words.length === 1 && !/^\s\d/.test(text.slice(group.end, group.end + 2)));
  // A sentence's first word may be any noun ("Students in today's classrooms"), and a headline capitalises every word
  // ("Inspires Students at Hattiesburg Event"): a lone surname must be met inside a sentence of the body.
  const lone = new Set(loneRuns.filter(({ group, block }) => !group.sentenceStart && block !== 0).map(({ group }) => group.words[0]));
  // "Daly explained how …", "— Peres, on whether …": a lone surname that speaks or signs a quote.
  const speaking = new Set(loneRuns.filter(speaksOrSigns).map(({ group }) => group.words[0]));
  // The people settled here as called by their surname: a lone surname before them was left for this loop.
  const calledSo = new Set<FoundEntity>();
  // The people settled as listed next to a person, and the runs left for a list's later names to settle.
  const listed = new Set<FoundEntity>();
  const left: Array<RunInBlock> = [];
  for (const run of skipped) {
    const { block, group, text } = run;
    const words = group.words;
    if (creedName(words)) continue;
    const named = words.length === 1 ? registry.personBySurname(words[0] ?? '', block, group.start) : undefined;
    if (named && calledSo.has(named)) {
      registry.add('person', named.name, block, group.start, group.end);
      continue;
    }
    const surname = registry.surnames.get(words.at(-1) ?? '');
    const last = words.at(-1);
    const calledBySurname =
      words.length <= 3 &&
      ((isFirstName(words[0] ?? '') && lone.has(last)) ||
        speaking.has(last) ||
        (speaking.has(words[0]) && !isFirstName(words[0] ?? '') && mandarinName(words))) &&
      !opensWithVerb(words) &&
      !writesAsCommonWord(words, texts);
    // "Yours Sincerely Vitus-Gregory Gondwe" after "Gregory Gondwe": a person named before under a given name this one holds.
    const namedBefore = words.length === 2 && surname !== undefined && givenNamesAlike(surname.name.split(' ')[0] ?? '', words[0] ?? '');
    const bySurname = personShaped(words) && ((surname && !surname.name.includes(' ')) || calledBySurname || namedBefore);
    const byList = !bySurname && listedWithPerson(registry, run, listed);
    if (bySurname || byList) {
      const person = registry.add('person', text.slice(group.start, group.end), block, group.start, group.end);
      if (calledBySurname) calledSo.add(person);
      if (byList) listed.add(person);
    } else left.push(run);
  }
  settleListed(registry, headlineSurnames(registry, left, texts), listed);
}

/**
 * "FIFA World Cup 2018 semifinals: Umtiti scores only goal" over "Samuel Umtiti scored the only goal of the match"
 * (wikinews-umtiti-scores-france-reaches-final-beating-belgium-2018-07-10): a headline calls by surname alone the person
 * the body names in full after it, so a lone word of the headline (block 0) that is the one surname settled in the body
 * is that person's, unless the article writes it as a common word. Adds each such mention to `registry`, in reading
 * order among the person's mentions, and returns the other runs of `left`.
 */
function headlineSurnames(registry: EntityRegistry, left: ReadonlyArray<RunInBlock>, texts: ReadonlyArray<string>): Array<RunInBlock> {
  return left.filter(({ block, group }) => {
    const word = group.words[0] ?? '';
    if (block !== 0 || group.words.length !== 1 || writesAsCommonWord(group.words, texts)) return true;
    const bearer = registry.personBySurname(word, block, group.start);
    if (!bearer?.name.endsWith(` ${word}`)) return true;
    registry.add('person', bearer.name, block, group.start, group.end);
    bearer.aliases.add(word);
    // The passes after read a person's first mention as where the text first names them: the headline's comes first.
    bearer.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
    return false;
  });
}

/** Whether a lone name is the subject of a speech verb ("Daly explained") or signs a quote after a dash ("brains." — Peres, on"). */
function speaksOrSigns({ group, text }: RunInBlock): boolean {
  const verb = /^\s+(?:also\s+)?(\p{Ll}+)/u.exec(text.slice(group.end, group.end + 30))?.[1] ?? '';
  return isSpeechVerb(verb) || /["”]\s*[—–]\s*$/.test(text.slice(Math.max(0, group.start - 4), group.start));
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
 * Whether `head` is the head word of an organisation's name: its first word before "of" ("Department of Justice"),
 * or its last when no "of" comes before ("Justice Department"; not "Department of the Army").
 */
function headedBy(name: string, head: string): boolean {
  const words = name.split(' ');
  return (words[0] === head && words[1] === 'of') || (words.at(-1) === head && !words.includes('of'));
}
