import { asRoleBefore } from './asRole';
import { bracketsKept, initialsKept, listedOffice } from './listedOffice';
import { typeFromBodyAfter } from './bodyAfter';
import { asHeldNow } from './formerRole';
import { bareWord, holdsRoleWord, wordsOf } from './roles';
import { typeFromOwnMedia } from './ownMedia';
import { typeFromOwnWriting } from './ownWriting';
import { governs, typeOfPhrase } from './phraseType';
import { titleBefore } from './titleBefore';
import { voicesNamed } from './voicesNamed';
import { readsWide, widened } from './widenedTitle';
import { typeFromWeakSigns } from './weakSigns';
import type { SourceType } from '../../schema';
import type { FoundQuote, Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { OUTLET_HEADS } from '../lexicon/outletHeads';
import { isSpeechVerb } from '../lexicon/reportingVerbs';

/** A source's type and the words that show it (null when the text does not say). */
export interface TypedSource {
  type: SourceType;
  evidence: Located | null;
}

/**
 * ", a spokeswoman for the ministry,", ", professor of biology at Ledger University.", ", Supervisory Digital Information
 * Specialist for the National Institutes of Health (NIAID)", ", senior advisor to … at the U.S. Environmental Protection
 * Agency" (read through `initialsKept`): an appositive after a name.
 */
const APPOSITIVE = /^,\s+((?:(?:a|an|the)\s+)?[^,;:.()"“”]{2,140}?)(?=\s*[,;:.()]|$)/;
/**
 * " is a spokesman for the opposition MDC.", " who is the secretary of state.", " — who has been the Divisional Railway
 * Manager": what a name is said to be, in the sentence that names it ("who was" may tell of a role held no longer).
 */
const PREDICATE = /^,?\s+(?:(?:—\s+)?who\s+(?:is|has\s+been|serves\s+as)|is|was)\s+((?:a|an|the)\s+[^,;:.()"“”]{2,80}?)(?=\s*[,;:.)]|$)/;
/** " for Food Standards Australia New Zealand, says": a name that speaks for a body the text names, with no role word. */
const FOR_BODY = /^\s+(for\s+(?:the\s+)?\p{Lu}[^,;:.()"“”]{1,80}?),\s+(\p{L}+)/u;
/** " of The Globe and Mail", " of Slate Magazine": a name that writes for a news outlet, giving its own view. */
const OF_OUTLET = new RegExp(`^\\s+of\\s+(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:and\\s+)?){0,4}(?:${OUTLET_HEADS.join('|')})\\b`, 'u');
/**
 * Where a name's words end past the language tag a Global Voices post sets after a linked name: "Aleksandr Khinshtein
 * [en], a Duma deputy", "Silvio Rendón of Gran Combo Club [es] writes".
 */
const pastTag = (text: string, end: number) => end + (/^\s*\[[A-Za-z]{2}(?:[,/]\s*[A-Za-z]{2})*\]/.exec(text.slice(end, end + 20))?.[0].length ?? 0);
/** The words of a located phrase before the entity's name, where the phrase ends in it ("Russian President"). */
function beforeName(texts: ReadonlyArray<string>, entity: FoundEntity, at: Located): Located | null {
  const written = (texts[at.block] ?? '').slice(at.start, at.end);
  const names = [entity.name, ...entity.aliases].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const name = names.find((n) => written.endsWith(n) || written.toLowerCase().endsWith(n.toLowerCase()));
  const rest = name ? written.slice(0, written.length - name.length) : written;
  const trimmed = rest.replace(/[\s,]+$/, '');
  return trimmed && /\p{L}/u.test(trimmed) ? { block: at.block, start: at.start, end: at.start + trimmed.length } : null;
}

/**
 * Whether a role word stands near a mention, within 80 characters before it or 120 after ("The … Institute's
 * director, Dr. Anthony Fauci"; "Dr. Alissa Johnson, deputy chief information officer at The White House"), though no
 * reading placed it: weak signs then say nothing.
 */
function roleNear(texts: ReadonlyArray<string>, m: Located): boolean {
  const text = texts[m.block] ?? '';
  return holdsRoleWord(`${wholeWords(text, Math.max(0, m.start - 80), m.start)} ${wholeWords(text, m.end, m.end + 120)}`);
}

/** The words of `text` between two offsets, without a word the window cuts ("Intern" of "International" is none). */
function wholeWords(text: string, from: number, to: number): string {
  const cutBefore = from > 0 && /\p{L}/u.test(text.charAt(from - 1));
  const cutAfter = /\p{L}/u.test(text.charAt(to));
  return text
    .slice(from, to)
    .replace(cutBefore ? /^\p{L}+/u : /^$/, '')
    .replace(cutAfter ? /\p{L}+$/u : /^$/, '');
}

/** "said former project manager John Callas of JPL": a body's officer the mention calls former speaks for themself. */
function stillHeld(texts: ReadonlyArray<string>, m: Located, found: TypedSource | null): TypedSource | null {
  const text = texts[m.block] ?? '';
  const type = found && asHeldNow(found.type, wordsOf(text.slice(Math.max(0, m.start - 20), m.end)).map(bareWord));
  return found && type ? { ...found, type } : null;
}

/** The type the body named after a mention gives (`bodyAfter.ts`), past a language tag, as still held. */
function bodyAfter(texts: ReadonlyArray<string>, speaker: FoundEntity, m: Located): TypedSource | null {
  const text = texts[m.block] ?? '';
  return stillHeld(texts, m, typeFromBodyAfter(text, { ...m, end: pastTag(text, m.end) }, holdsRole(texts, beforeName(texts, speaker, m))));
}

/** The words each speaker's quotes name them by, in reading order (a pronoun says nothing of a type). */
function refsOf(quotes: ReadonlyArray<FoundQuote>): Map<FoundEntity, Array<Located>> {
  const refs = new Map<FoundEntity, Array<Located>>();
  for (const q of quotes) {
    if (!q.speaker || !q.speakerRef || q.resolution === 'pronoun') continue;
    refs.set(q.speaker, [...(refs.get(q.speaker) ?? []), q.speakerRef]);
  }
  return refs;
}

/** Whether a located phrase holds a role word ("Director" in "Director Anthony Fauci"; "Dr." holds none). */
function holdsRole(texts: ReadonlyArray<string>, at: Located | null): boolean {
  return at !== null && holdsRoleWord((texts[at.block] ?? '').slice(at.start, at.end));
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

/** The first answer a reading of each place gives, reading no further. */
function firstOf<T>(places: ReadonlyArray<Located>, read: (at: Located) => T | null): T | null {
  for (const at of places) {
    const answer = read(at);
    if (answer) return answer;
  }
  return null;
}

/** Each speaker's cues, in the quotes' order: gathered once rather than from every quote for each speaker. */
function cuesBySpeaker(quotes: ReadonlyArray<FoundQuote>): Map<FoundEntity, Array<Located>> {
  const cuesOf = new Map<FoundEntity, Array<Located>>();
  for (const q of quotes) {
    if (!q.speaker || !q.cue) continue;
    const cues = cuesOf.get(q.speaker);
    if (cues) cues.push(q.cue);
    else cuesOf.set(q.speaker, [q.cue]);
  }
  return cuesOf;
}

/**
 * "@vankaay: baru nyadar …": a social-media user speaking under a handle is a citizen giving their own view (the
 * guide's "a social-media user in a round-up of reactions"); a handle in capitals ("@WHO", "@NASA") is an
 * organisation's account and stays one. A Weibo user's handle is written in Chinese ("@毛聊：", "@天恩0120"), so any
 * script's letters count. So is a screen name written without its `@`, in lower case with the underscores or hyphens
 * no word has ("LiveJournal user i_l_d", "Nationalist blogger sinn-fein-front", Global Voices, Russia, May 2012).
 */
const isUserHandle = (name: string) =>
  (/^@[\p{L}\p{N}_]+$/u.test(name) && !/^@[A-Z0-9_]+$/.test(name)) || /^\p{Ll}[\p{Ll}\p{N}]*(?:[_-][\p{Ll}\p{N}]+)+$/u.test(name);

/**
 * What kind of voice each speaker is (`docs/annotation-guide.md`, "Sources: type, gender, anonymity"), from the
 * words the article gives it: an unnamed source is anonymous; an organisation, or a place that speaks as its
 * government, is an organisation; a person is what the first role word found says, looking first at the words
 * their quotes name them by ("the Russian president said"), then at every mention in reading order: its title
 * ("Kazakh President Kassym-Jomart Tokayev"), the title written before it ("As political strategist Gleb
 * Pavlovsky"), the appositive or predicate after it (", a spokeswoman for the ministry,", " is a spokesman for the
 * opposition MDC"), the body it speaks for (" for Food Standards Australia New Zealand, says"), or the news outlet it
 * writes for, giving its own view, as a citizen (" of The Globe and Mail"), as is one who speaks through their own blog or
 * account (`ownMedia.ts`: ", on her blog, says"). A person no role
 * word describes, in a round-up or a panel whose opening names the voices it gathers ("Bloggers' Reactions", "NASA
 * environmental and educational experts"), is one of those voices (`lexicon/voiceGroups.ts`). Unknown otherwise, never guessed. The evidence is the phrase holding the role word.
 */
export function sourceTypes(
  texts: ReadonlyArray<string>,
  quotes: ReadonlyArray<FoundQuote>,
  anonymous: ReadonlyMap<FoundEntity, unknown>,
): Map<FoundEntity, TypedSource> {
  const typed = new Map<FoundEntity, TypedSource>();
  const typeOf = (at: Located | null): TypedSource | null => {
    // "Former US Ambassador … Nikki Haley": the word before a title may say it is held no longer.
    const text = texts[at?.block ?? 0] ?? '';
    const type = at ? typeOfPhrase(text.slice(at.start, at.end), /(\S+)\s+$/.exec(text.slice(Math.max(0, at.start - 20), at.start))?.[1]) : null;
    return type && at ? { type, evidence: at } : null;
  };
  // "Sears CEO Alan Lacy", "United States Attorney Jessie K. Liu": a title the mention holds only in part (`widenedTitle.ts`).
  const typeOfTitle = (at: Located | null): TypedSource | null => {
    const wide = at && widened(texts[at.block] ?? '', at);
    const first = wide && at ? readsWide(texts[at.block] ?? '', wide, at, typeOf(wide)?.type ?? null) : false;
    return (first ? typeOf(wide) : null) ?? typeOf(at) ?? typeOf(wide);
  };
  const typeAround = (speaker: FoundEntity, m: Located): TypedSource | null => {
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
    const titled = beforeName(texts, speaker, m);
    return (
      typeOfTitle(titled) ??
      typeOf(titleBefore(text, m)) ??
      typeOf(phrase) ??
      typeOf(listed) ??
      typeOf(asRoleBefore(text, m)) ??
      typeOf(owned) ??
      speaksFor ??
      writes
    );
  };
  const refs = refsOf(quotes);
  const voices = voicesNamed(texts);
  const cuesOf = cuesBySpeaker(quotes);
  // "Diana Costa, on her blog, says": the medium may follow a mention or stand in a quote's cue; a role word near any
  // mention says more.
  const ownMedia = (speaker: FoundEntity): TypedSource | null =>
    speaker.mentions.some((m) => roleNear(texts, m))
      ? null
      : firstOf([...speaker.mentions, ...(cuesOf.get(speaker) ?? [])], (at) => typeFromOwnMedia(texts[at.block] ?? '', at, false));
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker || typed.has(speaker)) continue;
    const first = speaker.mentions[0] ?? null;
    if (anonymous.has(speaker)) typed.set(speaker, { type: 'anonymous', evidence: first });
    else if (isUserHandle(speaker.name) || [...speaker.aliases].some(isUserHandle))
      typed.set(speaker, { type: 'citizen', evidence: refs.get(speaker)?.[0] ?? first });
    else if (speaker.type !== 'person') typed.set(speaker, { type: 'organisation', evidence: refs.get(speaker)?.[0] ?? first });
    else
      typed.set(
        speaker,
        firstOf(refs.get(speaker) ?? [], (ref) => typeOfTitle(beforeName(texts, speaker, ref))) ??
          firstOf(speaker.mentions, (m) => typeAround(speaker, m)) ??
          firstOf(speaker.mentions, (m) => bodyAfter(texts, speaker, m)) ??
          firstOf(speaker.mentions, (m) => typeFromWeakSigns(texts[m.block] ?? '', m, (texts[m.block] ?? '').slice(m.start, m.end), roleNear(texts, m))) ??
          ownMedia(speaker) ??
          typeFromOwnWriting(
            texts,
            cuesOf.get(speaker) ?? [],
            speaker.mentions.some((m) => roleNear(texts, m)),
          ) ??
          voices ?? { type: 'unknown', evidence: null },
      );
  }
  return typed;
}
