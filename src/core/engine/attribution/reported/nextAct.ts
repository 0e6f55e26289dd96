import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { insideMarks } from '../insideMarks';

/**
 * Past forms without -ed that a speaker's next act takes: "…, and spoke with …", "…, and called the demand …"; an adverb
 * may come first ("expressed no regret for his sister's death and specifically mentioned family honor").
 */
const PAST_WITHOUT_ED = [...IRREGULAR_PAST].join('|');

/**
 * ", and discussed …" / "and expressed …": "and" then a past verb with an object. After a comma (or with no comma after
 * an object-noun cue, whose content has no verb to share it) that verb is the speaker's next act, not the content's.
 */
const NEXT_ACT = new RegExp(
  `(,)?\\s+and\\s+(?:then\\s+|also\\s+|later\\s+|\\p{Ll}{3,}ly\\s+)?(?:\\p{Ll}{3,}ed|${PAST_WITHOUT_ED})\\s+(?=(?:the|a|an|his|her|their|its|it|them|on|for|to|with|about)\\b|\\p{Ll}{3,})`,
  'gu',
);

/**
 * ", but fought …": ", but" then a past verb with no subject of its own is the speaker's next act, in contrast with the
 * first (`Miliband denied that the United States threatened to reduce or cease terrorism-related intelligence sharing,
 * but fought to keep the details released today secret`, wikinews-uk-loses-appeal-conceal-binyam-mohamed-torture-
 * 2010-02-10); a clause after ", but" that has a subject of its own is contentAfter.ts's `clauseEnd`.
 */
const BUT_ACT = new RegExp(
  `,\\s+but\\s+(?:then\\s+|also\\s+|later\\s+|\\p{Ll}{3,}ly\\s+)?(?:\\p{Ll}{3,}ed|${PAST_WITHOUT_ED})\\s+(?=(?:the|a|an|his|her|their|its|it|them|on|for|to|with|about)\\b|\\p{Ll}{3,})`,
  'gu',
);

/** A perfect or a modal in the content ("had been seized, but freed …") may share its participle with the verb after "but". */
const PERFECT_OR_MODAL = /\b(?:had|has|have|would|will|could|should|must|may|might|can)\b/;

/** An auxiliary in the content ("had seized the town, and killed …") may share its participle with the verb after "and". */
const AUXILIARY = /\b(?:had|has|have|would|will|could|should|must|may|might|can|to)\b/;

/**
 * A participle set off by a comma after an object-noun cue's object, a few words of its own before it (`criticized the
 * move, this time not only implying approval would be required`, `condemned the attack, saying …`): the speaker's next
 * act, whose words are not the object. Not a relative's participle (`the EastMed project, which is aimed at connecting
 * …`), nor "including", which goes on with the object, nor a noun in a list (`tricks for collaboration, planning, and …`).
 */
const NEXT_PARTICIPLE =
  /,\s+(?:(?!(?:which|who|whom|whose|that|where|when)\b)[\p{L}'’-]+\s+){0,4}?(?!(?:including|according|concerning|regarding)\b)\p{Ll}{3,}ing\b(?!\s*[,;]|\s+(?:and|or)\b)/u;

/**
 * "without elaborating", "without giving details": the writer's note on how the speaker spoke (the speaker said no more),
 * not words of the speaker's (AP style: `said he died in Britain without elaborating`); anywhere in the content when an
 * indirect question follows (`its website notes that its operations center is still accepting accident notifications
 * without specifying if this resource is operating 24/7`, wikinews-florida-highway-pileup-fire-kills-children-2019-01-05).
 */
const WITHOUT_MORE =
  /\s+without\s+(?:(?:elaborating|explaining|commenting|specifying|(?:giving|providing|offering)\s+(?:details|evidence|a\s+reason|reasons|further\s+details)|saying\s+(?:why|how|when|where|what|more))(?=\s*$)|(?:specifying|saying|explaining|stating|clarifying)\s+(?:if|whether|why|how|when|where)\s)/;

/**
 * ", despite photos showing …", "despite Znak.com claiming …": a contrast with another source's words or evidence, set
 * after the content, is the writer weighing the sources, not the speaker's words (`The Aviation Herald states the 707
 * was a freighter, despite photos showing a row of windows along each side`, wikinews-iranian-cargo-plane-crashes-into-karaj-houses-2019-01-15;
 * `The Investigative Committee says it has found no trace of explosives despite Znak.com claiming an anonymous source
 * described …`, wikinews-magnitogorsk-apartment-building-collapse-2019-01-04). Only a participle of saying or showing
 * after a short subject: "despite the rain" or "despite injuries hampering the squad" may be the speaker's own.
 */
const DESPITE_SOURCE = /,?\s+despite\s+(?:[\p{L}\d.'’-]+\s+){1,3}?(?:claiming|saying|reporting|stating|showing|suggesting|indicating|alleging|insisting)\b/u;

/**
 * ", with a spokesperson for them saying: …", ", with officials reporting at the time …": another source's words joined on
 * as an absolute phrase, which the writer adds beside the content (`the Foreign and Commonwealth Office has now confirmed
 * that he died on Wednesday, with a spokesperson for them saying: "…"`, wikinews-british-pilot-dies-plane-crash-nine-
 * passengers-survive-2009-10-25; `Officials tell BBC News every claim will be assessed meritocratically, with the i
 * reporting no one will be refused …`, wikinews-uk-asylum-questionnaire-2023-02-23): the golds end the content before it.
 */
const WITH_SOURCE = /,\s+with\s+(?:[\p{L}\d.'’-]+\s+){1,6}?(?:saying|stating|reporting|claiming|adding|noting|telling|writing)\b/u;

/**
 * ", before reversing course the next day": a time participle set off by a comma after the content tells what the
 * speaker did next (a comma-set adjunct hangs on the main verb, whose subject is the speaker), not what was said:
 * `Trump announced he would drop his bid to add the question, before reversing course the next day and pressing forward`
 * (wikinews-us-house-holds-cabinet-officers-in-contempt-2019-07-20). Not "after which", a relative of the content's own.
 */
const THEN_ACTED = /,\s+(?:before|after)\s+\p{Ll}{3,}ing\b/u;

/**
 * Where reported content [start, stop) (UTF-16 offsets, half-open) ends before the speaker's next act: `said that
 * she was humbled by the recognition, and discussed social problems …` ends before ", and discussed", and `thanked
 * the President for his call and expressed his support …` before "and expressed". The AP's stacked-verb sentences
 * report one act per verb; a past verb joined after an auxiliary stays in the content. `objectCue`: the cue verb's
 * object is the content ("thanked", "praised"), which a participle after a comma also ends (`NEXT_PARTICIPLE`). A
 * closing "without elaborating" is the writer's (`WITHOUT_MORE`), and so are a contrast with another source (`DESPITE_SOURCE`)
 * and another source's words joined on with "with" (`WITH_SOURCE`).
 * Returns `stop` when no such act follows.
 */
export function beforeNextAct(text: string, start: number, stop: number, objectCue: boolean): number {
  const content = text.slice(start, stop);
  for (const m of content.matchAll(NEXT_ACT)) {
    if (!m[1] && !objectCue) continue;
    if (!objectCue && AUXILIARY.test(content.slice(0, m.index))) continue;
    if (!insideMarks(content.slice(0, m.index))) return start + m.index;
  }
  for (const m of content.matchAll(BUT_ACT)) {
    if (PERFECT_OR_MODAL.test(content.slice(0, m.index))) continue;
    if (!insideMarks(content.slice(0, m.index))) return start + m.index;
  }
  const participle = objectCue ? NEXT_PARTICIPLE.exec(content) : null;
  if (participle) return start + participle.index;
  const then = THEN_ACTED.exec(content);
  if (then && !insideMarks(content.slice(0, then.index))) return start + then.index;
  const despite = DESPITE_SOURCE.exec(content);
  if (despite && !insideMarks(content.slice(0, despite.index))) return start + despite.index;
  const other = WITH_SOURCE.exec(content);
  if (other && !insideMarks(content.slice(0, other.index))) return start + other.index;
  const without = WITHOUT_MORE.exec(content);
  return without ? start + without.index : stop;
}
