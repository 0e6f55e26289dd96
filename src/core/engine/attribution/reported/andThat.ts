import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { opensClause } from './clauseStart';

/**
 * "and that" opening a second clause reported by the same cue (`He noted that he was humbled …, and that he saw it as
 * a call …`): a demonstrative "that" ("and that was why …", "and that the …" aside) is left alone, so the word after
 * "that" may not be a verb of its own. An aside may open the second clause after a comma (`arguing that, as president, he
 * should be immune from prosecution, and that, by extension, his tax preparer … could likewise be exempt`,
 * wikinews-us-judge-orders-release-trump-tax-records-2019-10-10). A semicolon may part the clauses of a list
 * (`reported that … were disproportionately caused by coal; that race was a significant factor …; and that …`,
 * wikinews-power-plant-pollution-deaths-united-states-2019-11-23). The second clause may be a quotation (`Alencar said
 * Brazil repudiates narcotrafficking and that "if the organization adopts crime …, obviously it is something that must be
 * combated."`, wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26): the first clause is reported alone,
 * and the quotation is the direct quote its own sieves read (the gold of that article).
 */
const AND_THAT = /(?:,?\s+and|;(?:\s+and)?)\s+that(?:\s*,)?\s+(?!(?:is|was|would|will|could|can|has|had|means|meant|made|makes|'s|’s)\b)(?=["“]?\p{L})/gu;

/**
 * ", and" before a clause with a subject of its own: a subject pronoun and its auxiliary (`…, and they were carrying out
 * an internal investigation`), or a determiner that opens a clause (`opensClause`). A list's last item (`…, and the
 * right to health`) has no verb of its own and stays inside. The comma may close a partial quote (`it is possible "that
 * this airline carries out transports to Germany that affect our security concerns," and the ban followed discussions
 * within Europe and with the US`, wikinews-germany-bans-mahan-air-of-iran-2019-01-23): the first part keeps its mark.
 */
const AND_CLAUSE =
  /,(["”]?)\s+and\s+(?=(?:he|she|they|we|I)\s+(?:was|were|is|are|had|has|have|would|will|could|did|does|do)\b|(?:the|a|an|this|these|its|his|her|their)\s)/gu;

/** Whether the words after an ", and" match open a clause of their own (`AND_CLAUSE`). */
const opensOwnClause = (text: string, m: RegExpExecArray | RegExpMatchArray, start: number): boolean => {
  const after = start + (m.index ?? 0) + m[0].length;
  return /^(?:he|she|they|we|I)\s/.test(text.slice(after, after + 5)) || opensClause(text, after - 1);
};

/** A speech verb, then (perhaps after whom it went to) its "that": `told police in Mato Grosso that`. Group 1 is the verb. */
const INNER_THAT = /(?<![\p{L}'’-])(\p{Ll}+)(?=\s+(?:[^,;:"“”]{0,80}?\s)?that\s)/gu;

/**
 * Whether the words of a part before an "and that" hold a report of their own (`INNER_THAT`): `Agência Estado reports the
 * Legacy pilot Joseph Lepore and co-pilot Jan Palladino told police in Mato Grosso that they had authorisation … and that
 * the anti-collision equipment never sounded a warning` (a fresh Wikinews page, October 2006). The second "that" clause
 * goes on from the nearest verb that governs one, the pilots' "told", so it is no clause of the outer cue's own.
 */
const innerReportBefore = (words: string): boolean =>
  [...words.matchAll(INNER_THAT)].some((m) => m[1] !== undefined && isSpeechVerb(m[1]) && !PRONOUN_SUBJECT.test(words.slice(0, m.index)));

/**
 * A pronoun subject, perhaps with a negation or an auxiliary, right before the inner verb: `Clinton said that she does
 * not believe that …, and that …` (wikinews-international-conference-agrees-plan-yemen-terror-2010-01-27) goes on with
 * the same speaker, and the outer cue's "and that" clause stays its own.
 */
const PRONOUN_SUBJECT = /\b(?:he|she|they|it|we|I)\s+(?:(?:does|do|did|has|have|had|would|will|not|also|still)\s+){0,3}$/i;

/**
 * The parts of a reported content [start, stop) (UTF-16 offsets, half-open) split at each "and that" clause, and at each
 * ", and" that opens a clause with a subject of its own, outside `inside` (the direct quotes): the annotation guide gives
 * one entry per reported clause (`A spokesperson for Stagecoach South said their thoughts were with the children and their
 * families, and they were carrying out an internal investigation`, wikinews-bus-hits-bridge-winchester-children-injured-
 * 2020-09-10), as AP style reports each clause of one cue as its own statement. One part when there is no such clause.
 */
export function andThatParts(text: string, start: number, stop: number, inside: (offset: number) => boolean): Array<{ start: number; end: number }> {
  const content = text.slice(start, stop);
  const clauses = [...content.matchAll(AND_CLAUSE)].filter((m) => opensOwnClause(text, m, start));
  const joins = [...content.matchAll(AND_THAT), ...clauses].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const parts: Array<{ start: number; end: number }> = [];
  let from = start;
  for (const m of joins) {
    // A closing mark after the comma ends the quote the first part holds: the part ends after it.
    const at = start + (m.index ?? 0) + (m[1] ? m[1].length + 1 : 0);
    if (inside(at) || (m[0].includes('that') && innerReportBefore(text.slice(from, at)))) continue;
    parts.push({ start: from, end: at });
    from = start + (m.index ?? 0) + m[0].length;
  }
  parts.push({ start: from, end: stop });
  return parts;
}
