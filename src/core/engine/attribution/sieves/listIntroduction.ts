import { SECTION_NOUNS } from '../../lexicon/sectionNouns';
import { hasSpeechVerb } from '../reported/finalSubject';
/**
 * Whether a colon sentence with no speech verb or speech noun in it introduces what the writer lists or defines next,
 * not someone's words: a sentence whose verb is one of being, having or containing (`The 2024 BIG Idea Challenge
 * awardees are:`, `NPO has three key initiatives:`, `CNA is a process to identify and prioritize for the Army:`, `GSA
 * offers:`, `NCI provided:`), one that breaks off after an infinitive's `to` (`components that allow agencies to:`), or
 * a sentence broken off before the words it needs (`…, including:`, `questions like:`, `increased EVS scores by:`, `D2D
 * enables the:`, `so we:`), one ending on a counted plural (`The strategy is based upon three primary objectives:`, `OMB
 * has established seven drivers of customer experience:`), or a bare heading of up to four words, which may end on a
 * section's noun (`Resources:`, `General Information:`, `In other NASA news:`). Observed on real news (the fresh
 * digital.gov, NASA and U.S. Army pages): each of these made the list or definition after it a block quotation by the
 * organisation the sentence names. Words in quote marks are left out of the test. `sentence` is the colon
 * sentence.
 */
export function introducesList(sentence: string): boolean {
  // A phrase in marks stands in the clause as a word would: `referred to her mother as "the epitome of self-sacrifice":`
  // ends on its object, not on a broken-off "as" (gv-caribbean-mothers-day-bloggers-2012-05-15).
  const plain = sentence.replace(/["“][^"“”]*["”]/g, ' quoted ').replace(ASIDE_RELATIVE, ',');
  if (/\bto\s*:\s*$/.test(plain) || BROKEN_OFF.test(plain) || COUNTED.test(plain)) return true;
  // In `Mwale reminds readers that the cabinet is still too large:` the verb of being is the reported clause's.
  if (BEING_OR_HAVING.test(plain.split(/\bthat\s+/)[0] ?? '')) return true;
  const words = plain.replace(/:\s*$/, '').trim().split(/\s+/);
  // "In other NASA news:" (NASA history feature, "50 Years Ago", May 1969): a heading may end on a section's noun.
  const heading = SECTION_NOUNS.has(words.at(-1)?.toLowerCase() ?? '') ? words.slice(0, -1) : words;
  return words.length <= 4 && heading.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|the|for|&|other)$/.test(w));
}

/**
 * A relative clause set off by commas, which describes a noun and is no part of the main clause: "the United States
 * Department of Defense justified the strike, which was approved by President Donald Trump, as \"defensive\" in nature:"
 * (Wikinews, January 2020) has no verb of being of its own; the "was" is the relative clause's (AP Stylebook, "which").
 */
const ASIDE_RELATIVE = /,\s+(?:which|who|whom|whose)\b[^,:;]*,/giu;

/**
 * A verb of being, having or containing. `is that`, `was this` and a reaction (`Unzipped: Gay Armenia was shocked:`)
 * lead into someone's words as often as a list; a `has` before a participle is an auxiliary, and `offers advice` a
 * speech act (`Snaider has learned many lessons and offers advice to other people working with call centers:`).
 */
const BEING_OR_HAVING =
  /\b(?:(?:is|are|was|were)(?!\s+(?:that|this|clear|simple|(?:\p{Ll}+ly\s+)?\p{Ll}+ed)\s*:)|include|includes|included|(?:has|have)(?!\s+(?:\p{L}+ly\s+)?(?:\p{Ll}+ed|been|done|made|given|written|spoken|taken)\b)|provide[sd](?=\s*:)|offers(?!\s+(?:\p{L}+\s+){0,2}(?:advice|tips|thoughts|comments|words|insights?|perspective))|features|contains|consists|comprises)\b/iu;

/**
 * Whether a colon sentence breaks off before the items it names and says nothing of speech: `Partners can bring a lot to
 * the table, including:` over the paragraphs `Prize design expertise (scope, rules, judging criteria, etc.)` and `Prize
 * operation and management (…)` (usgov-gsa-cross-sector-partnering-competitions-2015-12-11, whose gold holds no quote
 * there). The paragraphs after it finish the writer's own sentence, however few function words a list item has; a
 * speech verb (`posted messages like:`, `changed to say the following:`) still sets off someone's words.
 */
export const awaitsItems = (sentence: string): boolean => ITEMS_AWAITED.test(sentence) && !hasSpeechVerb(sentence);

/**
 * The end of a sentence that leads into its own items: `including:`, `such as:`, `like:`. Not `the following:`, which
 * points at words someone announced as often (`Among the future protests being planned by journalists and bloggers are
 * the following:` over the programme in Bengali, gv-bangladesh-bloggers-march-journalist-couple-2012-05-16).
 */
const ITEMS_AWAITED = /\b(?:including|such\s+as|like)\s*:\s*$/i;

/**
 * A colon sentence's last word that cannot end a clause: a preposition or article waiting for its object, `including`,
 * `like`, `such as`, or a subject waiting for its verb. A speech cue ends on its verb or who it was said to (`told us:`,
 * `went on:`, `weighed in:`), which are left out.
 */
const BROKEN_OFF = /\b(?:including|like|as|by|the|a|an|we|they)\s*:\s*$/i;

/**
 * A number and a plural noun at the end of a colon sentence, with at most a short complement after it: what follows is
 * that many items of the writer's list.
 */
const COUNTED =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+(?:\S+\s+){0,3}?\p{Ll}{2,}s(?:\s+(?:of|for|to|in|on)\b[^:,;]*)?\s*:\s*$/iu;

/** Whether a colon sentence ends on a counted plural (`COUNTED`): "the mission has three main goals:" lists them. */
export const endsOnCount = (sentence: string): boolean => COUNTED.test(sentence);

/**
 * The writer's own lead-in: a colon sentence whose subject is the writer (`We recommend:`, `We asked:`, `This is how I
 * respond to those questions:`, `Rather than attempt to summarize, let me instead offer thanks:`) or that points at
 * what comes (`Here are some key questions to explore for your strategy:`, `Here’s a sampling of what we created and
 * posted:`). Observed on real text (fresh digital.gov and Global Voices pages): what follows is the writer's list,
 * questions or thanks, which docs/annotation-guide.md counts as no one's quote (the outlet's own words). Someone told
 * "us" stays a cue (`an arts program manager at another federal agency told us:`): only the subject counts.
 */
export const writerLeadIn = (sentence: string): boolean =>
  /^(?:[^,;:"“”]{0,80},\s+)?(?:(?:I|We)\s+(?!(?:was|were|am)\b)|[Ll]et\s+(?:me|us)\b|(?:(?:But|And|So)\s+here|Here)(?:['’]s|\s+(?:is|are)\b)|This\s+is\s+(?:how|what)\s+(?:I|we)\b)/u.test(
    sentence.trim(),
  );
