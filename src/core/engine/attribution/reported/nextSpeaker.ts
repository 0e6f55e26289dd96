import { LINKING_VERBS } from '../../lexicon/linkingVerbs';
import { QUOTE_CUE_VERBS } from '../../lexicon/quoteCueVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';

/**
 * ", and Lou A. Salomé [es] (@Lou_A_S) tweets:", ", while the mayor, Ana Ruiz, said that …": a clause joined on with a
 * subject of its own (a few words, a handle or language tag among them, no verb) and a speech verb in the present or
 * past (or, before a colon, a verb that sets off a quotation: "tweets", "writes"), which sets off its own quotation or content,
 * or a participle that reports it ("Norko testified that Ross made a rational decision …, and the court agreed, finding
 * Ross clear headed and well educated", wikinews-connecticut-serial-killer-competent-2004-12-28).
 */
const JOINED_CLAUSE =
  /,\s+(?:and|while|whereas|but)\s+((?:[^\s,;:"“”]+\s+|[^,;:"“”]*?,\s+){1,8}?)(\p{Ll}+)(?=\s*:|\s+that\b|,\s*["“]|,\s+(?:finding|ruling|saying|adding|noting|arguing|calling)\b)/gu;

/**
 * Where a second speaker's clause starts in `text` from `from` (UTF-16 offsets): `start` at its ", and", `subject` where
 * its subject does; null when there is none. The writer's sentence goes on to someone else's words, so an earlier
 * cue's content ends there and a colon at the end of the sentence sets off the later speaker's words, not the earlier
 * one's (Global Voices round-ups: `Twitter user Lean Fernández (@leanfe4) [es] says that the passing of this law is an
 * historical event, and Lou A. Salomé [es] (@Lou_A_S) tweets:`). The joined subject must open with a capital, an @ or
 * a determiner ("the", "a", "an", "another"), and not with a pronoun: "and then said", "and he added" go on with the
 * first speaker. Before a colon any verb in the present or past that follows such a subject sets off the quotation
 * ("tweets:", "posted:"); elsewhere only a reporting verb.
 */
export function nextSpeakerClause(text: string, from: number): { start: number; subject: number } | null {
  const other = anotherSpeaker(text, from) ?? namedParticiple(text, from);
  if (other) return other;
  JOINED_CLAUSE.lastIndex = from;
  for (let m = JOINED_CLAUSE.exec(text); m; m = JOINED_CLAUSE.exec(text)) {
    const subject = m[1] ?? '';
    if (!/^(?:\p{Lu}|@|(?:the|a|an|another)\s)/u.test(subject) || /^(?:He|She|They|It|We|I|You)\s/.test(subject)) continue;
    const verb = m[2] ?? '';
    const colon = /^\s*:\s*$/.test(text.slice(m.index + m[0].length));
    // ", but Park Geun-hye, the governing party's strongest presidential candidate …, has gone unscathed:": after a linking
    // verb the last word says what the subject is or stays, no act of setting words off.
    if (verb.endsWith('ing') || LINKING_VERBS.has(/(\p{L}+)\s+$/u.exec(subject)?.[1]?.toLowerCase() ?? '')) continue;
    if (isSpeechVerb(verb) || QUOTE_CUE_VERBS.has(verb) || (colon && /^\p{Ll}{3,}(?:s|ed)$/u.test(verb) && /^\p{Lu}|^@/u.test(subject)))
      return { start: m.index, subject: m.index + m[0].length - verb.length - subject.length };
  }
  return null;
}

/**
 * ", and another recalled seeing him …" after "One neighbour spoke of …" (gv-nigeria-rashidi-yekini-obituary-2012-05-08):
 * "another", "others" or "the other" with a speech verb is a second speaker of the group the first belonged to, with a
 * clause of its own whatever follows the verb.
 */
const ANOTHER_CLAUSE = /,\s+(?:and|while|whereas|but)\s+((?:another|others|the\s+other)\s+(?:also\s+)?)(\p{Ll}+)\b/gu;

function anotherSpeaker(text: string, from: number): { start: number; subject: number } | null {
  ANOTHER_CLAUSE.lastIndex = from;
  for (let m = ANOTHER_CLAUSE.exec(text); m; m = ANOTHER_CLAUSE.exec(text))
    if (isSpeechVerb(m[2] ?? '')) return { start: m.index, subject: m.index + m[0].length - (m[2] ?? '').length - (m[1] ?? '').length };
  return null;
}

/**
 * `with Steve Scalise of Louisiana calling the investigation into Trump "Soviet-style" and Ross Spano of Florida calling
 * the process "a blatant and obvious coup …"` (fresh Wikinews, impeachment inquiry vote, October 2019): "and", a name (a
 * place after "of" or "from" allowed) and a speech verb in -ing join a second speaker's participle clause, with no comma.
 * The first speaker's content ends before it.
 */
const NAMED_PARTICIPLE = /\s+and\s+((?!(?:He|She|They|It|We|I|You)\s)\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|from)\s+)?\p{Lu}[\p{L}.'’-]*){0,5}\s+)(\p{Ll}+ing)\b/gu;

function namedParticiple(text: string, from: number): { start: number; subject: number } | null {
  NAMED_PARTICIPLE.lastIndex = from;
  for (let m = NAMED_PARTICIPLE.exec(text); m; m = NAMED_PARTICIPLE.exec(text))
    if (isSpeechVerb(m[2] ?? '')) return { start: m.index, subject: m.index + m[0].length - (m[2] ?? '').length - (m[1] ?? '').length };
  return null;
}
