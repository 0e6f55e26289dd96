import { wordsIn } from './translation';

/**
 * A post's own label in the first person, a word or two and a colon (`My conclusion:` before a blogger's last paragraph):
 * the post's words, though it ends in a colon, and the paragraph after it goes on with the post.
 */
const OWN_LABEL = /^\s*(?:My|Our)\s+\p{L}+(?:\s+\p{L}+)?\s*:\s*$/u;

/** Whether a paragraph is a post's own label in the first person (`OWN_LABEL`), which the post goes on after. */
export const isOwnLabel = (text: string): boolean => OWN_LABEL.test(text);

/**
 * A line of a word or few that ends a sentence or a line of verse: an outburst of a post's (`AAAAUUUUGGH.`, between two
 * paragraphs of a blogger's post on Global Voices), a short sentence or a verse line right after its cue (`Evgeny:` over
 * `Влияние войны на общество.`, `As one of Bejan's poems says:` over `Beklemeyi bilen kan,`, Global Voices, Russia and
 * Turkey, May 2012); not a heading (no closing mark, `Open access to publications` after a video's lead-in), a label
 * (a colon) or a list's entry, which figures hold (`Gus Arriola, cartoonist, 70` under a list of deaths, Wikinews, were it to end on a full stop).
 */
const OUTBURST = /^[^:\d]*\p{L}[^:\d]*[.!?…,][\s\u200b]*$/u;

/** Letters of the scripts whose full stop looks like a colon and is typed as one: Armenian `։` as `:`, Ethiopic `።` as `::`. */
const COLON_STOP_LETTERS = /[\p{Script=Armenian}\p{Script=Ethiopic}]/gu;

/**
 * Whether most of a paragraph's letters are Armenian or Ethiopic, whose writers type a colon for the full stop: `…
 * կատարվացի ու կատարողների վրա: ԱՄՈԹ!!! … այդ ամենը:` (a Facebook post in Armenian), `… ተክቢራዉ መቀጠል አለበት ይላሉ:: …`
 * (one in Amharic; Global Voices, development half, May 2012). Such a paragraph's last colon ends a sentence; it leads
 * nothing in.
 */
const colonStopScript = (text: string): boolean => (text.match(COLON_STOP_LETTERS)?.length ?? 0) * 2 > (text.match(/\p{L}/gu)?.length ?? 0);

/** Where a paragraph set off by a colon cue stands in the block quotation, as {@link excerptable} reads it. */
export interface ExcerptPlace {
  /** Words were left out right before it (a paragraph that is only `[...]`). */
  afterElision: boolean;
  /** It is inside a run in another language and its translation. */
  inRun?: boolean;
  /** It and the quotable paragraph after it are prose in another language, which an English article's writer does not write. */
  inOriginal?: boolean;
}

/**
 * Whether a paragraph set off by a colon cue can be a block quotation's whole paragraph: five words or more (a shorter
 * line is a heading or a label) unless it is a post's own label, inside a run in another language and its translation,
 * or a short line that ends a sentence or a verse line (`OUTBURST`), right after the colon cue or within a post already
 * quoted (a colon cue sets off a quotation however short: AP Stylebook, "colon"); and no colon at its end unless words were left
 * out before it, it is a post's own label, it is written in a script whose full stop a colon stands for
 * (`colonStopScript`), or it is in another language as the paragraph after it is (`inOriginal`): a blogger's own lead-in
 * inside the quoted post, `Analicemos las demandas y expliquemos las mismas:` over more Spanish
 * (gv-bolivia-protests-sweep-country-2012-05-10), is the post's, since an English article's writer writes no Spanish.
 */
export const excerptable = (text: string, place: ExcerptPlace): boolean =>
  isOwnLabel(text) ||
  ((place.afterElision || !/:\s*$/.test(text) || colonStopScript(text) || place.inOriginal === true) &&
    (place.inRun === true || OUTBURST.test(text) || (wordsIn(text) >= 5 && !isHeading(text))));

/**
 * A heading in title case, with no closing punctuation: `Specifics of the Cluster Munition` after `As of today, a State
 * Department webpage explains:` (a fresh US Army page whose quotation the scrape lost), `How Ideas Turn Into Campaigns`
 * (fresh digital.gov pages). Ten words at most, every word of four letters or more capitalised.
 */
function isHeading(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 10 && !/[.!?:;,"”’…)\]]$/u.test(text.trim()) && words.filter((w) => w.length >= 4).every((w) => /^[\p{Lu}\d$#@]/u.test(w));
}
