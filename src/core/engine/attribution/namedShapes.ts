/**
 * Shapes of text around words in marks that make them a name, a title or a question mentioned rather than words anyone
 * says (docs/annotation-guide.md: "Not quotes: titles of works, … nicknames, … slogans printed on things"), read from
 * where the marks sit in their sentence. `open` is always the UTF-16 offset of the opening mark in `text`.
 */
/** The text after the closing mark of the quote opened at `open`; empty when it is never closed. */
export function afterClose(text: string, open: number): string {
  const close = text.slice(open + 1).search(/["”»]/u);
  return close < 0 ? '' : text.slice(open + close + 2);
}

/** Kinds of named thing a name in marks may stand in apposition to. */
const NAMED_KIND =
  '(?:events?|books?|films?|movies?|songs?|albums?|shows?|series|campaigns?|pages?|groups?|communit(?:y|ies)|websites?|blogs?|projects?|programm?es?|initiatives?|petitions?|videos?|documentar(?:y|ies)|novels?|podcasts?|columns?|hashtags?|apps?|charit(?:y|ies)|organi[sz]ations?|foundations?|movements?|associations?|networks?|coalitions?|bands?)';
const KIND_BEFORE = new RegExp(`\\b${NAMED_KIND},\\s*$`, 'u');
const KIND_AFTER = new RegExp(`^\\s*(?:\\[[^\\]]*\\]\\s*)?,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,4}?${NAMED_KIND}\\b`, 'u');

/**
 * A name in apposition to the kind of thing it names, the clause going on after it: `Roberts says his event, "Storm Area
 * 51, They Can't Stop All of Us", was posted as a joke` (Wikinews, development half, whose gold lists it as no quote), `One
 * of many related communities, “Não ao projeto de Azeredo” [No to the Azeredo Bill, pt], has already attracted 6,563
 * members`, `Anna Franowska of "Have no fear", an abuse victim support charity, told Reuters` (fresh Global Voices and
 * Wikinews pages). A quote that ends its sentence (`said of the test program, “Overall, it was …”`) is not set so.
 */
export function appositiveName(text: string, open: number): boolean {
  const close = text.slice(open + 1).search(/["”»]/u);
  if (close < 0 || /[.!?]$/u.test(text.slice(open + 1, open + 1 + close).trim())) return false;
  const after = text.slice(open + close + 2);
  if (KIND_AFTER.test(after)) return true;
  return KIND_BEFORE.test(text.slice(Math.max(0, open - 40), open).trimEnd()) && /^\s*(?:\[[^\]]*\]\s*)?,\s+\p{Ll}/u.test(after);
}

/**
 * The head noun of a title or a name, right after the closing mark: `the JFK's «Ich bin ein Berliner» speech`, `the NASA
 * “worm” logo`, `“We’ve always done it this way” syndrome` (fresh Global Voices, NASA and digital.gov pages); no quote of the
 * development half's golds stands so. Not nouns of groups or teams (`“small and scrappy” teams`, the speakers' phrase).
 */
const TITLE_HEAD =
  /^\s+(?:speech|book|film|movie|song|album|documentary|novel|poem|essay|campaign|logo|hashtag|slogan|motto|syndrome|doctrine|brand|movement|operation|award|prize|festival|exhibition|podcast|newsletter|magazine)s?\b/u;

/** Whether the quote opened at `open` is a title or a name that the head noun after it governs ({@link TITLE_HEAD}). */
export function titleBeforeHead(text: string, open: number): boolean {
  const close = text.slice(open + 1).search(/["”»]/u);
  return close >= 0 && !/[.,;:!?…]$/u.test(text.slice(open + 1, open + 1 + close).trim()) && TITLE_HEAD.test(text.slice(open + close + 2));
}

/**
 * The title of a post a colon then sets off: `Tunde wrote about the "untold story of Rashidi Yekini's last days":` (Global
 * Voices, development half, whose gold lists it as no quote and quotes the paragraphs after the colon).
 */
export function postTitle(text: string, open: number): boolean {
  return (
    /\b(?:wr(?:ote|ites)|blogg(?:ed|s)|blogs|posted|posts)\s+(?:about|on)\s+(?:the\s+|a\s+|an\s+)?$/u.test(text.slice(Math.max(0, open - 40), open)) &&
    /^\s*:\s*$/u.test(afterClose(text, open))
  );
}

/**
 * The title of the piece a source's words came in, after the piece's noun and whose it is: `the blog Unificacionistas, in
 * its post "Equality for few" wrote about …:` (gv-argentina-gender-identity-law-2012-05-12, whose gold lists the title as
 * no quote). docs/annotation-guide.md: titles of works are no quotes. A title is short and holds no sentence's end, so the
 * words of a post quoted after it stay a quote (`writing in a blog post "I have myself, as per instructions, loaded up
 * Gigaloader …"`, wikinews-hackers-attack-scientology-website-2008-01-20).
 */
export function pieceTitle(text: string, open: number): boolean {
  if (!/\bin\s+(?:its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:post|article|column|editorial|entry)\s*$/u.test(text.slice(Math.max(0, open - 60), open)))
    return false;
  const close = text.slice(open + 1).search(/["”»]/u);
  const title = close >= 0 ? text.slice(open + 1, open + 1 + close) : '';
  return title.length > 0 && title.length <= 80 && !/[.!?…]/u.test(title);
}

/** Speech verbs that make the question their subject's own words: `asked the question “…”`, `raised the question`. */
const ASKED = /\b(?:ask(?:s|ed|ing)?|pos(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|put(?:s|ting)?|wonder(?:s|ed|ing)?)\b/iu;

/**
 * A question set out as a topic, which nobody is said to ask: `The Kepler mission was designed to address the questions
 * “How prevalent are other worlds?”`, `A single question has driven her since she was a kid: “Does life exist beyond
 * Earth?”` (fresh NASA pages), `"Will the PM resign" is a million dollar question.` (Global Voices, development half,
 * whose gold holds no quote). Not a question someone asks or raises (`He asked the question: “…”`).
 */
export function topicQuestion(text: string, open: number): boolean {
  if (/^\s+(?:is|was|remains)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?question\b/u.test(afterClose(text, open))) return true;
  // The clause the mark opens in: from the last stop or quotation mark before it (found by lastIndexOf, not by a pattern
  // anchored at the mark, which would read the paragraph's whole beginning once for each of its characters).
  const clause = text.slice(Math.max(...['.', '!', '?', '"', '“', '”'].map((stop) => text.lastIndexOf(stop, open - 1))) + 1, open);
  if (!/questions?\b/iu.test(clause)) return false;
  const topic = /\b(?:the|a|an|this|that|these|those|one|single)\s+(?:[\p{L}-]+\s+){0,2}?questions?\b([^"“”]*)$/iu.exec(clause);
  // The question noun right before the mark (`the questions “…”`), or the subject of a clause the colon ends.
  return topic?.[1] !== undefined && !ASKED.test(clause) && (/^\s*,?\s*$/u.test(topic[1]) || /^[^,;]*:\s*$/u.test(topic[1]));
}

/**
 * A nickname whose closing mark the page lost, inside a name among names: `Mission Specialists Terry J. “TJ” Hart, James D.
 * “Ox” Van Hoften, and George D. “Pinky Nelson flew a seven-day mission …` (a fresh NASA page). A middle initial right
 * before the mark, then the nickname and a surname, both capitalised, then a lower-case word; no closing mark anywhere
 * after it. A quote opened so would run to the paragraph's end as words nobody said.
 */
const lostClosingMark = (text: string, open: number): boolean =>
  /\s\p{Lu}\p{Ll}+\s\p{Lu}\.\s$/u.test(text.slice(Math.max(0, open - 30), open)) && /^\p{Lu}[\p{L}'’-]*\s\p{Lu}[\p{L}'’-]*\s\p{Ll}/u.test(text.slice(open + 1));

/**
 * A nickname set between the words of a name: `Eugene L. Tu announces the appointment of Verron “Ron” Brade`, `an account
 * of Sergeant Frank "Greg" Ford's report` (fresh NASA and Wikinews pages); the guide: "Nicknames in marks inside a name
 * (`Herman "Chico" Rijfkogel`): notQuotes". One or two capitalised words with no punctuation, a capitalised word or an
 * initial right before the mark and a capitalised word right after the closing one.
 */
export function nicknameInName(text: string, open: number): boolean {
  const close = text.slice(open + 1).search(/["”»]/u);
  if (close < 0) return lostClosingMark(text, open);
  const quoted = text.slice(open + 1, open + 1 + close);
  return (
    /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?$/u.test(quoted) &&
    /(?:^|\s)(?:\p{Lu}\p{Ll}+|\p{Lu}\.)\s$/u.test(text.slice(Math.max(0, open - 30), open)) &&
    /^\s\p{Lu}/u.test(text.slice(open + close + 2))
  );
}

/**
 * The title of a paper a journal published, its authors after it: `On 1/5/24, Astronomy & Astrophysics published online
 * “Magnetic field properties inside the jet of Mrk 421” by Dawoon Kim et al.` (a fresh NASA page's list of publications).
 * A title in sentence case escapes the title shapes, but "published" right before the marks and "by" and a capitalised
 * name right after them make it a work, not words anyone says.
 */
export function publishedTitle(text: string, open: number): boolean {
  return /\bpublish(?:ed|es)\s+(?:online\s+)?$/u.test(text.slice(Math.max(0, open - 30), open)) && /^\s*,?\s+by\s+\p{Lu}/u.test(afterClose(text, open));
}
