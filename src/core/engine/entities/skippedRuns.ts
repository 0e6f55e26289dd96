import { isFirstName } from '../lexicon/firstNames';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { listedWithPerson, settleListed } from './listedNames';
import { givenNamesAlike } from './sharedSurnames';
import { mandarinName } from './eastAsianName';
import { personShaped } from './names';
import type { EntityRegistry } from './registry';
import type { RunInBlock } from './runs';
import type { FoundEntity } from './types';
import { writesAsCommonWord } from './shapeOnlyPersons';
import { creedName, foreignHeadedName, opensWithVerb } from './personVetoes';

/**
 * The runs the votes left unsettled, in order. "Kostiantyn Usov's documentary … Usov said": a full name first seen
 * where nothing tells it is a person is the person its surname turned out to be; one listed next to a person is a
 * person too; and so is one the article goes on to call by the surname alone, as AP and Wikinews style does ("Shimon
 * Peres … — Peres, on whether"): when it opens with a common first name and the lone surname is met inside a sentence,
 * or when the lone surname speaks or signs a quote; unless the article writes one of its words as a common word or the
 * name opens with a verb ("Assuming Apollo 9 met its objectives … Apollo 10"). A Mandarin name, surname first, whose
 * surname speaks alone ("Lai Changxing … Lai said") is a person too. A lone surname left so is the person settled before it.
 */
export function settleSkipped(registry: EntityRegistry, skipped: ReadonlyArray<RunInBlock>, texts: ReadonlyArray<string>): void {
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
    if (creedName(words) || foreignHeadedName(words)) continue;
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
  settleListed(registry, headlineSurnames(registry, left, texts), listed, texts);
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
