import { asRoleBefore } from './asRole';
import { bracketsKept, initialsKept, listedOffice } from './listedOffice';
import { governs, typeOfPhrase } from './phraseType';
import type { TypedSource } from './sourceTypes';
import { spokesOverRank } from './spokesRank';
import { titleBefore } from './titleBefore';
import { readsWide, widened } from './widenedTitle';
import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { OUTLET_HEADS } from '../lexicon/outletHeads';
import { isSpeechVerb } from '../lexicon/reportingVerbs';

// The type a mention's own words give its person (`sourceTypes.ts`): the title it holds, the title written before it,
// the appositive or predicate after it, the body it speaks for or the news outlet it writes for.

/**
 * ", a spokeswoman for the ministry,", ", professor of biology at Ledger University.", ", Supervisory Digital Information
 * Specialist for the National Institutes of Health (NIAID)", ", senior advisor to … at the U.S. Environmental Protection
 * Agency" (read through `initialsKept`): an appositive after a name. It may end where a quoted name within it opens:
 * ", an MP with the LMP "Politics Can Be Different" Party," reads "an MP with the LMP" (gv-hungary-oligarch-buzzword-2012-05-09).
 */
const APPOSITIVE = /^,\s+((?:(?:a|an|the)\s+)?[^,;:.()"“”]{2,140}?)(?=\s*[,;:.()]|\s+["“]|$)/;
/**
 * " is a spokesman for the opposition MDC.", " who is the secretary of state.", " — who has been the Divisional Railway
 * Manager": what a name is said to be, in the sentence that names it ("who was" may tell of a role held no longer). A
 * body's initials in brackets end it as a comma would: " is a spokesman for the UN refugee agency (UNHCR)." (voa-somali-refugees-more-aid-needed-kenya).
 */
const PREDICATE = /^,?\s+(?:(?:—\s+)?who\s+(?:is|has\s+been|serves\s+as)|is|was)\s+((?:a|an|the)\s+[^,;:.()"“”]{2,80}?)(?=\s*[,;:.()]|$)/;
/** " for Food Standards Australia New Zealand, says": a name that speaks for a body the text names, with no role word. */
const FOR_BODY = /^\s+(for\s+(?:the\s+)?\p{Lu}[^,;:.()"“”]{1,80}?),\s+(\p{L}+)/u;
/** " of The Globe and Mail", " of Slate Magazine": a name that writes for a news outlet, giving its own view. */
const OF_OUTLET = new RegExp(`^\\s+of\\s+(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:and\\s+)?){0,4}(?:${OUTLET_HEADS.join('|')})\\b`, 'u');
/**
 * Where a name's words end past the language tag a Global Voices post sets after a linked name: "Aleksandr Khinshtein
 * [en], a Duma deputy", "Silvio Rendón of Gran Combo Club [es] writes"; or past the three-letter country code a match
 * report sets before a player's or a coach's role: "Eduardo Lara (COL), Colombia coach:" (wikinews-germany-colombia-draw-
 * u17-world-cup-2007-08-20, wikinews-ghana-vs-germany-u17-world-cup-2007-08-23).
 */
export const pastTag = (text: string, end: number) =>
  end + (/^\s*(?:\[[A-Za-z]{2}(?:[,/]\s*[A-Za-z]{2})*\]|\([A-Z]{3}\)(?=,))/.exec(text.slice(end, end + 20))?.[0].length ?? 0);
/** The words of a located phrase before the entity's name, where the phrase ends in it ("Russian President"). */
export function beforeName(texts: ReadonlyArray<string>, entity: FoundEntity, at: Located): Located | null {
  const written = (texts[at.block] ?? '').slice(at.start, at.end);
  const names = [entity.name, ...entity.aliases].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const name = names.find((n) => written.endsWith(n) || written.toLowerCase().endsWith(n.toLowerCase()));
  const rest = name ? written.slice(0, written.length - name.length) : written;
  const trimmed = rest.replace(/[\s,]+$/, '');
  return trimmed && /\p{L}/u.test(trimmed) ? { block: at.block, start: at.start, end: at.start + trimmed.length } : null;
}

/**
 * An appositive up to the verb that reports its speaker's words: "Chiu Yung, another Guangzhou blogger wrote that …",
 * where no comma closes it, is "another Guangzhou blogger".
 */
function untilSpeech(text: string, at: Located): Located {
  const phrase = text.slice(at.start, at.end);
  for (const w of phrase.matchAll(/(?<=\s)\p{Ll}+\b/gu)) {
    // "Candi Harrison, former Web Manager at the Department of Housing and Urban Development shared.": a verb of
    // telling that ends the phrase; inside it "shared" may be a role's ("shared services manager").
    const last = w.index + w[0].length === phrase.trimEnd().length;
    if (isSpeechVerb(w[0]) || (last && /^shared?$/.test(w[0]))) return { ...at, end: at.start + phrase.slice(0, w.index).replace(/[\s,]+$/, '').length };
  }
  return { ...at, end: at.start + phrase.replace(/[\s,]+$/, '').length };
}

/** The type a located phrase names, with the phrase as its evidence ("Former US Ambassador … Nikki Haley": the word before a title may say it is held no longer). */
function typeOf(texts: ReadonlyArray<string>, at: Located | null): TypedSource | null {
  const text = texts[at?.block ?? 0] ?? '';
  const type = at ? typeOfPhrase(text.slice(at.start, at.end), /(\S+)\s+$/.exec(text.slice(Math.max(0, at.start - 20), at.start))?.[1]) : null;
  return type && at ? { type, evidence: at } : null;
}

/**
 * The type a title before a name gives, read wider where the mention holds the title only in part ("Sears CEO Alan
 * Lacy", "United States Attorney Jessie K. Liu", `widenedTitle.ts`); UTF-16 offsets, half-open.
 */
export function typeOfTitle(texts: ReadonlyArray<string>, at: Located | null): TypedSource | null {
  const wide = at && widened(texts[at.block] ?? '', at);
  const first = wide && at ? readsWide(texts[at.block] ?? '', wide, at, typeOf(texts, wide)?.type ?? null) : false;
  return (first ? typeOf(texts, wide) : null) ?? typeOf(texts, at) ?? typeOf(texts, wide);
}

/**
 * The type the words around one mention of a person give (UTF-16, half-open `m` in its block): the title it holds,
 * the title written before it, the appositive or predicate after it, a listed office, "as" and a role before it, a
 * government body's possessive before it, the body it speaks for, or the news outlet it writes for; null when none does.
 */
export function typeAround(texts: ReadonlyArray<string>, speaker: FoundEntity, m: Located): TypedSource | null {
  const text = texts[m.block] ?? '';
  const end = pastTag(text, m.end);
  const following = text.slice(end, end + 160);
  const after = APPOSITIVE.exec(bracketsKept(initialsKept(following))) ?? PREDICATE.exec(following);
  const phrase = after?.[1] ? untilSpeech(text, { block: m.block, start: end + after[0].length - after[1].length, end: end + after[0].length }) : null;
  const office = listedOffice(text, end);
  const listed = office ? untilSpeech(text, { block: m.block, ...office }) : null;
  const body = FOR_BODY.exec(following);
  const speaksFor =
    body?.[1] && body[2] && isSpeechVerb(body[2])
      ? { type: 'spokesperson' as const, evidence: { block: m.block, start: m.start, end: end + (body[0].indexOf(body[1]) + body[1].length) } }
      : null;
  const outlet = OF_OUTLET.exec(following);
  const writes = outlet ? { type: 'citizen' as const, evidence: { block: m.block, start: m.start, end: end + outlet[0].length } } : null;
  // "VA’s Megan Moloney, Director of Digital Media Engagement": a government body's possessive before the name.
  const owner = /(\S+)['’]s\s+$/.exec(text.slice(Math.max(0, m.start - 40), m.start));
  const owned = owner?.[1] && phrase && governs(owner[1]) ? { block: m.block, start: m.start - owner[0].length, end: phrase.end } : null;
  // "The collapse of 'Mayor Varlamov' is a black-eye" (gv-russia-varlamov-omsk-campaign-failure-2012-05-04): a title
  // quoted with the name is a slogan's or a nickname's, not an office held.
  const quoted = /['‘"“]$/u.test(text.slice(Math.max(0, m.start - 1), m.start)) && /^['’"”]/u.test(text.slice(m.end, m.end + 1));
  const titled = quoted ? null : beforeName(texts, speaker, m);
  const title = typeOfTitle(texts, titled) ?? typeOf(texts, titleBefore(text, m));
  const described = typeOf(texts, phrase);
  if (spokesOverRank(title?.type ?? null, described?.type ?? null, phrase && text.slice(phrase.start, phrase.end))) return described;
  return title ?? described ?? typeOf(texts, listed) ?? typeOf(texts, asRoleBefore(text, m)) ?? typeOf(texts, owned) ?? speaksFor ?? writes;
}
