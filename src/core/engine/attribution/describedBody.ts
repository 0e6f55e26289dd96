import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';

/**
 * An indefinite organisation noun, up to two words before it, then a participle phrase telling which body it is, up to
 * the speaker words' end: "A union representing Zimbabwe's few remaining white commercial farmers". The phrase holds no
 * punctuation and no word that opens a clause of its own.
 */
const BODY_AND_PARTICIPLE =
  /(?:^|[,;:—–]\s*)((?:A|An|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:\p{Ll}{3,}ing|(?:based|led|backed|funded|run|formed|founded|set\s+up)\s+(?:in|by|at))\s+[^,;:"“”()[\]]{2,100})$/u;

/** Words that open a clause of their own inside the phrase: it is then no longer one noun phrase. */
const CLAUSE_WORD = /\b(?:who|whose|which|that|when|while|after|before|but|because|if)\b/i;

/**
 * `A union representing Zimbabwe's few remaining white commercial farmers says violence on white-owned farms is on the
 * rise` (voa-zimbabwe-farmers-union-violence-flares-2010-06-09): a body the text describes by its kind and what it
 * does, not by its name, speaks as that body (an organisation source named as the text describes it, as the gold does),
 * not as the group the description ends on ("farmers"). Documents are left out ("A study led by …" is its authors'). The
 * offset in `before` (the speaker words, ending at the cue's verb) where the description starts; null when the words do
 * not end in one.
 */
export function describedBodyAt(before: string): number | null {
  const found = BODY_AND_PARTICIPLE.exec(before.slice(-200));
  const phrase = found?.[1];
  const head = found?.[2] ?? '';
  if (!phrase || !ORG_ROLE_NOUNS.includes(head) || DOCUMENT_NOUNS.has(head) || CLAUSE_WORD.test(phrase)) return null;
  return before.length - phrase.length;
}
