import type { MentionIndex } from './mentions';
import { opensOnDefiniteDocument, opensOnIndefiniteThing, opensOnUnknownNameRun, unknownOpeningWord } from './unnamedOpening';
import { jointSubjectBefore, pluralOpening } from './pluralChain';
import { opensOnPossessedThing } from './possessedOpening';
import { opensOnUntiedBody } from './orgKinds';
import type { Referent, SentenceInfo } from './types';

/**
 * Whether an organisation's mention only qualifies the indefinite thing its sentence opens on: "A Facebook page for Laura
 * and Euna already has more than five thousand members. Today they are asking the public to …" (gv-north-korea-
 * journalists-sentenced-hard-labor-2009-06-09). The page, which no entity stands for, is what "they" or "it" means after
 * it, not the company whose name describes it.
 */
function modifiesIndefinite(focus: Referent, texts: ReadonlyArray<string>): boolean {
  const text = texts[focus.at.block] ?? '';
  const before = text.slice(Math.max(0, focus.at.start - 30), focus.at.start);
  return /(?:^|[.!?]\s+)(?:An?|One)\s+$/.test(before) && /^\s+\p{Ll}{3,}(?<!ed|ly)\b/u.test(text.slice(focus.at.end, focus.at.end + 30));
}

/**
 * The antecedent of an "it", "they" or "we" (`lower`, lower case) after `sentences`, the discourse read so far: the
 * organisation the nearest of the last `reach` sentences is about, unless a sentence about a person comes first. Null
 * when "it" follows a sentence about a thing, when "they" follows a plural group the text does not name, or when no
 * organisation is within reach. The he/she side of coreference (`Discourse.resolvePronoun`) is in coreference.ts;
 * the rules' sources are the Wikinews, Global Voices and government pages quoted at each.
 */
export function bodyPronoun(
  lower: string,
  sentences: ReadonlyArray<SentenceInfo>,
  texts: ReadonlyArray<string>,
  mentions: MentionIndex,
  reach: number,
): Referent | null {
  // "Sports in the United States largely reaffirm existing relations of power in society. It emphasizes consumerism,
  // …" (a Wikinews interview answer): "it" right after a sentence whose subject is a common noun means that thing.
  const last = sentences.at(-1);
  if (lower === 'it' && last && !last.focus && unknownOpeningWord(last, texts, mentions)?.name === false) return null;
  if (lower === 'it' && last && (opensOnIndefiniteThing(last, texts) || opensOnDefiniteDocument(last, texts) || opensOnUnknownNameRun(last, texts, mentions)))
    return null;
  if (lower === 'it' && last && (opensOnPossessedThing(last, texts) || opensOnUntiedBody(last, texts))) return null;
  for (let i = sentences.length - 1, seen = 0; i >= 0 && seen < reach; i--, seen++) {
    const sentence = sentences[i];
    const plural = lower === 'they' && sentence ? pluralOpening(sentence, texts, mentions) : null;
    if (plural === 'group') return null;
    if (plural === 'they') continue;
    const focus = sentence?.focus;
    if (focus?.entity.type === 'organization') return modifiesIndefinite(focus, texts) ? null : focus;
    // "Stephen Colbert said of his time at Second City … They felt …": after a sentence about a person, "they" are
    // people around them the text does not name, not an organisation named before; unless the sentence, or the one
    // that set off the post it is part of, has two people joined as its subject ("Wendy Iriepa and Ignacio Estrada
    // confessed that …: … They went on to say …").
    if (focus?.entity.type === 'person') return jointSubjectBefore(sentences, i, texts, mentions) ? focus : null;
  }
  return null;
}
