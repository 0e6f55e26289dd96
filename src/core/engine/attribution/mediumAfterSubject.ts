import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { UTTERANCE_NOUNS } from '../lexicon/utteranceNouns';

/** The nouns of a piece of speech or writing something was said in: "tweet", "statement", "interview", "letter". */
const MEDIUM_NOUNS = [...new Set([...UTTERANCE_NOUNS, ...DOCUMENT_NOUNS])].sort((a, b) => b.length - a.length).join('|');

/**
 * " in a tweet", " in a joint statement", " in an interview with CNN", " in a letter to reporters": "in", a determiner, at
 * most one modifier, a medium noun, perhaps whom it went to or was with; then the next word, the verb it must stand before.
 */
const MEDIUM = new RegExp(
  String.raw`^\s+in\s+(?:a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)??(?:${MEDIUM_NOUNS})(?:\s+(?:to|with)\s+(?:the\s+)?(?:reporters|journalists|\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}))?(?=\s+(\p{Ll}+)\b)`,
  'u',
);

/**
 * `Israeli Prime Minister Benjamin Netanyahu in a tweet congratulated Netta after her victory and said, "…"`
 * (wikinews-dublin-mayor-eurovision-boycott-israel-2018-05-15): news copy may set the medium a subject spoke in between
 * the subject and its verb, a phrase that is neither's object; the verb after it is still the subject's. The length in
 * UTF-16 code units of such a phrase opening `after` (the text right after a subject), when a finite verb follows it (a
 * speech verb, or a past form in -ed); 0 otherwise, so that "Smith in a statement by the ministry" and "the man in a
 * letter" followed by no verb read as before.
 */
export function mediumAfterSubject(after: string): number {
  const found = MEDIUM.exec(after);
  const verb = found?.[1];
  if (!found || !verb) return 0;
  return isSpeechVerb(verb) || /^\p{Ll}{3,}ed$/u.test(verb) ? found[0].length : 0;
}

/** The same phrase ending in whom the medium was with or to, at the end of the words before a name: " in an interview with the ". */
const MEDIUM_BEFORE = new RegExp(String.raw`\s+in\s+(?:a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)??(?:${MEDIUM_NOUNS})\s+(?:to|with)\s+(?:the\s+)?$`, 'u');

/**
 * `Somalia's Prime Minister Abdiweli Mohamed Ali in an interview with the BBC said …` (a fresh Wikinews page, session 49):
 * where the words before a name (`before`) end in a medium phrase that the name completes as whom it was with or to,
 * the offset in `before` where that phrase starts; -1 otherwise. The name is the outlet, not the verb's subject.
 */
export function mediumBefore(before: string): number {
  return MEDIUM_BEFORE.exec(before)?.index ?? -1;
}
