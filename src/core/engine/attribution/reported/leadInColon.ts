import { hasClause } from './notACue';
import type { ReportedCase, ReportedSieve } from './reported';

/** A cue clause that opens a clause of the writer's own rather than trailing the content: ", and researcher X commented:". */
const JOINS_CLAUSE = /^(?:and|but|or|so|yet|while|whereas|then)\b/i;

/**
 * Words that open a phrase put first, not a clause said: `On Facebook, where Usov shared the link …, user Juriy Prohorov
 * wrote [ru]:`, `Commenting on the Zambian Watchdog, Mambwe wrote:`, `Having known her from his youth, he states:`
 * (Global Voices, development half), `Four years after the revolution, Tunisia's president Moncef Marzouki says:` (a
 * Global Voices lead-in's shape): a place, a time or a participle set before the cue, whose words nobody said.
 */
const FRONTED_PHRASE =
  /^[\s"“]*(?:\p{Lu}\p{Ll}*ing|On|In|At|From|By|With|Under|Over|During|After|Before|While|When|Although|Though|Since|Amid|Among|Despite|For|Following|According|Like|Unlike|(?:\p{Lu}\p{Ll}*|\d+)\s+(?:\p{Ll}+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?)\s+(?:after|before|later|earlier|ago|on|into|since)|(?:Last|This|Next)\s+(?:week|month|year|spring|summer|autumn|winter|weekend))\b/u;

/**
 * The sentence without the colon that closes its paragraph when that colon ends a trailing cue: `Given the degree of the
 * situation, it seems that the Congolese government should consider an alternative to the current law, the gynecologist
 * explained:` (gv-drc-goma-clandestine-abortions-2012-05-08), `Yemenis condemn terrorism, and they believe the use of US
 * drones only fuels it, as blogger Atiaf Alwazir pointed out:` (gv-yemen-nodrones-campaign-2012-05-14). Global Voices leads
 * into a quoted post so; the clause before the cue is what the speaker said, as before a full stop (docs/annotation-guide.md,
 * reported speech "up to the end of the clause or sentence"), and the block after the colon is a direct quote of its own.
 * The case unchanged when the colon is no such lead-in: no comma before the cue, a phrase put first instead of a clause, or a
 * cue clause that opens with "and" (`The drones have been striking targets …, and researcher Atiaf Alwazir commented:` is
 * the writer's sentence). Offsets are UTF-16, into the block's text.
 */
function withoutLeadInColon(c: ReportedCase): ReportedCase {
  const sentence = c.text.slice(c.range.start, c.range.end).trimEnd();
  if (!sentence.endsWith(':') || c.text.slice(c.range.end).trim() !== '' || c.directs.length > 0) return c;
  const colon = c.range.start + sentence.length - 1;
  const comma = sentence.lastIndexOf(', ');
  if (comma <= 0) return c;
  const before = sentence.slice(0, comma);
  // "But one thing is for certain, as Jo points out in the blog Jo's Department - everyone is wishing for …:" (gv-north-korea-
  // journalists-sentenced-hard-labor-2009-06-09): after a dash the speaker's words go on, and the cue leads into them.
  const cue = sentence.slice(comma + 2);
  if (JOINS_CLAUSE.test(cue) || /\s[-–—]\s/.test(cue) || FRONTED_PHRASE.test(before) || !hasClause(before)) return c;
  return { ...c, range: { ...c.range, end: colon }, end: colon };
}

/** A trailing-cue sieve that also reads a cue closed by the colon that leads into a quoted post (`withoutLeadInColon`). */
export const readingLeadIn =
  (sieve: ReportedSieve): ReportedSieve =>
  (c) =>
    sieve(withoutLeadInColon(c));
