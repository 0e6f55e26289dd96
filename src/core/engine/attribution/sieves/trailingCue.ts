import { ADVERBS } from '../../lexicon/adverbs';
import { LISTENER_VERBS } from '../../lexicon/listenerVerbs';
import { QUOTE_CUE_VERBS } from '../../lexicon/quoteCueVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { nameWordBefore } from '../../textBefore';
import { roleAppositiveAt } from '../roleAppositive';
import { screenNameSubject } from '../screenName';
import { attributeCase, type DirectSieve } from './direct';

/** Whether any word of `words` is a speech verb: a description that holds one is a clause of its own, no appositive. */
const holdsSpeechVerb = (words: string): boolean => [...words.matchAll(/\p{L}+/gu)].some((w) => isSpeechVerb(w[0]));

/**
 * `“…,” Carrie Worth, NASA DC-8 pilot, said.`: a person's name, a comma-enclosed description of them, and the speech verb
 * ending the cue. The description holds no quote mark and no speech verb of its own (AP style sets a title off by commas
 * wherever the name stands). Null when the words after the name are not that shape.
 */
const APPOSITIVE_CUE = /^,\s+[^,;:"“”()]{2,120}?,\s+(?:also\s+)?(\p{L}+)(?=\s|[.,;!?]|$)/u;
/**
 * `…”, Anna Franowska of "Have no fear", an abuse victim support charity, told Reuters`: the body named in quotation
 * marks, or followed by a comma-enclosed description of it or of the person, then the speech verb.
 */
const DESCRIBED_AFFILIATION_CUE =
  /^\s+(?:of|from)\s+(?:the\s+)?(?:"[^"]{1,60}"|“[^”]{1,60}”|[^,;:"“”()[\]]{1,80}?(?=,))(?:,\s+[^,;:"“”()[\]]{2,120}?,)?\s+(?:also\s+)?(\p{Ll}+)(?=\s|[.,;!?]|$)/u;

/**
 * `“…,” Jack Garner, film critic for Gannet News Service said.`: the description's closing comma left out, the verb ends
 * the sentence. The description holds no word opening a clause ("whose company said") before the verb.
 */
const UNCLOSED_APPOSITIVE_CUE = /^,\s+(?![^,;:"“”()]{0,120}\b(?:who|whose|which|that|and|or|but)\b)[^,;:"“”()]{2,120}?\s+(\p{L}+)(?=\s*[.!?](?:\s|$)|$)/u;
/**
 * `“…,” Lt. Gen. Raymond V. Mason, deputy chief of staff, Army G-4, told members of …` (Army News Service): U.S.
 * military style sets off the title and then each unit by commas; the units open with a capital or a number, the verb
 * after them in lower case.
 */
const UNIT_APPOSITIVE_CUE = /^,\s+[^,;:"“”()]{2,120}?(?:,\s+[\p{Lu}\d][^,;:"“”()]{1,80}?){1,3},\s+(?:also\s+)?(\p{Ll}+)(?=\s|[.,;!?]|$)/u;
/**
 * `“…,” Robert Soulas, vice president of Entraide et Solidarité AF447, a support group for families of victims of the
 * crash, said.` (a fresh Wikinews page, April 2011): the title, then a description opening on an article (of the title's
 * body or of the person), each set off by commas, then the verb.
 */
const DOUBLE_APPOSITIVE_CUE = /^,\s+[^,;:"“”()]{2,120}?,\s+(?:a|an|the)\s+[^,;:"“”()]{2,120}?,\s+(?:also\s+)?(\p{Ll}+)(?=\s|[.,;!?]|$)/u;
function appositiveVerb(after: string): RegExpExecArray | null {
  const single = APPOSITIVE_CUE.exec(after);
  const units = single && isSpeechVerb(single[1] ?? '') ? null : UNIT_APPOSITIVE_CUE.exec(after);
  const double = single && isSpeechVerb(single[1] ?? '') ? null : DOUBLE_APPOSITIVE_CUE.exec(after);
  const found =
    (units && isSpeechVerb(units[1] ?? '') ? units : double && isSpeechVerb(double[1] ?? '') ? double : single) ?? UNCLOSED_APPOSITIVE_CUE.exec(after);
  const description = found ? found[0].slice(0, found[0].length - (found[1]?.length ?? 0)) : '';
  return found && !holdsSpeechVerb(description) ? found : null;
}

/**
 * `“…,” Hojjat Ali Shayanfar, head of emergency services in Sistan Baluchistan province, was quoted as saying by the
 * Associated Press.` (a fresh Wikinews page, June 2007): the passive of an outlet's report, its speech verb the
 * participle after "as"; a description set off by commas may stand between the subject and "was".
 */
const QUOTED_AS_CUE =
  /^(?:,\s+[^,;:"“”()]{2,120}?,)?\s+(?:also\s+)?(?:was|is|were|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:quoted|cited)\s+(?:by\s+[^,;:"“”()]{1,60}?\s+)?as\s+(saying|stating|telling|adding)(?=\s|[.,;!?]|$)/u;
function quotedAsVerb(after: string, person: boolean): RegExpExecArray | null {
  const found = QUOTED_AS_CUE.exec(after);
  const description = found ? (/^,[^,]*,/.exec(found[0])?.[0] ?? '') : '';
  return found && !(description && (!person || holdsSpeechVerb(description))) ? found : null;
}

/**
 * `“…,” Crystal C'Bearing of the Northern Arapaho tribal historic preservation office told those gathered`: "of" or
 * "from" and the body the person speaks for, then the speech verb (as `affiliatedName.ts` reads it before a verb). The
 * first speech verb ends the body's words, which hold no punctuation and no word opening a clause of their own.
 */
function affiliationVerb(after: string): [string, string] | null {
  const described = DESCRIBED_AFFILIATION_CUE.exec(after);
  const words = described ? described[0].slice(0, described[0].length - (described[1]?.length ?? 0)) : '';
  const clause = [...words.matchAll(/\p{L}+/gu)].some((w) => isSpeechVerb(w[0]) || /^(?:who|whose|which|that|and|or|but)$/i.test(w[0]));
  if (described?.[1] && isSpeechVerb(described[1]) && !clause) return [described[0], described[1]];
  const found = /^\s+(?:of|from)\s+[^,;:"“”()[\]]{1,80}/u.exec(after);
  if (!found) return null;
  for (const word of found[0].matchAll(/\p{L}+/gu)) {
    if (/^(?:who|whose|which|that|when|while|after|before|and|or|but)$/i.test(word[0])) return null;
    if (word.index === undefined || !isSpeechVerb(word[0]) || !/^\p{Ll}/u.test(word[0])) continue;
    const cue = after.slice(0, word.index + word[0].length);
    // The body has a word of its own before the verb: "Smith of Acme said", not "Smith of said".
    return /^\s+(?:of|from)\s+\S+\s/u.test(cue) ? [cue, word[0]] : null;
  }
  return null;
}

/**
 * `“… in two days!” Macron told the world on Thursday via Twitter.`: after a cue verb that follows a quote making up a
 * whole sentence, only a listener of up to four words and a time, place or channel may close the cue's own sentence; "He noted that …",
 * "Smith told reporters the deal was off" go on to content of their own and open a new sentence instead.
 */
const LISTENER_AND_TIME =
  /^(?:\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?(?:\s+(?:on|in|at|via|during|after|before|through|from|over|late|early|last|this|yesterday|today|tonight)\b[^.!?;:,"“”]{0,60})?\s*[.!?](?:\s|$)/u;

/** What may follow a verb that cues only a quote (`QUOTE_CUE_VERBS`): the sentence's end, perhaps after whom it was to. */
const QUOTE_CUE_END = /^(?:\s+to\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\s*(?:[.,;!?]|$)/u;

/**
 * What must follow a verb that reports speech only with a listener (`LISTENER_VERBS`: "informed", "notified") to cue the
 * quote before it: that listener, up to four words, then the sentence's end (`"Thai Raksa Chart party complies with the
 * royal command," the party informed the press.`, wikinews-thai-party-withdraws-princess-nomination-2019-02-11).
 */
const LISTENER_CUE_END = /^\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?\s*[.!?](?:\s|$)/u;

/** A connective set off by commas right after a verb, then words: `, however, to do so …`, `, though, that …`. */
const CONNECTIVE_ASIDE = /^\s*,\s*(?:however|though|nevertheless|nonetheless|meanwhile|moreover|furthermore|instead|too|also)\s*,\s*\p{L}/u;

const WHAT_X_CALLED = /\bwhat\s+[^.,;“”"]{1,60}?\s+(?:called|calls|described\s+as|describes\s+as|termed|dubbed|characteri[sz]ed\s+as)\s*$/i;

/**
 * `"…," said Dmitry Peskov` and `"…," Putin added`: the cue right after the closing mark, in either
 * order. Muzny et al. 2017's first, most precise sieve ("trigram matching": quote–verb–mention).
 */
export const trailingCue: DirectSieve = (c) => {
  const { block, text, direct, cues } = c;
  if (direct.close === null) return null;
  // "In what an officer described as “…”, West Midlands Police reported …": the words are the describer's, named before.
  if (WHAT_X_CALLED.test(text.slice(c.range.start, direct.open))) return null;
  const after = direct.close + 1;
  const rest = text.slice(after);
  const lead = /^[,.!?;:]?\s*(?:[-—–]\s*)?/.exec(rest)?.[0].length ?? 0;
  // "Launch pad manager John J. “Tip” Talone concluded": a quote set between a name's words, with nothing closing its
  // clause, is that person's nickname and no words of theirs.
  const nickname =
    /^\s+$/.test(rest.slice(0, lead)) && /^\p{L}+(?:[\s-]\p{L}+)?$/u.test(text.slice(direct.start, direct.end)) && nameWordBefore(text, direct.open);
  if (nickname) return null;
  // `Spokesperson of the "Refuge" Dimitri Verdonck said, "…"` (fresh AMALGUM Wikinews news, wild15: AMALGUM_news_brussels):
  // a short capitalised quote right after "the", closing no clause, is the name of a thing inside a noun phrase; the name
  // after it speaks the next quote, not this one. (Words in lower case there are a phrase the subject after them used:
  // `Calling it a "culture of death" the archbishop said`, `keeping in mind the "emotions of the masses" reported Chaudhry`.)
  const quoted = text.slice(direct.start, direct.end);
  if (/\bthe\s+$/i.test(text.slice(c.range.start, direct.open)) && /^\p{Lu}[^,.!?]*$/u.test(quoted) && quoted.split(/\s+/).length <= 4) return null;
  // `"The very same?" sentimentally asked Rykov.` (Global Voices, Russia, May 2012): a manner adverb may stand before
  // the inverted verb as it does after a subject, and the name after the verb is still the speaker.
  const manner = /^(\p{Ll}+)\s+(?=\p{Ll})/u.exec(rest.slice(lead));
  const adverb = manner && (ADVERBS.has(manner[1] ?? '') || /^\p{Ll}{3,}ly$/u.test(manner[1] ?? '')) ? manner[0].length : 0;
  const inverted = /^(\p{L}+)\s+/u.exec(rest.slice(lead + adverb));
  // "According to Minister Joaquim Barbosa, “…”, reported G1.": the outlet reports the words the sentence gave their source.
  const relayed = /^report(?:ed|s)$/i.test(inverted?.[1] ?? '') && /\baccording to\b/i.test(text.slice(c.range.start, direct.open));
  // "“Lessons Learned …” Read the full case study": a capitalised verb opens the next sentence, an imperative.
  // "“…”, calling it a “…”": a participle after the quote is its speaker's next act, never an inverted cue.
  const inline = /^\p{Ll}/u.test(inverted?.[1] ?? '') && !/\p{L}ing$/u.test(inverted?.[1] ?? '');
  if (inverted?.[1] && inline && (isSpeechVerb(inverted[1]) || QUOTE_CUE_VERBS.has(inverted[1].toLowerCase())) && !relayed) {
    const at = after + lead + adverb + inverted[0].length;
    const subject = cues.invertedSubjectAt(block, at) ?? cues.missed.subject(block, { start: at }) ?? screenNameSubject(cues, block, at);
    if (subject) return attributeCase(c, subject, { block, start: after + lead, end: subject.ref.end }, 'trailing-cue');
  }
  // "“…,” the Chinese ambassador, Sun Yuxi, had said.": a role set off from the name after it is that person, as after
  // an inverted verb (`roleAppositive.ts`); the verb after the name's closing comma is read below.
  const subject =
    roleAppositiveAt(text, block, after + lead, cues.mentions, (b, at) => cues.subjectAt(b, at)) ??
    cues.subjectAt(block, after + lead) ??
    cues.missed.subject(block, { start: after + lead }) ??
    screenNameSubject(cues, block, after + lead);
  if (!subject) return null;
  // A stray comma between the name and its verb is a typo the reader reads through: "Belinda Okoro, told reporters".
  // "he went on to say": the speech verb after "went on to" is the cue's.
  const goesOn = /^\s+(?:went|goes|go|would\s+go)\s+on\s+to\s+(\p{L}+)/u.exec(text.slice(subject.ref.end));
  // Only a quote that closes its clause with a comma (or a ! or ?) has such a cue: not a nickname (Henry “Hap” Arnold, …).
  // An editor's bracketed comma closes it too: `…is going to heal us[,]" Crystal C'Bearing … told`.
  const closesClause = /(?:[,!?]|\[,\])$/.test(text.slice(direct.start, direct.end)) || rest.startsWith(',');
  const person = subject.entity?.type === 'person' && closesClause;
  const quotedAs = quotedAsVerb(text.slice(subject.ref.end), person);
  const described = person && !quotedAs ? (appositiveVerb(text.slice(subject.ref.end)) ?? affiliationVerb(text.slice(subject.ref.end))) : null;
  // `"The church from the beginning has made its opinion known, …", the bishop has said.` (Global Voices, Argentina, May
  // 2012): an adverb or the perfect's auxiliary may stand between the subject and its verb.
  const verb = goesOn ?? quotedAs ?? described ?? /^,?(?:\s+[\p{L}'’-]+){0,3}?\s+(?!(?:has|have|had)\s)(\p{L}+)/u.exec(text.slice(subject.ref.end));
  const words = verb?.[0].replace(/^,/, '').trim().split(/\s+/) ?? [];
  const shaped = goesOn ?? quotedAs ?? described;
  // "“…,” Short shares.": a verb that cues only a quote ends the cue, with nothing of its own after it but whom it was
  // to ("“They will not let me study in Chitral,” she appealed to the government.", wikinews-pia-sacrifices-goat-resumes-atr-flights-2016-12-14).
  const afterVerb = text.slice(subject.ref.end + (verb?.[0].length ?? 0));
  const quoteCue =
    (QUOTE_CUE_VERBS.has(verb?.[1]?.toLowerCase() ?? '') && QUOTE_CUE_END.test(afterVerb)) ||
    (LISTENER_VERBS.has(verb?.[1]?.toLowerCase() ?? '') && LISTENER_CUE_END.test(afterVerb));
  if (
    !verb?.[1] ||
    !(isSpeechVerb(verb[1]) || quoteCue) ||
    !(shaped || words.slice(0, -1).every((w) => ADVERBS.has(w.toLowerCase()) || /^(in|turn|has|have|had)$/i.test(w)))
  )
    return null;
  const verbEnd = subject.ref.end + verb[0].length;
  // `… after a disaster.” He noted that, “with …`: after a quote ending its sentence, a capitalised subject whose verb
  // goes on to content of its own opens the next sentence; it is not this quote's cue.
  // British style puts the full stop after the closing mark: `… "part XVII". He characterized …`; an editor's bracketed
  // stop ends it too: `… "who are the victims[.]" She went on to say, "…"`.
  const sentenceEnded = (/[.!?]\]?\s*$/.test(text.slice(direct.start, direct.end)) || /^[.!?]/.test(rest)) && /^\p{Lu}/u.test(text.slice(subject.ref.start));
  const wholeSentence = /^[\s"“]*$/.test(text.slice(c.range.start, direct.open)) && LISTENER_AND_TIME.test(text.slice(verbEnd));
  if (sentenceEnded && !/^\s*(?:[.,;!?]|$)/.test(text.slice(verbEnd)) && !wholeSentence) return null;
  // `… by 2015". WHO assistant director-general Marie-Paule Kieny admitted, however, to do so the bar … would have to be
  // lower` (a fresh Wikinews page, August 2014): a connective set off by commas after the verb leads into content of the
  // verb's own, so the cue opens the next sentence.
  if (sentenceEnded && CONNECTIVE_ASIDE.test(text.slice(verbEnd))) return null;
  // `… a “political maneuver.” She explained, “By confessing …”`, `… is "unprecedented." He said, in remarks published by
  // CNN in February, "[o]ther than …"`: a cue that opens the next sentence and leads into a quote of its own introduces
  // that one, not the quote before it.
  if (sentenceEnded && /^\s*[,:](?:[^.!?"“”]{0,120}?,)?\s*["“]/.test(text.slice(verbEnd))) return null;
  return attributeCase(c, subject, { block, start: subject.ref.start, end: verbEnd }, 'trailing-cue');
};
