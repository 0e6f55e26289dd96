import { typeFromBodyAfter } from './bodyAfter';
import { asHeldNow, isFormerWord } from './formerRole';
import { bareWord, held, holdsRoleWord, type HeldKind, roleAt, ROLES, wordsOf } from './roles';
import { typeFromOwnMedia } from './ownMedia';
import { typeFromOwnWriting } from './ownWriting';
import { voicesNamed } from './voicesNamed';
import { isLegislator, typeFromWeakSigns } from './weakSigns';
import type { SourceType } from '../../schema';
import type { FoundQuote, Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { COUNTRY_BY_ADJECTIVE, PLACES } from '../entities/lookups';
import { GOVERNMENT_WORDS } from '../lexicon/governmentWords';
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
/** "U.S.", "U.K.", "D.C.": initials whose full stops end no phrase, read as letters of the same length. */
const initialsKept = (text: string) => text.replace(/\b(\p{Lu})\.(\p{Lu})\./gu, '$1_$2_');
/**
 * ", Program Manager, Health Communication and eHealth Division, Office of Disease Prevention and Health Promotion at
 * the Department of Health and Human Services, said": an office whose body the next phrases set off by commas name, up
 * to the sentence's end or the next clause (", and", ", who").
 */
const LISTED_OFFICE = /^,\s+(\p{Lu}[^;:.()"“”]{2,240}?)(?=,\s+(?:and|but|who|which|where|while)\b|[;:.()"“”]|$)/u;
/**
 * How many characters end a listed office past its names: ", Manager, Mobile Programs at the General Services
 * Administration led a panel on …" ends at "Administration", before the first word in lower case after a capitalised one.
 */
function namesOnly(phrase: string): number {
  const verb = /(?<=\p{Lu}[\p{L}.'’&-]*)\s+(?!(?:of|for|at|in|on|and|the|to|&)\b)\p{Ll}/u.exec(phrase);
  return verb ? phrase.length - verb.index : 0;
}
/**
 * " is a spokesman for the opposition MDC.", " who is the secretary of state.", " — who has been the Divisional Railway
 * Manager": what a name is said to be, in the sentence that names it ("who was" may tell of a role held no longer).
 */
const PREDICATE = /^,?\s+(?:(?:—\s+)?who\s+(?:is|has\s+been|serves\s+as)|is|was)\s+((?:a|an|the)\s+[^,;:.()"“”]{2,80}?)(?=\s*[,;:.)]|$)/;
/** " for Food Standards Australia New Zealand, says": a name that speaks for a body the text names, with no role word. */
const FOR_BODY = /^\s+(for\s+(?:the\s+)?\p{Lu}[^,;:.()"“”]{1,80}?),\s+(\p{L}+)/u;
/** " of The Globe and Mail", " of Slate Magazine": a name that writes for a news outlet, giving its own view. */
const OF_OUTLET = new RegExp(`^\\s+of\\s+(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:and\\s+)?){0,4}(?:${OUTLET_HEADS.join('|')})\\b`, 'u');
/** Where the head of a role phrase ends and its complement begins: "director | of NASA Johnson". */
const COMPLEMENT = /^(?:of|for|at|in|from|with|to|on)$/i;
/**
 * Words that may stand between a title before a name and the name: "Sgt. 1st Class", "CEO of the Refugee Council",
 * "US Ambassador to Germany".
 */
const TITLE_FILLER = /^(?:\d+(?:st|nd|rd|th)|and|&|of|for|at|the|to)$/i;
/** Words a capitalised run before a name may open with that name no body: "As political strategist", "The BEAM president". */
const OPENER =
  /^(?:the|a|an|as|at|in|on|by|with|for|of|to|from|and|but|so|after|while|when|said|says|former|late|new|then|deputy|assistant|acting|interim|associate|senior|vice)$/i;
/** A word ending in a full stop that does not end a sentence: an initial, an honorific, a role written short ("Sgt."). */
const abbreviation = (word: string) => /^\p{Lu}\.$/u.test(word) || /^(?:mr|mrs|ms|dr|st|jr|no)\.$/i.test(word) || ROLES.has(word.toLowerCase());

const governs = (word: string) => GOVERNMENT_WORDS.has(word.toLowerCase().replace(/['’]s$|[,;:]$/g, ''));
/** A country or a nationality: "Russian", "Kazakhstan", "U.S.". */
const national = (word: string) => {
  const bare = word.replace(/['’]s$|[,;:]$/g, '');
  return COUNTRY_BY_ADJECTIVE.has(bare) || PLACES.has(bare);
};

/**
 * "Commerce Secretary Wilbur Ross", "the Defence Secretary", "the Secretary of Justice for Puerto Rico": a title
 * written with a capital after nothing but capitalised words (the office it heads) is a formal title of public office,
 * as AP and Wikinews capitalise one; in lower case ("the party's general secretary") it may be any body's.
 */
const formalTitle = (words: ReadonlyArray<string>, from: number) =>
  /^\p{Lu}/u.test(words[from] ?? '') && words.slice(0, from).every((w) => OPENER.test(w) || /^\p{Lu}/u.test(w));

/**
 * The type the role words of a phrase give, or null: the first specific role wins over a title, an office, a head or a
 * member, which make an official only where the words around them tie them to a government; a head or a member that
 * the words tie to a body of another kind speaks for it (`lexicon/sourceRoles.ts`); a former one speaks for themself
 * (`formerRole.ts`), "former" written in the phrase or as the word `preceding` it.
 */
function typeOfPhrase(phrase: string, preceding = ''): SourceType | null {
  const lower = wordsOf(phrase).map(bareWord);
  if (isLegislator(phrase)) return asHeldNow('official', [bareWord(preceding), ...lower]);
  const firstRole = lower.findIndex((_, i) => roleAt(lower, i) !== null);
  return asHeldNow(typeOfRoles(phrase), [bareWord(preceding), ...lower.slice(0, Math.max(0, firstRole))]);
}

/** `typeOfPhrase` before `asHeldNow`: every role read as still held. */
function typeOfRoles(phrase: string): SourceType | null {
  const words = wordsOf(phrase);
  const lower = words.map(bareWord);
  let holds: { kind: HeldKind; from: number; to: number } | null = null;
  // "a friend of the Russian president" is no official: the role is the head's, before its complement.
  const complement = lower.findIndex((w) => COMPLEMENT.test(w));
  const end = complement < 0 ? lower.length : complement;
  for (let i = 0; i < end; i++) {
    const role = roleAt(lower, i);
    if (!role) continue;
    const [kind, n] = role;
    if (!held(kind)) return kind;
    holds ??= { kind, from: i, to: i + n };
    i += n - 1;
  }
  if (!holds) return null;
  const { kind, from, to } = holds;
  if (kind !== 'member' && words.some(governs)) return 'official';
  // "President Joe Biden", "New President Joyce Banda": a capitalised title before a name, perhaps after a modifier.
  const bareTitle = to === words.length && words.slice(0, from).every((w) => OPENER.test(w)) && /^\p{Lu}/u.test(words[from] ?? '');
  if ((kind === 'title' || kind === 'head') && (bareTitle || words.some(national))) return 'official';
  if (kind === 'title' && formalTitle(words, from)) return 'official';
  // "president of BEAM", "CEO of the Refugee Council", "BEAM president": the body it heads is named.
  const namesBody = words.some((w, i) => (i < from || i >= end) && /^\p{Lu}/u.test(w) && !OPENER.test(w) && !roleAt(lower, i));
  // "a 63-year-old ex-founder and CEO of Bio Economic Research Associates": who headed a body no longer speaks for it.
  const former = lower.slice(0, from).some(isFormerWord);
  return (kind === 'head' || kind === 'member') && namesBody && !former ? 'spokesperson' : null;
}

/**
 * The title written right before a mention, outside it: "Sgt. 1st Class Luis Pumisacho", "As political strategist
 * Gleb Pavlovsky", "Economist and blogger Sergei Aleksashenko", "CEO of the Refugee Council Enver Solomon". Only a run
 * of words that holds a role and then nothing but roles, names, ordinals and the words that join them, up to the name.
 */
function titleBefore(text: string, at: Located): Located | null {
  const from = Math.max(0, at.start - 100);
  // "Pacific Standard owner, Jonathan M. Stan, displays": a title set off by commas, where it opens the sentence.
  const setOff = /,\s+$/.test(text.slice(from, at.start)) && text.startsWith(',', at.end);
  // "Labour MP (Member of Parliament) Tom Watson": an expansion in brackets stands between a title and its name; blanked
  // to its length, the offsets stay the text's.
  const raw = text.slice(from, at.start).replace(/(?<=\S)\s\([^()]{1,60}\)(?=\s+$)/u, (aside) => ' '.repeat(aside.length));
  const before = setOff ? raw.replace(/,\s+$/, ' ') : raw;
  const run = /((?:[\p{L}\p{N}][\p{L}\p{N}.'’&/-]*\s+)+)$/u.exec(before);
  if (!run?.[1]) return null;
  const spans = [...run[1].matchAll(/\S+/g)].map((w) => ({ word: w[0], start: from + run.index + w.index }));
  // A word that ends a sentence ("Monrovia. He") begins no title: the run starts after it.
  const cut = spans.findLastIndex((s) => s.word.endsWith('.') && !abbreviation(s.word));
  const kept = spans.slice(cut + 1).slice(-8);
  const opening = kept[0];
  const closing = kept.at(-1);
  if (!opening || !closing) return null;
  if (setOff) {
    // ", the prosecutor general of Tehran, Ali Alghasi Mehr, said": a definite description after a clause's comma.
    // "Yesterday, England's transport secretary, Grant Shapps, announced": a place's possessive opens one too.
    const owned = kept.findIndex((s) => /^\p{Lu}[\p{L}.-]*['’]s?$/u.test(s.word));
    const ownedOpening =
      owned >= 0 && kept.slice(0, owned + 1).every((s) => /^\p{Lu}/u.test(s.word)) && national(kept[owned]?.word.replace(/['’]s?$/, '') ?? '');
    const described = (/^the$/i.test(opening.word) || ownedOpening) && /,\s*$/.test(text.slice(Math.max(0, opening.start - 3), opening.start));
    const opensSentence = described || opening.start === 0 || /[.!?:"“”]\s*$/.test(text.slice(Math.max(0, opening.start - 4), opening.start));
    const phrase = kept.map((s) => s.word).join(' ');
    return opensSentence && typeOfPhrase(phrase) ? { block: at.block, start: opening.start, end: closing.start + closing.word.length } : null;
  }
  const lower = kept.map((s) => bareWord(s.word));
  const first = lower.findIndex((_, i) => roleAt(lower, i) !== null);
  if (first < 0) return null;
  for (let i = first; i < lower.length; i++) {
    const role = roleAt(lower, i);
    if (role) {
      i += role[1] - 1;
      continue;
    }
    const word = kept[i]?.word ?? '';
    if (!/^\p{Lu}/u.test(word) && !TITLE_FILLER.test(word)) return null;
  }
  if (TITLE_FILLER.test(closing.word) && !/^\d/.test(closing.word)) return null;
  let start = first;
  while (start > 0 && /^\p{Lu}/u.test(kept[start - 1]?.word ?? '') && !OPENER.test(kept[start - 1]?.word ?? '')) start--;
  return { block: at.block, start: kept[start]?.start ?? closing.start, end: closing.start + closing.word.length };
}

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
  return holdsRoleWord(`${text.slice(Math.max(0, m.start - 80), m.start)} ${text.slice(m.end, m.end + 120)}`);
}

/** "said former project manager John Callas of JPL": a body's officer the mention calls former speaks for themself. */
function stillHeld(texts: ReadonlyArray<string>, m: Located, found: TypedSource | null): TypedSource | null {
  const text = texts[m.block] ?? '';
  const type = found && asHeldNow(found.type, wordsOf(text.slice(Math.max(0, m.start - 20), m.end)).map(bareWord));
  return found && type ? { ...found, type } : null;
}

/** Whether a located phrase holds a role word ("Director" in "Director Anthony Fauci"; "Dr." holds none). */
function holdsRole(texts: ReadonlyArray<string>, at: Located | null): boolean {
  return at !== null && holdsRoleWord((texts[at.block] ?? '').slice(at.start, at.end));
}

/**
 * A title the entity's mention holds only in part, widened over the capitalised words before it: "Senate Minority" |
 * "Whip Dick Durbin", where the mention begins at "Whip". A word that ends a sentence or opens a phrase stops it.
 */
function widened(text: string, at: Located): Located {
  let start = at.start;
  for (;;) {
    const word = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
    if (!word?.[1] || !/^\p{Lu}[\p{L}'’-]*$/u.test(word[1]) || OPENER.test(word[1])) return { ...at, start };
    start -= word[0].length;
  }
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

/**
 * "@vankaay: baru nyadar …": a social-media user speaking under a handle is a citizen giving their own view (the
 * guide's "a social-media user in a round-up of reactions"); a handle in capitals ("@WHO", "@NASA") is an
 * organisation's account and stays one.
 */
const isUserHandle = (name: string) => /^@\w+$/.test(name) && !/^@[A-Z0-9_]+$/.test(name);

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
  const typeAround = (speaker: FoundEntity, m: Located): TypedSource | null => {
    const text = texts[m.block] ?? '';
    const following = text.slice(m.end, m.end + 160);
    const after = APPOSITIVE.exec(initialsKept(following)) ?? PREDICATE.exec(following);
    const phrase = after?.[1] ? untilSpeech(text, { block: m.block, start: m.end + after[0].length - after[1].length, end: m.end + after[0].length }) : null;
    const office = LISTED_OFFICE.exec(initialsKept(text.slice(m.end, m.end + 260)));
    const listed = office?.[1]
      ? untilSpeech(text, { block: m.block, start: m.end + office[0].length - office[1].length, end: m.end + office[0].length - namesOnly(office[1]) })
      : null;
    const body = FOR_BODY.exec(following);
    const speaksFor =
      body?.[1] && body[2] && isSpeechVerb(body[2])
        ? { type: 'spokesperson' as const, evidence: { block: m.block, start: m.start, end: m.end + (body[0].indexOf(body[1]) + body[1].length) } }
        : null;
    const outlet = OF_OUTLET.exec(following);
    const writes = outlet ? { type: 'citizen' as const, evidence: { block: m.block, start: m.start, end: m.end + outlet[0].length } } : null;
    // "VA’s Megan Moloney, Director of Digital Media Engagement": a government body's possessive before the name.
    const owner = /(\S+)['’]s\s+$/.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const owned = owner?.[1] && phrase && governs(owner[1]) ? { block: m.block, start: m.start - owner[0].length, end: phrase.end } : null;
    const titled = beforeName(texts, speaker, m);
    return (
      typeOf(titled) ??
      typeOf(titled && widened(text, titled)) ??
      typeOf(titleBefore(text, m)) ??
      typeOf(phrase) ??
      typeOf(listed) ??
      typeOf(owned) ??
      speaksFor ??
      writes
    );
  };
  // The words each speaker's quotes name them by, in reading order (a pronoun says nothing of a type).
  const refs = new Map<FoundEntity, Array<Located>>();
  for (const q of quotes) {
    if (!q.speaker || !q.speakerRef || q.resolution === 'pronoun') continue;
    const list = refs.get(q.speaker) ?? [];
    list.push(q.speakerRef);
    refs.set(q.speaker, list);
  }
  const voices = voicesNamed(texts);
  // "Diana Costa, on her blog, says": the medium may follow a mention or stand in a quote's cue; a role word near any
  // mention says more.
  const ownMedia = (speaker: FoundEntity): TypedSource | null =>
    speaker.mentions.some((m) => roleNear(texts, m))
      ? null
      : firstOf([...speaker.mentions, ...quotes.flatMap((q) => (q.speaker === speaker && q.cue ? [q.cue] : []))], (at) =>
          typeFromOwnMedia(texts[at.block] ?? '', at, false),
        );
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker || typed.has(speaker)) continue;
    const first = speaker.mentions[0] ?? null;
    if (anonymous.has(speaker)) typed.set(speaker, { type: 'anonymous', evidence: first });
    else if (isUserHandle(speaker.name)) typed.set(speaker, { type: 'citizen', evidence: refs.get(speaker)?.[0] ?? first });
    else if (speaker.type !== 'person') typed.set(speaker, { type: 'organisation', evidence: refs.get(speaker)?.[0] ?? first });
    else
      typed.set(
        speaker,
        firstOf(refs.get(speaker) ?? [], (ref) => typeOf(beforeName(texts, speaker, ref))) ??
          firstOf(speaker.mentions, (m) => typeAround(speaker, m)) ??
          firstOf(speaker.mentions, (m) => stillHeld(texts, m, typeFromBodyAfter(texts[m.block] ?? '', m, holdsRole(texts, beforeName(texts, speaker, m))))) ??
          firstOf(speaker.mentions, (m) => typeFromWeakSigns(texts[m.block] ?? '', m, (texts[m.block] ?? '').slice(m.start, m.end), roleNear(texts, m))) ??
          ownMedia(speaker) ??
          typeFromOwnWriting(
            texts,
            quotes.flatMap((q) => (q.speaker === speaker && q.cue ? [q.cue] : [])),
            speaker.mentions.some((m) => roleNear(texts, m)),
          ) ??
          voices ?? { type: 'unknown', evidence: null },
      );
  }
  return typed;
}
