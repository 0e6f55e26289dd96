import { NAME_PARTICLES } from '../lexicon/nameParticles';
import { TITLE_WORDS } from '../entities/lookups';
import { HONORIFICS } from '../lexicon/honorifics';

/**
 * Words that may stand between a preposition and the name it governs: an article, "late", "former", "then", or a
 * capitalised title ("critics of President Trump"). Group 1 is the whole run.
 */
const GAP = /(?<![\p{L}'’.-])((?:(?:the|late|former|then|\p{Lu}[\p{L}.'’-]*)\s+)*)$/u;

/**
 * A preposition that makes the name after it its object ("Critics of Baker", "Lawyers for Baker", "People familiar with
 * Lopez", "Sources close to Baker"), or a relative clause's verb that does ("Those who knew Lopez"). "by" and "from" are
 * left to the readers of documents and messages (`a statement by X`, `an email from X`), whose author speaks, and "to"
 * to the reader of addressees (`An email from Burkhardt & Associates to James Roche advises`).
 */
const GOVERNOR =
  /(?:^|\s)(?:(of|for|with|against|behind|about)|(?:who|that)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|knew|know|knows|met|saw|taught|led|love|loves))\s+$/u;

/** Whether a word is a title's, whatever its case: "President", "minister". */
const isTitle = (word: string) => TITLE_WORDS.has(word) || TITLE_WORDS.has(word.charAt(0).toUpperCase() + word.slice(1));

/**
 * A title and the body it is held in, commas or none, then a participle: " chief executive of Badminton Scotland saying"
 * after "with Anne Smillie" (wikinews-shorts-badminton-nagasaki-lester-2009-08-09). Group 1 holds the title's words.
 */
const TITLE_OF_BODY_THEN_ING = /^,?\s+((?:\p{Ll}+\s+){1,3})(?:of|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,5}\s*,?\s*\p{L}+ing\b/u;

/** A title and its body, commas or none, ending the words before a participle: " chief executive of Badminton Scotland ". */
const TITLE_OF_BODY_AT_END = /,?\s+((?:\p{Ll}+\s+){1,3})(?:of|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,5}\s*,?\s*$/u;

/** Whether every word of a title-of-body match's group 1 (" chief executive ") is a title's. */
const allTitles = (titled: RegExpExecArray): boolean => titled[1] !== undefined && titled[1].trim().split(/\s+/).every(isTitle);

/**
 * Where a title and the body it is held in start, when they end `before` (the words before a participle) and every
 * title word is a title's: the offset in `before` of " chief executive of Badminton Scotland " after "with Anne Smillie";
 * null otherwise ("with Monday's issue of the Daily Record reporting": "issue" is no title).
 */
export function titleOfBodyBefore(before: string): number | null {
  const titled = TITLE_OF_BODY_AT_END.exec(before);
  return titled && allTitles(titled) ? titled.index : null;
}

/**
 * Whether the words after a name (`after`) go on with a participle whose subject the name is, as in an absolute phrase
 * after "with": at once or past an adverb ("with Boswell stating:"), or past the name's title and body, every title word
 * a title's ("with Anne Smillie chief executive of Badminton Scotland saying that").
 */
function withParticiple(after: string): boolean {
  if (/^\s*(?:\p{Ll}+ly\s+)?\p{L}+ing\b/u.test(after)) return true;
  const titled = TITLE_OF_BODY_THEN_ING.exec(after);
  return titled !== null && allTitles(titled);
}

/** The word before a preposition: the head of the description the preposition hangs on. */
const HEAD = /([\p{L}-]+)\s+$/u;

/** Words that make a group the voice of what they write or run: "the authors of La Joven Cuba said" is the blog speaking. */
const MAKERS = /^(?:authors?|editors?|writers?|creators?|administrators?|admins?|team|staff|founders?)$/i;

/**
 * Where the description starts whose object a person's name at `name` is, when the words from `from` to the name end
 * with a preposition or a relative clause's verb and the name's title (`GAP`, `GOVERNOR`): "Critics of Baker said",
 * "The family of Lopez said", "Friends and colleagues of Lopez said", "Those who knew Lopez said". The cue's subject is
 * the description, a group the text does not name, not the person after the preposition (AP Stylebook, "anonymous
 * sources": the writer names the group, not its member). The name keeps the cue when a title holds the preposition
 * ("Secretary of State Blinken said", "Minister of Health Ana Ruiz said"), when the mention carries a role of its own
 * ("Florida Department of Transportation official Troy Roberts said", wikinews-florida-highway-pileup-fire-kills-
 * children-2019-01-05), when "who" after the name makes it the speaker ("the home of Prime Minister Tuilaepa, who told
 * the press", wikinews-samoa-measles-vaccination-shutdown-2019), when "with" opens an absolute phrase ("with Boswell
 * stating:", wikinews-uk-asylum-questionnaire-2023-02-23) and when the group writes or runs what is named. UTF-16
 * offsets, half-open; `verbAt` is where the cue verb starts. Null when the name is no such object.
 */
export function governedName(text: string, from: number, name: { start: number; end: number }, verbAt: number): number | null {
  const words = text.slice(name.start, name.end).split(/\s+/);
  if (words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w))) return null;
  if (/^\s*(?:,\s*|\s[–—]\s*)who\b/u.test(text.slice(name.end, name.end + 12))) return null;
  const before = text.slice(from, name.start);
  const gap = GAP.exec(before)?.[1] ?? '';
  const titledGap = gap
    .trim()
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .every((w) => isTitle(w) || HONORIFICS.has(w.replace(/\.$/, '').toLowerCase()));
  if (!titledGap) return null;
  const governed = before.slice(0, before.length - gap.length);
  const governor = GOVERNOR.exec(governed);
  if (!governor || (governor.index === 0 && !governor[0].startsWith(' '))) return null;
  if (governor[1] === 'with' && withParticiple(text.slice(verbAt, verbAt + 120))) return null;
  const head = HEAD.exec(governed.slice(0, governor.index + 1))?.[1] ?? '';
  if (governor[1] && (isTitle(head) || MAKERS.test(head))) return null;
  const clause = /[,;:—–(]\s*(?=[^,;:—–(]*$)/u.exec(governed.slice(0, governor.index));
  return from + (clause ? clause.index + clause[0].length : 0);
}
