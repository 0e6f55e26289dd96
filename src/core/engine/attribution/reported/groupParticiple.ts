import type { ReportedCase } from './reported';
import { describedBefore } from './unnamedGroup';
import { framesObject } from './objectFrame';

/** Participles that make a call or a demand in words: `calling for an end to …`, `demanding justice in …`. */
const CALLING = /^(?:calling|demanding)$/;

/** What joins a participle to the clause it goes on from: a comma, or "and" after another participle. */
const JOINED = /(?:,|\band)\s+$/;

/**
 * A word that may be the verb of the clause a participle goes on from, right after that clause's subject: a past form,
 * another participle (`bloggers holding a candle light protest`), an irregular past a group's act takes, or "are"/"were".
 */
const CLAUSE_VERB = /(?<=\s|^)(?:\p{Ll}{3,}(?:ed|ing)|took|held|made|gave|stood|went|came|were|are)\b/gu;

/**
 * Whether a call or a demand told by a participle (`lower`, at `verbStart`, a UTF-16 offset in the block) goes on from a
 * clause whose subject is an unnamed group the text describes: "Demonstrators scaled light poles, hanging Egyptian flags
 * and calling for an end to Mubarak's rule" (wikinews-egypt-army-will-not-use-force-mubarak-cabinet-2011-01-29), "members
 * of Romania's Arab and Kurdish immigrant communities also took part in the rallies, calling for the hostages' freedom"
 * (wikinews-romanian-government-asks-kidnappers-release-journalist-2005-04-30), "Another video shows bloggers holding a
 * candle light protest, demanding justice in the Sagar-Runi murder case" (gv-bangladesh-bloggers-march-journalist-couple-
 * 2012-05-16). The group's call is reported speech (docs/annotation-guide.md, "Directive and object-noun cues": `called
 * for an inquiry`), and the group is no one the text names: the quote stays unattributed. So is an accusation framed by
 * "of" (`framesObject`): "Soviet authorities conducted campaigns of personal attacks against her, accusing her of being a
 * foreign agent …" (wikinews-yelena-bonner-dies-aged-88-2011-06-19, the session 59 development half); "accusing looks
 * following her" frames nothing.
 */
export function groupParticiple(c: ReportedCase, verbStart: number, lower: string): boolean {
  if (!CALLING.test(lower) && !(lower === 'accusing' && framesObject(lower, c.text.slice(verbStart + lower.length, c.end)))) return false;
  const before = c.text.slice(c.range.start, verbStart);
  if (!JOINED.test(before)) return false;
  for (const verb of before.matchAll(CLAUSE_VERB)) if (describedBefore(c, c.range.start + verb.index)) return true;
  return false;
}
