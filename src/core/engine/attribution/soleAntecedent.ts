import type { FoundEntity } from '../entities/types';
import type { Gender } from './gender';
import type { MentionIndex } from './mentions';
import type { Referent, SentenceInfo } from './types';
import { unnamedOfGender } from './unnamedInSentence';

/** Where a he or she is read against: the discourse's sentences, how far back it may look, and the agreement test. */
export interface PronounReach {
  sentences: ReadonlyArray<SentenceInfo>;
  /** How many sentences back, counting the one the focus is in, the pronoun may look. */
  reach: number;
  texts: ReadonlyArray<string>;
  mentions: MentionIndex;
  /** Whether a he or she of the gender may mean the person: no stated gender nor first name against it. */
  mayMean: (entity: FoundEntity, gender: Gender) => boolean;
}

/**
 * `Ambassador Ki Doulaye, who is with the African Union's task force …, told VOA rebel soldiers … have been blocking
 * … . "Of course, there is a lot of banditry in the region …," he said.` (voa-au-accuses-darfur-rebels-destabilizing-
 * 2005-09-05), `Yasmeen Afdhal, 24, … was a witness to one of the bombings. He described his experiences: "…"`: a he or
 * she right after a sentence about one person, whose first name the name list gives the other sex but whose gender the
 * text never states, means that person when no one else is there to mean: the sentence `at` (index into `sentences`)
 * names that person (or its focus came from their name) and no one else, with no gendered noun, and no sentence within reach before it names anyone the pronoun may mean or a man or woman it
 * leaves unnamed. The name list breaks ties between candidates (Lee et al. 2013); it does not outvote the text's own
 * pronoun when there is a single candidate.
 */
export function soleAntecedent(focus: Referent, at: number, gender: Gender, reachOf: PronounReach): boolean {
  const { sentences, reach, texts, mentions, mayMean } = reachOf;
  const here = sentences[at];
  if (!here || here.people.some((p) => p.entity !== focus.entity)) return false;
  // The person by name, in the sentence or at the words the focus came from (a block quotation's colon cue): not a
  // noun that stands for them ("The father said").
  const { block, start, end } = focus.at;
  const named = (m: { entity: FoundEntity }) => m.entity === focus.entity;
  if (!here.people.some(named) && !mentions.between(block, start, end).some(named)) return false;
  // "Blogger Nadia Aziz met Prime Minister Mosisili at the rally. Aziz wrote: ¶ [block quotation] ¶ He added:"
  // (betweenBlocks.test.ts, after gv-lesotho): the paragraph that names the focus names a man the pronoun may mean, however
  // many sentences the quotation between runs to.
  const other = (m: { entity: FoundEntity }) => m.entity.type === 'person' && m.entity !== focus.entity && mayMean(m.entity, gender);
  if (mentions.between(block, 0, texts[block]?.length ?? 0).some(other)) return false;
  // "The father said …. The mother said …" (wikinews-california-court-sentences-turpin-parents-2019-04-20): a gendered noun
  // in the sentence, of either sex, is a better guide than the pronoun alone, so the rule stands aside.
  if (unnamedOfGender(here, gender, texts, mentions) || unnamedOfGender(here, gender === 'male' ? 'female' : 'male', texts, mentions)) return false;
  if (namedAhead(focus, gender, reachOf)) return false;
  for (let i = at - 1; i >= 0 && i > at - reach; i--) {
    const sentence = sentences[i];
    if (!sentence) continue;
    if (sentence.unnamedSpeaker || unnamedOfGender(sentence, gender, texts, mentions)) return false;
    if (sentence.people.some((p) => p.entity !== focus.entity && mayMean(p.entity, gender))) return false;
  }
  return true;
}

/**
 * "Developer Tom Hart built the app in six months. ¶ Speaking at the launch, she said …. Transport secretary Leah Moran
 * also thanked the developers." (tests/cases/B23): the one meant may be named after the pronoun, which stands after the
 * last sentence read: in the rest of that sentence's paragraph, or in the next paragraph when it ended its own. Anyone
 * named there whom the pronoun may mean leaves the name list to decide.
 */
function namedAhead(focus: Referent, gender: Gender, { sentences, texts, mentions, mayMean }: PronounReach): boolean {
  const last = sentences.at(-1);
  if (!last) return false;
  const text = texts[last.block] ?? '';
  const endsParagraph = /^\s*$/.test(text.slice(last.range.end));
  const ahead = endsParagraph
    ? mentions.between(last.block + 1, 0, texts[last.block + 1]?.length ?? 0)
    : mentions.between(last.block, last.range.end, text.length);
  return ahead.some((m) => m.entity.type === 'person' && m.entity !== focus.entity && mayMean(m.entity, gender));
}
