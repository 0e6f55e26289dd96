import { TITLE_OPENERS } from '../../lexicon/titleOpeners';
import { isQuotingVerb, namesOthersWords } from './othersWords';

/**
 * Sentence adverbs of time that open a colon sentence before its subject ("Later the Governor of Veracruz issued a
 * statement …:", gv-mexico-journalist-regina-martinez-murder-reactions-2012-05-04): capitalised only for standing first,
 * they are never the head of a name, and a definite article after them opens the subject ("the Governor of Veracruz").
 */
const TIME_OPENERS = 'Later|Earlier|Afterwards|Afterward|Subsequently|Previously|Recently|Yesterday|Soon';

/**
 * Two or more capitalised words at the head of a sentence before a present-tense verb: "Generation Y draws
 * a parallel …", "Finally, Through the Eye of the Needle calls …". In a colon cue they name the blog or
 * site whose words follow. The sentence's opening connector is never part of the name ("But Phetie reminds critics …"
 * names no "But Phetie"; "While I opined in my personal blog …:" names no "While I", the writer speaks), nor is the word that says what the source is ("Blog Brasil Escola explains …:" is Brasil
 * Escola's, Global Voices), nor where it is from ("Guyanese-born Tastes Like Home echoed her sentiments:" is Tastes Like
 * Home's). After a blogger's role word the name is the handle as written, in any case ("Photoblogger chookooloonks
 * meanwhile, confessed that:"). The verb is in the present or the past ("Pedazos de la Isla uploaded a video …,
 * explaining:"), and a sentence adverb may stand between ("Haiti Chery, meanwhile, spared a thought …").
 */
export const TITLED_HEAD = new RegExp(
  String.raw`^(?:(?:Finally|However|Meanwhile|Also|And|But|Similarly|Likewise|Elsewhere|Then|While|Whereas|Although|Though|${TIME_OPENERS}),?\s+)?(?:(?:The\s+)?(?:[Bb]log|[Ww]ebsite)\s+|\p{Lu}\p{Ll}+-born\s+|(?:[Pp]hoto|[Vv]ideo)?[Bb]logger\s+)?(?!(?:Finally|However|Meanwhile|Also|And|But|Similarly|Likewise|Elsewhere|Then|While|Whereas|Although|Though|${TIME_OPENERS})\b)((?:(?<=^(?:${TIME_OPENERS}),?\s+)the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|de|la|in)\s+)*\p{Lu}[\p{L}'’.-]*)+|(?<=\b(?:[Pp]hoto|[Vv]ideo)?[Bb]logger\s+)[\p{L}\d_.-]+)(?:\s+also|,?\s+meanwhile,)?\s+(?!is\b|was\b)\p{Ll}+(?:s|ed)\b`,
  'du',
);

/**
 * A blog's title that opens with one of `TITLE_OPENERS`, then "from" and the capitalised name of where it is written,
 * before a verb as `TITLED_HEAD` has it: "Notes from the Cuban Exile Quarter reported on a march in honour of the memory
 * of Laura Pollan:" (gv-caribbean-mothers-day-bloggers-2012-05-15). `TITLED_HEAD` joins no "from", which after a plain
 * noun says where people are from ("Bloggers from Egypt reported:" names no source).
 */
const FROM_TITLED_HEAD = new RegExp(
  String.raw`^(?:(?:Finally|However|Meanwhile|Also|And|But),?\s+)?((?:${TITLE_OPENERS.join('|')})\s+from\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|de|la|in)\s+)*\p{Lu}[\p{L}'’.-]*)*)(?:\s+also|,?\s+meanwhile,)?\s+(?!is\b|was\b)\p{Ll}+(?:s|ed)\b`,
  'du',
);

/**
 * `FROM_TITLED_HEAD`'s match, unless its verb gives the floor to another or the rest names someone's words: "Notes from
 * the Cuban Exile Quarter quoted Berta Soler:" sets off her words, not the blog's.
 */
function fromTitledHead(sentence: string): RegExpExecArray | null {
  const found = FROM_TITLED_HEAD.exec(sentence);
  const rest = found ? sentence.slice(found.indices?.[1]?.[1] ?? 0).trimStart() : '';
  const verb = rest.split(/\s/, 1)[0] ?? '';
  return found && !isQuotingVerb(verb) && !namesOthersWords(rest, { names: false, verbs: false }) ? found : null;
}

/**
 * Where the name of a blog or site that heads a colon sentence stands in `sentence` ([start, end), UTF-16 code units):
 * `TITLED_HEAD`'s, else `FROM_TITLED_HEAD`'s; undefined when the sentence opens with neither.
 */
export const titledHead = (sentence: string): readonly [number, number] | undefined => (TITLED_HEAD.exec(sentence) ?? fromTitledHead(sentence))?.indices?.[1];
