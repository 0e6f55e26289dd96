import type { SentenceRange } from '../../sentences';
import type { MentionIndex } from './mentions';
import type { ColonCue } from './sieves/colonBlock';
import type { FoundQuote } from './types';

/** A colon sentence in the writer's voice, or one that announces a list. */
const LIST_INTRO = /\b(?:we|We|our|Our|us|I)\b|\b(?:the following|as follows|such as|including|include|includes|below|here are|here is)\b[^:]*:\s*$/;

/**
 * `Elaine Ee believes that the Code of Conduct will not be a solution. Instead, the government should free up the
 * mainstream media:`: a colon sentence that names nobody goes on with the reported speech before it in its paragraph,
 * so the quotation it sets off is the reported speaker's. Null when the sentence names a person or organisation, or
 * the paragraph reports nobody's words.
 */
export function reportedGoesOn(
  block: number,
  text: string,
  last: SentenceRange | undefined,
  blockQuotes: ReadonlyArray<FoundQuote>,
  mentions: MentionIndex,
): ColonCue | null {
  if (!last || !/:\s*$/.test(text) || mentions.between(block, last.start, last.end).some((m) => m.end > last.start && m.entity.type !== 'place')) return null;
  // The writer's own list, not the speaker's words: "we bring perspectives to teams such as:", "… informed by the
  // following metrics:".
  if (LIST_INTRO.test(text.slice(last.start, last.end))) return null;
  const reported = blockQuotes.findLast((q) => q.kind === 'reported' && q.end <= last.start);
  if (!reported?.speaker || !reported.speakerRef || !reported.cue || reported.resolution !== 'name') return null;
  return {
    subject: { ref: reported.speakerRef, entity: reported.speaker, resolution: 'name', antecedent: null },
    cue: reported.cue,
  };
}

/**
 * A direct quote inside reported speech is the same speaker's words; so is one the reported content leads into with a
 * colon (`Bob Sachs noted that the effort must be continuous and widespread: "all the time, everywhere"`), unless the
 * content ends by quoting someone else (`… and local official, Huang Limin was quoted as saying: "Soldiers …"`).
 */
export function insideReported(blockQuotes: Array<FoundQuote>, text: string): void {
  for (const [i, quote] of blockQuotes.entries()) {
    // A quote with a cue of its own that names no one ("…," it said) is not the enclosing reported speaker's.
    if (quote.kind !== 'direct' || quote.speaker || quote.cue) continue;
    const around =
      blockQuotes.find((q) => q.kind === 'reported' && q.speaker && q.start <= quote.start && q.end >= quote.end) ??
      blockQuotes.find(
        (q) =>
          q.kind === 'reported' &&
          q.speaker &&
          q.end <= quote.start &&
          /^\s*:\s*["“‘]?$/.test(text.slice(q.end, quote.start)) &&
          !/\b(?:saying|said|says|say|told|tells|wrote|writes|stated|states|added|adds|asked|quoted)\s*$/i.test(text.slice(q.start, q.end)),
      );
    if (around) blockQuotes[i] = { ...around, start: quote.start, end: quote.end, kind: 'direct', sieve: 'inside-reported' };
  }
}

/**
 * A cue that says, states, asserts, tells, notes, warns, charges, claims, argues, insists, adds, explains, announces or
 * declares: someone put the words out, where "suggest", "say that" or "reports" may not ("at the time he was asserting
 * that "we found biological laboratories"", wikinews-us-claims-iraqi-bioweapons-labs-contradicted-pentagon-report-2006-04-12;
 * "The centre noted that among the areas with a "potential tsunami threat" include …", wikinews-pacific-rim-braces-for-
 * tsunami-2010-02-27; "authorities have warned the crisis is now a "major accident" with "wider consequences" …").
 */
const STATED =
  /\b(?:said|says|saying|stated|stating|told|asserted|asserting|noted|noting|warned|warning|charged|claimed|claiming|argued|insisted|added|adding|explained|announced|declared)\b/iu;
/**
 * A source named after "according to" put out lower-case words in marks ("recovered “broken into two pieces” …, according
 * to investigators", fresh Wikinews pages); a capitalised phrase there is a label ("according to self-reported
 * information …, the percentage of “Hispanic and/or Latinx” staff").
 */
const ACCORDING = /\baccording\s+to\b/iu;

/**
 * Whether a phrase in marks inside this reported quote is the reported source's words: the quote has a speaker, or
 * a cue that says someone said, stated or told it though the text never names who ("Reports said both were showing
 * “mild symptoms”", "offered an apology …, stating that … the intrusion was due to a “technical error”", "with Anne Smillie
 * chief executive of Badminton Scotland saying that the English team had “perhaps overreacted”", Wikinews). A cue that
 * only suggests or mentions ("astronomers suggested that, moving outward along the “second rung,” …", "When you say
 * that someone has “stolen your thunder,”") leaves a short phrase a term the writer marks.
 */
export function holdsPhrase(quote: FoundQuote, phrase: { start: number; end: number }, text: string): boolean {
  if (quote.start > phrase.start || quote.end < phrase.end) return false;
  if (quote.speaker !== null) return true;
  if (quote.cue === null) return false;
  const cue = text.slice(quote.cue.start, quote.cue.end);
  return STATED.test(cue) || (ACCORDING.test(cue) && /^\p{Ll}/u.test(text.slice(phrase.start, phrase.end)));
}

/**
 * The reported quote whose cue holds this phrase in marks, when the cue names its speaker by name: `US senator John
 * Kerry has supported the deal "in principle" while saying that …` (Wikinews, Burns and India's nuclear pact, January
 * 2006): the words marked inside the speaker's own verb phrase are theirs. Undefined when no such cue holds it.
 */
export function cueHolding(reported: ReadonlyArray<FoundQuote>, phrase: FoundQuote): FoundQuote | undefined {
  return reported.find(
    (q) =>
      q.speaker !== null &&
      q.resolution === 'name' &&
      q.cue !== null &&
      q.cue.block === phrase.block &&
      q.cue.start <= phrase.start &&
      phrase.end <= q.cue.end &&
      (q.speakerRef === null || q.speakerRef.end <= phrase.start),
  );
}
