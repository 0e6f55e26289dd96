import { nextSpeakerClause } from './nextSpeaker';
import { insideMarks } from '../insideMarks';

/**
 * Where reported content ends before `stop`: at a colon that opens a direct quote (`told Sky News any process "must be
 * well thought out": "Moves …`), or at ", but" bringing in a subject of its own (`said their proposed action will be
 * nothing like Murambatsvina, but local groups are expressing concern`); a pronoun after "but" goes on with the speaker;
 * or at a quoted sentence that closes it (`quotedSentence`); or at another speaker's clause joined on (`nextSpeakerClause`).
 */
export function clauseEnd(text: string, start: number, stop: number): number {
  const content = text.slice(start, stop);
  const colon = /:\s*["“]/.exec(content);
  // "…, but this number is very uncertain", "…, but that office stands vacant": a demonstrative before a noun opens a
  // subject of the writer's as "the" does; "but that is …" (a pronoun) goes on with the speaker, and so does "but that
  // the costs were …" (a second that-clause).
  const but =
    /,\s+but\s+(?!(?:he|she|they|it|we|I|also|not|then|only|still)\b|(?:this|that|these|those)\s+(?:are|is|was|were|have|has|had|will|would)\b|that\s+(?:the|a|an|his|her|their|its|our|he|she|they|it|we|I|there|this|some|no|all)\b)(?:[\p{L}'’-]+\s+){1,3}?(?:are|is|was|were|have|has|had|will|would|say|says|said|stands|remains)\b/u.exec(
      content,
    );
  // "denied all claims that Khashoggi was slain, however, a UN report eventually concluded …": a ", however," that a
  // subject and its verb follow opens the writer's contrast, as ", but" does; after a subject ("Other users, however,
  // were quick to …") it is an aside inside the clause.
  const however =
    /,\s+however,\s+(?:(?:a|an|the|this|these|those|its|his|her|their)\s+|\p{Lu}[\p{L}'’.-]*\s+)(?:[\p{L}'’.-]+\s+){0,3}?(?:\p{Ll}{3,}ed|are|is|was|were|have|has|had|will|would|says|said|remains)\b/u.exec(
      content,
    );
  const contrast = but && (!however || but.index < however.index) ? but : however;
  // A ", but" inside a direct quote the content holds is the quoted speaker's, not a new clause of the writer's.
  const before = contrast ? content.slice(0, contrast.index) : '';
  const insideQuote = insideMarks(before);
  const joined = nextSpeakerClause(content, 0);
  // "claimed there were "fine people on both sides," meaning both the white supremacists and the counter-protesters"
  // (wikinews-charlottesville-killer-fields-life-sentence-2019-07-01): "meaning" after words in marks is the writer's gloss
  // of them, not more of what was said; the content ends with the closing mark.
  const gloss = /[,.]?["”]\s+meaning\b/.exec(content);
  const glossEnd = gloss ? gloss.index + gloss[0].search(/["”]/) + 1 : Infinity;
  const cut = Math.min(
    colon?.index ?? Infinity,
    contrast && !insideQuote ? contrast.index : Infinity,
    quotedSentence(content),
    joined?.start ?? Infinity,
    glossEnd,
  );
  return cut === Infinity ? stop : start + cut;
}

/**
 * "…, and "[i]t felt like 'am I going to live or am I going to die?'"": a quotation that opens as a sentence (a capital,
 * or a letter the writer capitalised in brackets) after ", and" and closes the content is a direct quote of its own,
 * not part of the reported clause (docs/annotation-guide.md: a partial quote inside reported speech stays in it). Where
 * it starts in `content` (its ", and"), or Infinity.
 */
function quotedSentence(content: string): number {
  // "said he was "humbled" by the results and "...I and we will never take your support for granted. And I will …""
  // (wikinews-conservative-party-wins-majority-uk-election-2019-12-16): without the comma too, and after an ellipsis the
  // writer set before the capital; a quotation that runs on past the sentence's end closes no content.
  const m = /(?:,\s+|\s+)(?:and|but)\s+["“](?:\.\.\.|…)?(?=\p{Lu}|\[\p{L}\])[^"“”]*(?:["”]\s*)?$/u.exec(content);
  return m ? m.index : Infinity;
}
