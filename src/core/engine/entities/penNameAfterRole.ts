import { PEN_NAME_TITLES } from '../lexicon/penNameTitles';
import { isSpeechVerb } from '../lexicon/reportingVerbs';

/** One capitalised word of a pen name: "Another", "Me", "Naija-Things". */
const PEN_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * "Commenter Another Me states:" (gv-air-france-447-bloggers-media-coverage-2009-06-06): a role noun that titles one
 * person writing under a pen name (`lexicon/penNameTitles.ts`), capitalised at the sentence's start, is that person's
 * role and no part of the name; the one to three capitalised words after it are the pen name, whatever their shape
 * (a pen name may be any words), when a speech verb or Global Voices' tag of a linked page's language follows them at
 * once (`after`: the text right after the run). `words` are the run's, the role first.
 */
export function penNameAfterRole(words: ReadonlyArray<string>, after: string): boolean {
  const rest = words.slice(1);
  if (!PEN_NAME_TITLES.has((words[0] ?? '').toLowerCase()) || rest.length < 1 || rest.length > 3) return false;
  return rest.every((w) => PEN_NAME_WORD.test(w)) && (/^\s\[[a-z]{2}\]/.test(after) || isSpeechVerb(/^\s(\p{Ll}+)/u.exec(after)?.[1] ?? ''));
}
