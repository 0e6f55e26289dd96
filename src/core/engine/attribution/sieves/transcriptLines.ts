/** How a paragraph of an interview transcript begins or ends: what tells whether an answer runs on through it. */

/**
 * A line with no sentence end that an answer does not run on through: a section heading, a caption, a command. The
 * full stops of other scripts end a sentence too: an answer given with its Hindi original closes on the danda (`…
 * इतना काम हम कर रहे हैं।`, fresh Wikinews, HIV-positive sex workers, October 2020).
 */
export const unfinished = (text: string) => !/[.!?…:;"”)\]।॥。！？؟۔]\s*$/u.test(text);
/**
 * A paragraph opening in lower case: the rest of a sentence the page broke over two paragraphs. Not a bare web address
 * (`http://www.sledgemovie.com` under `External sites` after an interview's last answer): a link list is the page's.
 */
export const opensLower = (text: string) => /^\p{Ll}/u.test(text) && !/^(?:https?:\/\/|www\.)\S+\s*$/i.test(text);
/** An editor's line that ends an interview rather than carrying on its answer: `Editor's note:`, `Update:`. */
export const note = (text: string) => /^(?:Editor[’']?s note|Ed\.|Note|Update|Updated|Correction|Photo|Image|Source|Sources|Related)\s*:/i.test(text);
/** A paragraph ending on a question mark, inside closing quotation marks or not. */
export const question = (text: string) => /\?["”]?\s*$/.test(text);
/** A word of the first person: an answer's own voice. */
export const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|us|[Oo]ur)\b/;
/**
 * The first person as the one who speaks or owns (`I`, `we`, `my`, `our`), not only as an object: `Please tell me which
 * bank you will rob.`, a poster printed between the answers of gv-lebanon-demotivational-humour-facebook-2012-05-02 (no
 * quote in its gold), addresses the reader and names its writer only as `me`.
 */
export const FIRST_PERSON_SPEAKING = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur)\b/;
/**
 * A paragraph of two or more sentences ending on a full stop or exclamation mark, with no question in it: an argument
 * going on (`However, security remains a serious issue for any citizen media sites in Africa. Their voices may be
 * online, …`, gv-nigeria-battabox-online-videos-interview-2012-05-14), not a caption's single line or credit
 * (`Civil war is more comfy in pyjamas - …`, `At the re:publica 2012. Photo by Suzanne Lehn`).
 */
export const argued = (text: string) => !text.includes('?') && /[.!]["”’]?\s*$/u.test(text) && /[.!]["”’]?\s+["“‘]?\p{Lu}/u.test(text.trimEnd());
