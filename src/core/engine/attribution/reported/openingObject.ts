import { cueVerb } from './cueVerb';
import { insideDirect, reportedQuote, type ReportedCase, type ReportedSieve } from './reported';
import { describedBefore } from './unnamedGroup';
import type { FoundQuote, Subject } from '../types';

/**
 * A participle that takes what was said as its object, opening the sentence, perhaps after "And", "But" or "While" (and
 * "also"): group 1 the participle (with its particle), group 2 the object up to the first comma, which must be followed
 * by the main clause. "Demanding the immediate arrest of the murderers of Sagar and Runi, journalist associations
 * announced …" (gv-bangladesh-bloggers-march-journalist-couple-2012-05-16), "And demanding more evidence, Mai Saleh
 * tweeted:" (gv-yemen-sanaa-suicide-blast-unification-anniversary-2012-05-22): the guide's object-noun cues (`called
 * for an inquiry` → `an inquiry`, docs/annotation-guide.md, "Directive and object-noun cues") read before the clause.
 * Not a gerund standing as the subject ("Demanding its removal from Github is a disappointing … move"): no comma ends it.
 */
const OPENING_OBJECT =
  /^(?:(?:And|But|While)\s+(?:also\s+)?)?((?:[Dd]emanding|[Cc]alling\s+for|[Uu]rging|[Cc]ondemning|[Cc]riticizing|[Cc]riticising|[Dd]enouncing|[Pp]raising))\s+(?!(?:that|to|the\s+fact)\b)([^,;:"“”()]{3,200}),\s+(?=\S)/u;

/** How far after the comma the main clause's cue may start and still be the one whose subject stands right there. */
const MAIN_CUE_REACH = 80;

/**
 * "Demanding the immediate arrest of the murderers of Sagar and Runi, journalist associations announced a gherao program
 * …": an object-taking speech participle opening the sentence reports its object, and its speaker is the main clause's
 * subject, as a dangling participle hangs on the subject after it (AP Stylebook, "dangling modifiers"). The speaker is
 * the one named right after the comma; or, when an unnamed group stands there as the subject of the main clause's own
 * cue (unnamedGroup.ts), the quote stays unattributed as that cue's does. The main clause is then read by the cue verbs
 * as any sentence is. Abstains when the sentence does not open so, or no such speaker stands after the comma.
 */
export const reportedOpeningObject: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  const opening = OPENING_OBJECT.exec(text.slice(range.start, end));
  if (!opening?.[1] || !opening[2]) return null;
  const mainStart = range.start + opening[0].length;
  const contentStart = mainStart - (/,\s+$/.exec(opening[0])?.[0].length ?? 0) - opening[2].length;
  const contentEnd = contentStart + opening[2].length;
  if (insideDirect(c, contentStart) || insideDirect(c, contentEnd)) return null;
  const main = cueVerb(c) ?? [];
  const named = cues.subjectAt(block, mainStart);
  const subject: Subject | null = named?.entity ? named : groupSubject(c, main, mainStart);
  if (!subject) return null;
  const participleStart = range.start + opening[0].indexOf(opening[1]);
  const cue = { block, start: participleStart, end: participleStart + opening[1].length };
  const quote = reportedQuote(c, subject, cue, contentStart, contentEnd, 'reported-cue-verb', true);
  return quote ? [quote, ...main] : null;
};

/**
 * The unnamed group that is the subject of the main clause's own cue, read by the cue verbs: a quote of theirs given to
 * no one whose cue starts soon after the comma, in the same clause, with a group described right before it.
 */
function groupSubject(c: ReportedCase, main: ReadonlyArray<FoundQuote>, mainStart: number): Subject | null {
  const own = main.find(
    (q) =>
      q.speaker === null &&
      q.resolution === 'unattributed' &&
      q.cue !== null &&
      q.cue.start >= mainStart &&
      q.cue.start - mainStart <= MAIN_CUE_REACH &&
      !/[,;:]/.test(c.text.slice(mainStart, q.cue.start)) &&
      describedBefore(c, q.cue.start),
  );
  return own?.cue ? { ref: own.cue, entity: null, resolution: 'unattributed', antecedent: null } : null;
}
